#pragma once

#include <QTableWidget>

namespace kg {
struct Analysis;
class Design;
} // namespace kg

namespace kg::ui {

// The access matrix: a row per client, a column per cluster, each cell the verdict of the pair
// (reachable or blocked, as a glyph and a tint) and the endpoint its path uses, with the
// blocking rule in the tooltip. Activating a cell asks for that path on the canvas.
class AccessMatrixPanel : public QTableWidget
{
    Q_OBJECT

public:
    explicit AccessMatrixPanel(QWidget* parent = nullptr);
    void showAnalysis(const Analysis& analysis, const Design& design);

    static QString endpointName(int endpointKind);

signals:
    void pairActivated(const QString& client, const QString& cluster);
};

} // namespace kg::ui
