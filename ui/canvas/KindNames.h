#pragma once

#include "model/ElementKind.h"

#include <QString>

namespace kg::ui {

// Translated display names of element kinds and of palette categories.
class KindNames
{
public:
    static QString name(ElementKind kind);
};

} // namespace kg::ui
