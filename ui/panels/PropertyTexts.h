#pragma once

#include "model/PropertySpec.h"

#include <QString>

namespace kg::ui {

// Translated descriptions of typed properties, shown under each inspector editor. The core keeps
// the English text (it also documents the JSON Schema); the UI translates it by its text.
class PropertyTexts
{
public:
    static QString description(const PropertySpec& spec);
    // Whether the description is in the translatable list (for the test that keeps it complete).
    static bool listed(const std::string& description);
};

} // namespace kg::ui
