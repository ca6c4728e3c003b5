#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "analysis/Analyzer.h"
#include "canvas/EndpointItem.h"
#include "canvas/PathOverlay.h"
#include "canvas/StepBadge.h"
#include "canvas/WalkthroughBar.h"
#include "commands/AddItemsCommand.h"
#include "document/DesignDocument.h"
#include "document/FileController.h"
#include "document/PathController.h"
#include "panels/AccessMatrixPanel.h"

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

// What the canvas draws over a design comes from the analysis: for every template, every
// pair's overlay is the analysis's path (verdict, endpoint, one badge per step, the failing
// step last), the matrix shows every pair's verdict, and the endpoint markers are the
// cluster's endpoints.
class OverlayTest : public QObject
{
    Q_OBJECT

private:
    static QStringList templates()
    {
        QStringList out;
        for (const auto& [path, title] : FileController::templates())
            out << path;
        return out;
    }

    static std::vector<StepBadge*> badgesOf(PathOverlay* overlay)
    {
        std::vector<StepBadge*> out;
        for (QGraphicsItem* child : overlay->childItems())
            if (child->type() == StepBadge::Type)
                out.push_back(static_cast<StepBadge*>(child));
        return out;
    }

private slots:
    void overlaysMatchTheAnalysisForEveryPair()
    {
        for (const QString& path : templates()) {
            MainWindow w;
            w.files()->setInteractive(false);
            QVERIFY(w.files()->newFromTemplate(path));
            const Analysis& a = w.document()->analysis();
            int checked = 0;
            for (std::uint32_t i = 0; i < a.clients.size(); ++i)
                for (std::uint32_t k = 0; k < a.clusters.size(); ++k) {
                    const PathOutcome* best = a.best(i, k);
                    w.paths()->showPair(a.clients[i], a.clusters[k]);
                    const auto& overlays = w.scene()->overlays();
                    if (!best || !w.scene()->item(a.clients[i])) {
                        QVERIFY(overlays.empty() || best);
                        continue;
                    }
                    // A pair kubectl does not connect shows its command-invoke path beside.
                    const PathOutcome* command = a.runCommand(i, k);
                    const bool withCommand = !best->reachable && command;
                    QCOMPARE(overlays.size(), std::size_t{withCommand ? 2u : 1u});
                    if (withCommand) {
                        const Path& second = overlays.back()->path();
                        QVERIFY(second.endpoint == EndpointKind::RunCommand);
                        QCOMPARE(second.reachable, command->reachable);
                        QCOMPARE(second.assumed, command->assumed);
                        QCOMPARE(badgesOf(overlays.back()).size(), second.steps.size());
                    }
                    const Path& shown = overlays.front()->path();
                    const auto expected =
                        Analyzer::explain(w.design(), a.clients[i], a.clusters[k], best->endpoint,
                                          a.endpointElement(*best));
                    QVERIFY(expected);
                    QCOMPARE(shown.reachable, best->reachable);
                    QCOMPARE(shown.assumed, best->assumed);
                    QVERIFY(shown.endpoint == best->endpoint);
                    QCOMPARE(shown.steps.size(), expected->steps.size());
                    const auto badges = badgesOf(overlays.front());
                    QCOMPARE(badges.size(), shown.steps.size());
                    // A blocked path's last step is the failing one, and the route stops there.
                    if (!shown.reachable)
                        QVERIFY(!shown.steps.back().ok);
                    ++checked;
                }
            QVERIFY2(checked > 0, qPrintable(path));
        }
    }

