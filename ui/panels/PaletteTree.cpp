#include "panels/PaletteTree.h"

#include "canvas/DiagramView.h"

#include <QMimeData>

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

} // namespace kg::ui
