#pragma once

#include "model/ElementKind.h"

#include <QIcon>
#include <QString>

class QPainter;
class QRectF;

namespace kg::ui {

// The project's own icon for each element kind (resources/icons/kinds, compiled into the
// binary). Renderers are created once per kind and shared.
class KindIcons
{
public:
    static void paint(QPainter* painter, ElementKind kind, const QRectF& target);
    static QIcon icon(ElementKind kind);
    static QString resourcePath(ElementKind kind);
};

} // namespace kg::ui
