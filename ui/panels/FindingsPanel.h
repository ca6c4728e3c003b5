#pragma once

#include "analysis/Analysis.h"

#include <QTreeWidget>

namespace kg {
class Design;
}

namespace kg::ui {

// Lists findings: severity (icon and word), rule id, message. Emits the element ids of the
// finding a person activates, for the canvas to select.
class FindingsPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget* parent = nullptr);
    // In a language that has the rules' summaries, a finding reads as its rule's summary and the
    // names of its elements; the core's English message stays as the tooltip.
    void showFindings(const Analysis& analysis, const Design& design);

signals:
    void findingActivated(const QStringList& elementIds);

private:
    static QString text(const Finding& finding, const Design& design);
};

} // namespace kg::ui
