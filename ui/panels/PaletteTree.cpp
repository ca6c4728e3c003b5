#include "panels/PaletteTree.h"

#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/ElementItem.h"
#include "model/KindRegistry.h"

#include <QDrag>
#include <QGraphicsScene>
#include <QMimeData>
#include <QPainter>
#include <algorithm>

namespace kg::ui {

PaletteTree::PaletteTree(QWidget* parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setIconSize(QSize(24, 24));
    setIndentation(12);
    // Not uniform: group headers have no icon, entries do.
    setUniformRowHeights(false);
}

QStringList PaletteTree::mimeTypes() const
{
    return {QString::fromLatin1(DiagramView::kKindMime)};
}

QMimeData* PaletteTree::mimeData(const QList<QTreeWidgetItem*>& items) const
{
    if (items.isEmpty() || items.front()->data(0, KindRole).toString().isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(DiagramView::kKindMime),
                  items.front()->data(0, KindRole).toString().toUtf8());
    return mime;
}

QPixmap PaletteTree::cardPixmap(const QString& kindKey, qreal devicePixelRatio, double scale)
{
    // Not so small that the card cannot be recognised, nor larger than life.
    scale = std::clamp(scale, 0.35, 2.0);
    const auto kind = KindRegistry::elementKindFromKey(kindKey.toStdString());
    if (!kind)
        return {};
    // A card as the canvas draws it, at its default size (containers at a card's size: the
    // pointer carries what the drop creates, not a room).
    Element e;
    e.id = kindKey.toStdString();
    e.kind = *kind;
    QSizeF size = DiagramScene::defaultSize(*kind);
    size = size.boundedTo(QSizeF(220, 120));
    e.geometry = {0, 0, size.width(), size.height()};
    QGraphicsScene scene;
    auto* item = new ElementItem(e);
    scene.addItem(item);
    const QRectF area = item->sceneBoundingRect();
    QPixmap pixmap((area.size() * scale * devicePixelRatio).toSize());
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setOpacity(0.85);
    scene.render(&p, QRectF(QPointF(0, 0), area.size() * scale), area);
    return pixmap;
}

void PaletteTree::startDrag(Qt::DropActions supportedActions)
{
    QTreeWidgetItem* item = currentItem();
    QMimeData* mime = item ? mimeData({item}) : nullptr;
    if (!mime)
        return;
    auto* drag = new QDrag(this);
    drag->setMimeData(mime);
    const QPixmap card =
        cardPixmap(item->data(0, KindRole).toString(), devicePixelRatioF(), m_cardScale);
    if (!card.isNull()) {
        drag->setPixmap(card);
        // Centred on the pointer, where the drop centres the new card.
        const QSizeF size = QSizeF(card.size()) / card.devicePixelRatio();
        drag->setHotSpot(QPoint(qRound(size.width() / 2), qRound(size.height() / 2)));
    }
    drag->exec(supportedActions & Qt::CopyAction ? Qt::CopyAction : supportedActions,
               Qt::CopyAction);
}

} // namespace kg::ui