    void matrixShowsEveryPairsVerdict()
    {
        MainWindow w;
        w.files()->setInteractive(false);
        QVERIFY(w.openFile(source("resources/templates/aks-private-hub-spoke.kubegate")));
        const Analysis& a = w.document()->analysis();
        AccessMatrixPanel* m = w.matrix();
        QCOMPARE(m->rowCount(), static_cast<int>(a.clients.size()));
        QCOMPARE(m->columnCount(), static_cast<int>(a.clusters.size()));
        // Cells carry their pair: the matrix orders rows and columns by name.
        auto cellOf = [&](std::uint32_t i, std::uint32_t k) -> QTableWidgetItem* {
            for (int r = 0; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    if (QTableWidgetItem* cell = m->item(r, c);
                        cell &&
                        cell->data(Qt::UserRole + 1).toString().toStdString() == a.clients[i] &&
                        cell->data(Qt::UserRole + 2).toString().toStdString() == a.clusters[k])
                        return cell;
            return nullptr;
        };
        for (std::uint32_t i = 0; i < a.clients.size(); ++i)
            for (std::uint32_t k = 0; k < a.clusters.size(); ++k) {
                const PathOutcome* best = a.best(i, k);
                QTableWidgetItem* item = cellOf(i, k);
                QVERIFY(item);
                const QString text = item->text();
                if (!best)
                    continue;
                // Three verdicts, each with its own glyph: checked, assumed, blocked.
                const QString glyph = !best->reachable ? QStringLiteral("✗ ")
                                      : best->assumed  ? QStringLiteral("(✓) ")
                                                       : QStringLiteral("✓ ");
                QVERIFY2(text.startsWith(glyph), qPrintable(text));
                QVERIFY(text.contains(
                    AccessMatrixPanel::endpointName(static_cast<int>(best->endpoint))));
            }
        // A click on a cell draws that pair's path, focused (and its command-invoke path when
        // kubectl does not connect).
        emit m->cellClicked(0, 0);
        std::uint32_t ci = 0;
        std::uint32_t kk = 0;
        for (std::uint32_t i = 0; i < a.clients.size(); ++i)
            if (a.clients[i] == m->item(0, 0)->data(Qt::UserRole + 1).toString().toStdString())
                ci = i;
        for (std::uint32_t k = 0; k < a.clusters.size(); ++k)
            if (a.clusters[k] == m->item(0, 0)->data(Qt::UserRole + 2).toString().toStdString())
                kk = k;
        const bool withCommand = !a.best(ci, kk)->reachable && a.runCommand(ci, kk);
        QCOMPARE(w.scene()->overlays().size(), std::size_t{withCommand ? 2u : 1u});
        QCOMPARE(w.paths()->focused(), 0);
    }

    void matrixHeadersAreInNaturalOrder()
    {
        MainWindow w;
        w.files()->setInteractive(false);
        QVERIFY(w.openFile(source("resources/templates/aks-private-hub-spoke.kubegate")));
        // Laptops named so that document order, plain text order and natural order differ.
        Fragment laptops;
        double y = -900;
        for (const char* name : {"dev-10", "dev-2", "dev-1"}) {
            Element laptop;
            laptop.id = name;
            laptop.name = name;
            laptop.kind = ElementKind::Laptop;
            laptop.geometry = {-900, y += 100, 180, 64};
            laptops.elements.push_back(laptop);
        }
        w.document()->push(
            new AddItemsCommand(w.document(), laptops, {}, [] { return QStringLiteral("Add"); }));
        QApplication::processEvents();
        AccessMatrixPanel* m = w.matrix();
        QStringList rows;
        for (int r = 0; r < m->rowCount(); ++r)
            rows << m->verticalHeaderItem(r)->text();
        const int one = rows.indexOf(QStringLiteral("dev-1"));
        const int two = rows.indexOf(QStringLiteral("dev-2"));
        const int ten = rows.indexOf(QStringLiteral("dev-10"));
        QVERIFY2(one >= 0 && one < two && two < ten, qPrintable(rows.join(QLatin1Char(','))));
    }

    void selectingAClusterShowsItsPathsAndStagesHide()
    {
        MainWindow w;
        w.files()->setInteractive(false);
        QVERIFY(w.openFile(source("resources/templates/aks-private-hub-spoke.kubegate")));
        w.scene()->selectIds({"aks-pay"});
        const Analysis& a = w.document()->analysis();
        std::size_t pairs = 0;
        for (std::uint32_t i = 0; i < a.clients.size(); ++i)
            if (const PathOutcome* best = a.best(i, 0))
                pairs += !best->reachable && a.runCommand(i, 0) ? 2 : 1;
        QCOMPARE(w.scene()->overlays().size(), pairs);
        // Hiding the DNS stage removes the DNS badges.
        auto countBadges = [&](Stage stage) {
            int n = 0;
            for (PathOverlay* o : w.scene()->overlays())
                for (const auto& s : o->path().steps)
                    n += s.stage == stage ? 1 : 0;
            return n;
        };
        auto shownBadges = [&] {
            std::size_t n = 0;
            for (PathOverlay* o : w.scene()->overlays())
                n += badgesOf(o).size();
            return n;
        };
        const std::size_t all = shownBadges();
        const int dns = countBadges(Stage::Dns);
        QVERIFY(dns > 0);
        w.scene()->setOverlayStages(0xF & ~1u);
        QCOMPARE(shownBadges(), all - static_cast<std::size_t>(dns));
        // Selecting something that is neither a client nor a cluster clears the overlays.
        w.scene()->selectIds({"vnet-hub"});
        QVERIFY(w.scene()->overlays().empty());
    }

    void endpointMarkersFollowTheAccessMode()
    {
        MainWindow w;
        w.files()->setInteractive(false);
        QVERIFY(w.openFile(source("resources/templates/aks-private-hub-spoke.kubegate")));
        QVERIFY(w.scene()->endpointPosition("aks-pay", EndpointKind::Private));
        QVERIFY(!w.scene()->endpointPosition("aks-pay", EndpointKind::Public));
        // Make it public: the markers change at once.
        Element e = *w.design().element("aks-pay");
        e.properties["apiServerAccessProfile.enablePrivateCluster"] = false;
        w.document()->mutableDesign().replaceElement(e);
        QApplication::processEvents();
        QVERIFY(w.scene()->endpointPosition("aks-pay", EndpointKind::Public));
        QVERIFY(!w.scene()->endpointPosition("aks-pay", EndpointKind::Private));
        // The public endpoint stands outside the network boundary (above the spoke VNet).
        const Element* vnet = w.design().element("vnet-spoke");
        QVERIFY(w.scene()->endpointPosition("aks-pay", EndpointKind::Public)->y() <
                vnet->geometry.y);
        // Moving the cluster moves its markers once the move is done.
        const double before = w.scene()->endpointPosition("aks-pay", EndpointKind::Public)->x();
        Element moved = *w.design().element("aks-pay");
        moved.geometry.x += 40;
        w.document()->mutableDesign().replaceElement(moved);
        QApplication::processEvents();
        QCOMPARE(w.scene()->endpointPosition("aks-pay", EndpointKind::Public)->x(), before + 40);
    }

    void walkthroughStepsThroughThePath()
    {
        MainWindow w;
        w.files()->setInteractive(false);
        QVERIFY(w.openFile(source("resources/templates/aks-private-hub-spoke.kubegate")));
        w.paths()->showPair("laptop-hq", "aks-pay");
        const Path& path = w.paths()->paths().front();
        w.startWalkthrough();
        WalkthroughBar* bar = w.view()->walkthrough();
        QVERIFY(bar->active());
        QCOMPARE(bar->step(), 0);
        for (std::size_t s = 1; s < path.steps.size(); ++s)
            bar->next();
        QCOMPARE(bar->step(), static_cast<int>(path.steps.size()) - 1);
        bar->next(); // past the end: stays
        QCOMPARE(bar->step(), static_cast<int>(path.steps.size()) - 1);
        QVERIFY(
            WalkthroughBar::narrate(path, 0).contains(QString::fromStdString(path.steps[0].rule)));
        bar->back();
        QCOMPARE(bar->step(), static_cast<int>(path.steps.size()) - 2);
        bar->stop();
        QVERIFY(!bar->active());
    }
};

QTEST_MAIN(OverlayTest)
#include "OverlayTest.moc"
