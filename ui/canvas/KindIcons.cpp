#include "canvas/KindIcons.h"

#include "model/KindRegistry.h"

#include <QHash>
#include <QPainter>
#include <QSvgRenderer>
#include <memory>

namespace kg::ui {

namespace {
QSvgRenderer* renderer(ElementKind kind)
{
    static QHash<int, std::shared_ptr<QSvgRenderer>> cache;
    auto it = cache.find(static_cast<int>(kind));
    if (it == cache.end())
        it = cache.insert(static_cast<int>(kind),
                          std::make_shared<QSvgRenderer>(KindIcons::resourcePath(kind)));
    return it.value().get();
}
} // namespace

QString KindIcons::resourcePath(ElementKind kind)
{
    return QStringLiteral(":/icons/kinds/%1.svg")
        .arg(QString::fromStdString(KindRegistry::info(kind).key));
}

void KindIcons::paint(QPainter* painter, ElementKind kind, const QRectF& target)
{
    renderer(kind)->render(painter, target);
}

QIcon KindIcons::icon(ElementKind kind)
{
    return QIcon(resourcePath(kind));
}

} // namespace kg::ui
