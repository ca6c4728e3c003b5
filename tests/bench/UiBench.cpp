// Google Benchmark figures for the designer (issue targets in docs/PERFORMANCE.md): opening a
// 2,000-element design, one mouse move of a drag and the drop that ends it, and painting a
// 10,000-element design zoomed out. Runs the real window under the offscreen platform.
#include "EstateGenerator.h"
#include "MainWindow.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/ElementItem.h"
#include "document/DesignDocument.h"
#include "document/FileController.h"
#include "io/DesignJson.h"
#include "model/KindRegistry.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>
#include <benchmark/benchmark.h>
#include <cmath>
#include <map>

using namespace kg;

namespace {

// Lays a generated estate out as a person would: cards 180 x 64, containers around their
// children in rows, top-level elements in rows. The generator's own geometry is a grid for the
// analysis benchmarks, which never look at it.
QSizeF layout(Design& d, const std::string& id, double x, double y,
              std::map<std::string, Rect>& out)
{
    const auto kids = d.children(id);
    if (!id.empty() && !KindRegistry::info(d.element(id)->kind).container) {
        out[id] = {x, y, 180, 64};
        return {180, 64};
    }
    const double margin = id.empty() ? 80 : 16;
    const double header = id.empty() ? 0 : 40;
    const auto columns = static_cast<std::size_t>(std::ceil(std::sqrt(double(kids.size()))));
    double cx = x + margin;
    double cy = y + header + margin;
    double rowHeight = 0;
    double width = 0;
    std::size_t col = 0;
    std::vector<std::string> ids;
    for (const Element* k : kids)
        ids.push_back(k->id);
    for (const auto& kid : ids) {
        const QSizeF s = layout(d, kid, cx, cy, out);
        cx += s.width() + margin;
        rowHeight = std::max(rowHeight, s.height());
        width = std::max(width, cx - x);
        if (++col == columns) {
            col = 0;
            cx = x + margin;
            cy += rowHeight + margin;
            rowHeight = 0;
        }
    }
    const double height = (col == 0 ? cy : cy + rowHeight + margin) - y;
    if (!id.empty())
        out[id] = {x, y, std::max(width, 240.0), std::max(height, 140.0)};
    return {std::max(width, 240.0), std::max(height, 140.0)};
}

Design laidOutEstate(std::size_t n)
{
    Design d = bench::generateEstate(n);
    std::map<std::string, Rect> rects;
    layout(d, {}, 0, 0, rects);
    for (auto e : d.elements()) {
        e.geometry = rects[e.id];
        d.replaceElement(e);
    }
    return d;
}

std::string estateFile(std::size_t n)
{
    static std::map<std::size_t, std::string> files;
    static QTemporaryDir dir;
    auto& path = files[n];
    if (path.empty()) {
        path = dir.filePath(QStringLiteral("estate-%1.kubegate").arg(n)).toStdString();
        DesignJson::saveFile(laidOutEstate(n), path, nullptr);
    }
    return path;
}

void settle()
{
    QApplication::processEvents();
}

// Open: read and check the file, build the canvas, run the analysis, paint the first frame.
void BM_OpenDesign(benchmark::State& state)
{
    const std::string path = estateFile(static_cast<std::size_t>(state.range(0)));
    ui::MainWindow w;
    w.files()->setInteractive(false);
    w.resize(1400, 900);
    w.show();
    settle();
    for (auto _ : state) {
        if (!w.openFile(QString::fromStdString(path)))
            state.SkipWithError("open failed");
        settle();
        w.view()->viewport()->repaint();
    }
    state.counters["elements"] = static_cast<double>(w.design().elements().size());
}

// Shows the window on the benchmark's estate (the size is the benchmark's argument).
void openEstate(ui::MainWindow& w, const benchmark::State& state)
{
    w.files()->setInteractive(false);
    w.resize(1400, 900);
    w.show();
    w.openFile(QString::fromStdString(estateFile(static_cast<std::size_t>(state.range(0)))));
    settle();
}

// A card inside a spoke subnet with no link over its centre, seen at 100 %, pressed; returns
// its centre in the view.
QPoint grabCard(ui::MainWindow& w, std::string* id)
{
    for (const auto& e : w.design().elements()) {
        if (e.kind != ElementKind::AzurePrivateEndpoint)
            continue;
        const QPointF c = ui::DiagramScene::rectOf(e).center();
        const auto under = w.scene()->items(c, Qt::IntersectsItemShape, Qt::DescendingOrder);
        if (!under.isEmpty() && under.front()->type() == ui::ElementItem::Type) {
            *id = e.id;
            break;
        }
    }
    w.view()->actualSize();
    const QPointF c = w.scene()->item(*id)->sceneBoundingRectOfElement().center();
    w.view()->centerOn(c);
    settle();
    const QPoint p = w.view()->mapFromScene(c);
    QTest::mousePress(w.view()->viewport(), Qt::LeftButton, {}, p);
    return p;
}

// One mouse move of a drag: the tool moves the previews, finds the drop target, and the view
// repaints what changed (the event loop delivers the view's update, as it does for a person).
// The design is not touched until the drop. With `full`, the whole viewport is repainted
// instead: the worst case, where everything in view is drawn again.
void dragMouseMove(benchmark::State& state, bool full)
{
    ui::MainWindow w;
    openEstate(w, state);
    std::string id;
    const QPoint start = grabCard(w, &id);
    QWidget* vp = w.view()->viewport();
    int step = 0;
    for (auto _ : state) {
        const QPoint p = start + QPoint(20 + (step % 8) * 7, 10 + (step % 5) * 3);
        ++step;
        QMouseEvent move(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         {});
        QApplication::sendEvent(vp, &move);
        if (full)
            vp->repaint();
        else
            settle();
    }
    // The card must have followed the mouse, or nothing was measured.
    const Element* e = w.design().element(id);
    if (w.scene()->item(id)->pos() == QPointF(e->geometry.x, e->geometry.y))
        state.SkipWithError("the drag did not start");
    QTest::mouseRelease(vp, Qt::LeftButton, {}, start);
}

void BM_DragMouseMove(benchmark::State& state)
{
    dragMouseMove(state, false);
}

void BM_DragMouseMoveFullRepaint(benchmark::State& state)
{
    dragMouseMove(state, true);
}

// The drop at the end of a drag: one undo command, the live re-analysis, the canvas following
// and repainting.
void BM_DragDrop(benchmark::State& state)
{
    ui::MainWindow w;
    openEstate(w, state);
    std::string id;
    QPoint start = grabCard(w, &id);
    QTest::mouseRelease(w.view()->viewport(), Qt::LeftButton, {}, start);
    QWidget* vp = w.view()->viewport();
    int step = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QPoint p =
            w.view()->mapFromScene(w.scene()->item(id)->sceneBoundingRectOfElement().center());
        QTest::mousePress(vp, Qt::LeftButton, {}, p);
        const QPoint to = p + QPoint(step % 2 ? -20 : 20, 0);
        ++step;
        QMouseEvent move(QEvent::MouseMove, to, vp->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                         {});
        QApplication::sendEvent(vp, &move);
        state.ResumeTiming();
        QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
        w.document()->analysis();
        settle();
        vp->repaint();
    }
    state.counters["commands"] = static_cast<double>(step);
}

// A whole 10,000-element design in view (zoomed out to fit): items drop detail.
void BM_PaintZoomedOut(benchmark::State& state)
{
    ui::MainWindow w;
    openEstate(w, state);
    w.view()->fitDesign();
    settle();
    for (auto _ : state)
        w.view()->viewport()->repaint();
    state.counters["zoom"] = w.view()->zoom();
}

} // namespace

BENCHMARK(BM_OpenDesign)->Arg(2000)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_DragMouseMove)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DragMouseMoveFullRepaint)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DragDrop)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PaintZoomedOut)->Arg(10000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KubegateBench"));
    // `ui_bench --write-estate N FILE` saves the laid-out estate, to look at in the designer.
    if (argc == 4 && std::string(argv[1]) == "--write-estate")
        return DesignJson::saveFile(laidOutEstate(std::stoul(argv[2])), argv[3], nullptr) ? 0 : 1;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
