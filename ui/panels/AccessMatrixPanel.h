#pragma once

#include <QTableWidget>
#include <string>

namespace kg {
struct Analysis;
class Design;
} // namespace kg

namespace kg::ui {

class ComparisonController;

// The access matrix: a row per client, a column per cluster, each cell the verdict of the pair
// (reachable or blocked, as a glyph and a tint) and the endpoint its path uses, with the
// blocking rule in the tooltip. Activating a cell asks for that path on the canvas.
class AccessMatrixPanel : public QTableWidget
{
    Q_OBJECT

public:
    explicit AccessMatrixPanel(QWidget* parent = nullptr);
    void showAnalysis(const Analysis& analysis, const Design& design);
    // Marks the cells a comparison finds different (▲ gained, ▼ lost, ◆ changed; the other
    // side's verdict in the tooltip) from the next showAnalysis on; nullptr for none.
    void setComparison(const ComparisonController* comparison) { m_comparison = comparison; }

    static QString endpointName(int endpointKind);

signals:
    void pairActivated(const QString& client, const QString& cluster);

private:
    void markChange(QTableWidgetItem* cell, const std::string& client,
                    const std::string& cluster) const;

    const ComparisonController* m_comparison = nullptr;
};

} // namespace kg::ui
