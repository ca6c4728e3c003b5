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

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;
};

} // namespace kg::ui
