#pragma once

#include <QWidget>
#include <string>
#include <vector>

class QChart;
class QPainter;
class QChartView;

namespace kg {
class Design;
}

namespace kg::ui {

class DesignDocument;

// The design's figures drawn with QtCharts, live: reachable, assumed and blocked clients per
// cluster and paths per endpoint (stacked bars); each cluster's public exposure, the IPv4 addresses
// its public endpoint admits (log scale: 0.0.0.0/0 is 2^32, a private cluster 0); blocked paths by
// the stage that blocks them; findings by severity (per variant, side by side, when the design has
// variants). With clusters selected, the per-cluster charts show those. Each chart is saved as PNG
// or SVG from its context menu.
class DashboardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPanel(DesignDocument* document, QWidget* parent = nullptr);

    // The clusters the per-cluster charts show; empty for all.
    void setFocusClusters(std::vector<std::string> ids);
    // The charts, in the order they are shown (for tests and exports).
    std::vector<QChart*> charts() const;
    // Writes one chart as PNG or SVG (by the file name's extension) at its shown size.
    static bool saveChart(QChartView* view, const QString& path);
    // The five charts of `design`, drawn offscreen side by side into one SVG (for the reports),
    // in the current theme; empty when drawing failed.
    static QByteArray renderSvg(const Design& design, const QSize& size = QSize(1500, 700));
    // The same charts drawn with `painter` (a PDF page), `size` at the painter's scale.
    static void paintCharts(const Design& design, QPainter* painter, const QSize& size);

private:
    void refresh();
    void scheduleRefresh();

    DesignDocument* m_document;
    std::vector<std::string> m_focus;
    std::vector<QChartView*> m_views;
    bool m_scheduled = false;
};

} // namespace kg::ui
