#pragma once

#include "model/Element.h"
#include "model/Link.h"
#include "model/Variant.h"

#include <nlohmann/json.hpp>

namespace kg {

// The .kubegate form of one item, as DesignJson writes it (docs/FILE-FORMAT.md): properties
// nested by the dots of their keys, a geometry's z only when set, a link's route only when it
// bends. The variant reader builds an element's changed form from the same text.
class ItemJson
{
public:
    static nlohmann::ordered_json element(const Element& e);
    static nlohmann::ordered_json link(const Link& l);
    static nlohmann::ordered_json properties(const PropertyMap& properties);
    // A variant's changes, elements and links each sorted by id.
    static nlohmann::ordered_json variant(const Variant& v);
};

} // namespace kg
