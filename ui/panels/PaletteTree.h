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
    // (icon, kind name, accent) at the canvas's zoom `scale`, slightly transparent; a null
    // pixmap for an unknown key.
    static QPixmap cardPixmap(const QString& kindKey, qreal devicePixelRatio, double scale = 1.0);
    // The canvas's zoom, so that the card under the pointer is the size it will be on drop.
    void setCardScale(double scale) { m_cardScale = scale; }

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    double m_cardScale = 1.0;
};

} // namespace kg::ui
