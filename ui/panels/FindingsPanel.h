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
    // Each finding as its sentence in the interface language; the tooltip adds the rule's
    // summary.
    void showFindings(const Analysis& analysis);

signals:
    void findingActivated(const QStringList& elementIds);

private:
    static QString text(const Finding& finding);
};

} // namespace kg::ui
