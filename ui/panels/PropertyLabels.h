#pragma once

#include "model/PropertySpec.h"

#include <QString>
#include <QStringList>

namespace kg::ui {

// What people read for a property: its name in words ("Authorized IP ranges" for
// apiServerAccessProfile.authorizedIPRanges) and an enum value in words ("System-assigned managed
// identity" for SystemAssigned), translated. The API's own names stay the data; the inspector
// shows them as secondary text and History entries use the words.
class PropertyLabels
{
public:
    // The property's name in words; the last part of its key when the table lacks it.
    static QString label(const std::string& key);
    // An enum value in words; the value itself when the table lacks it, "(none)" when empty.
    static QString value(const std::string& key, const std::string& value);

    // Every enum value in words, translated (the inspector is made wide enough for the longest).
    static QStringList values();

    // For the test that keeps the tables complete against the kind registry.
    static bool hasLabel(const std::string& key);
    static bool hasValue(const std::string& key, const std::string& value);
};

} // namespace kg::ui
