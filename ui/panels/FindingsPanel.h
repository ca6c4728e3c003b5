#pragma once

#include "analysis/Analysis.h"

#include <QTreeWidget>

namespace kg::ui {

// Lists findings: severity (icon and word), rule id, message. Emits the element ids of the
// finding a person activates, for the canvas to select.
class FindingsPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget* parent = nullptr);
    void showFindings(const Analysis& analysis);

signals:
    void findingActivated(const QStringList& elementIds);
};

} // namespace kg::ui
