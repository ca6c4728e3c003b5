#pragma once

#include <QTreeWidget>

namespace kg::ui {

// The palette's list: element kinds grouped by category, dragged onto the canvas with the
// kind key as DiagramView::kKindMime data.
class PaletteTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PaletteTree(QWidget* parent = nullptr);
    static constexpr int KindRole = Qt::UserRole + 1;

    // The card a drag of `kindKey` shows under the pointer: the canvas's own card of that kind
    // (icon, kind name, accent), slightly transparent; a null pixmap for an unknown key.
    static QPixmap cardPixmap(const QString& kindKey, qreal devicePixelRatio);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;
    void startDrag(Qt::DropActions supportedActions) override;
};

} // namespace kg::ui
