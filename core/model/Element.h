#pragma once

#include "model/ElementKind.h"
#include "model/PropertySpec.h"
#include "model/PropertyValue.h"
#include "model/Rect.h"

#include <optional>
#include <string>

namespace kg {

// One thing on the canvas: a network, a cluster, a client... addressed by a stable id that is
// unique in its design. `parent` is the id of the containing element, empty at the top level.
struct Element
{
    std::string id;
    ElementKind kind = ElementKind::Laptop;
    std::string name;
    std::string parent;
    Rect geometry;
    std::string notes;
    PropertyMap properties;

    // The property's value, or the kind's default when unset. Throws std::logic_error when the
    // kind has no such property (a programming error, not bad input).
    const PropertyValue& value(std::string_view key) const;
    bool boolValue(std::string_view key) const;
    const std::string& stringValue(std::string_view key) const;
    const StringList& listValue(std::string_view key) const;
    // What people read: the name, or the id when the element has none.
    const std::string& label() const { return name.empty() ? id : name; }
    bool isSet(std::string_view key) const { return properties.find(key) != properties.end(); }

    bool operator==(const Element&) const = default;
};

} // namespace kg
