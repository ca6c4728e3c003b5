#pragma once

#include "model/ElementKind.h"
#include "model/LinkKind.h"

#include <QString>

namespace kg::ui {

// Translated display names of element kinds and of palette categories.
class KindNames
{
public:
    static QString name(ElementKind kind);
    static QString linkName(LinkKind kind);
    static QString categoryName(KindCategory category);
};

} // namespace kg::ui
