// How the designer behaves around the canvas, as a person meets it: every shortcut reaches one
// action; Escape backs out of what is going on; the view moves only when asked; the legend has
// its own dock and its menu check tells the truth; a click on a card under a link selects the
// card; a palette drop is analysed at once; and nothing stale stays on screen after an edit.
#include "ActionRegistry.h"
#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "canvas/AlignmentGuides.h"
#include "canvas/GuideItem.h"
#include "canvas/LinkItem.h"
#include "canvas/WalkthroughBar.h"
#include "commands/ChangeElementsCommand.h"
#include "document/DesignDocument.h"
#include "document/EditController.h"
#include "document/FileController.h"
#include "document/PathController.h"
#include "model/AccessMode.h"
#include "panels/AccessMatrixPanel.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QUndoStack>
#include <map>
#include <memory>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

class CanvasBehaviourTest : public QObject
{
    Q_OBJECT

private:
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
    }

    static std::unique_ptr<MainWindow> openHubSpoke()
    {
        auto w = std::make_unique<MainWindow>();
        w->files()->setInteractive(false);
        if (!w->openFile(source("resources/templates/aks-private-hub-spoke.kubegate")))
            return nullptr;
        w->resize(1400, 900);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        settle();
        return w;
    }

    struct ViewPlace
    {
        double zoom;
        int h;
        int v;
        bool operator==(const ViewPlace&) const = default;
    };
    static ViewPlace placeOf(MainWindow& w)
    {
        return {w.view()->zoom(), w.view()->horizontalScrollBar()->value(),
                w.view()->verticalScrollBar()->value()};
    }

private slots:
    // Fit to Window leaves nothing under the minimap: every card and container of every
    // template is drawn clear of it, in a wide and in a tall window.
    void fitKeepsTheDesignClearOfTheMinimap()
    {
        MainWindow w;
        w.files()->setInteractive(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QDir dir(source("resources/templates"));
        for (const QSize size : {QSize(1400, 900), QSize(900, 1100)}) {
            w.resize(size);
            for (const QString& file : dir.entryList({QStringLiteral("*.kubegate")})) {
                QVERIFY(w.openFile(dir.filePath(file)));
                w.view()->fitDesign();
                settle();
                const QList<QRect> covered = w.view()->coveredAreas();
                QVERIFY(!covered.isEmpty()); // the minimap is shown
                for (const Element& e : w.design().elements()) {
                    const QRect drawn =
                        w.view()
                            ->mapFromScene(w.scene()->item(e.id)->sceneBoundingRectOfElement())
                            .boundingRect();
                    for (const QRect& c : covered)
                        QVERIFY2(
                            !drawn.intersects(c.adjusted(6, 6, -6, -6)),
                            qPrintable(file + QStringLiteral(": ") + QString::fromStdString(e.id)));
                }
            }
        }
    }

    // Dragging a card near a neighbour's edge shows a guide and snaps it there, over the grid;
    // a gap equal to the one between two neighbours snaps too; Alt moves past the guides.
    void alignmentGuidesSnapWhileDragging()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        DiagramScene* s = w->scene();
        DiagramView* v = w->view();
        const Design& d = w->design();
        const Rect bob = d.element("laptop-home")->geometry;
        const Rect ado = d.element("ado-hosted")->geometry;
        // Grab the agent by its middle and bring its left edge 3 units right of Bob's: the grid
        // (20) alone would not put it there.
        const QPointF grab = centreOf(s, "ado-hosted");
        const QPointF target = grab + QPointF(bob.x + 3 - ado.x, 60);
        QWidget* vp = v->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, v->mapFromScene(grab));
        for (int i = 1; i <= 6; ++i) {
            const QPoint p = v->mapFromScene(grab + (target - grab) * i / 6.0);
            QMouseEvent move(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                             {});
            QApplication::sendEvent(vp, &move);
        }
        GuideItem* guides = nullptr;
        for (QGraphicsItem* item : s->items())
            if (item->type() == GuideItem::Type)
                guides = static_cast<GuideItem*>(item);
        QVERIFY(guides && guides->isVisible());
        bool vertical = false;
        for (const QLineF& l : guides->lines())
            vertical = vertical || (l.x1() == l.x2() && std::abs(l.x1() - bob.x) < 0.5);
        QVERIFY2(vertical, "a vertical guide through both left edges");
        QTest::mouseRelease(vp, Qt::LeftButton, {}, v->mapFromScene(target));
        settle();
        QCOMPARE(d.element("ado-hosted")->geometry.x, bob.x);
        QVERIFY(!guides->isVisible());

        // The pure geometry: equal gaps in a row, a centre between two neighbours.
        const std::vector<QRectF> row{QRectF(0, 0, 100, 50), QRectF(140, 0, 100, 50)};
        const auto after = AlignmentGuides::snap(QRectF(283, 10, 100, 50), row, 6);
        QCOMPARE(after.offset.x(), -3.0); // 40 after the second, as between the first two
        QCOMPARE(int(after.spacing.size()), 2);
        const auto between = AlignmentGuides::snap(
            QRectF(4, 80, 36, 20), {QRectF(-100, 70, 80, 40), QRectF(60, 70, 80, 40)}, 6);
        QCOMPARE(between.offset.x(), -2.0); // 22 from both neighbours
        QVERIFY(AlignmentGuides::snap(QRectF(500, 500, 10, 10), row, 6).offset.isNull());
    }

    void everyKeyReachesOneAction()
    {
        MainWindow w;
        // Every enabled action's keys, the platform's standard keys expanded: none twice, on one
        // action or on two (Qt then calls the shortcut ambiguous and triggers nothing).
        std::map<QString, QString> owner;
        for (QAction* a : w.findChildren<QAction*>()) {
            if (!a->isEnabled())
                continue;
            for (const QKeySequence& k : a->shortcuts()) {
                if (k.isEmpty())
                    continue;
                const QString key = k.toString(QKeySequence::PortableText);
                const auto [it, fresh] = owner.emplace(key, a->text());
                QVERIFY2(
                    fresh,
                    qPrintable(
                        QStringLiteral("%1 is on '%2' and '%3'").arg(key, it->second, a->text())));
            }
        }
        QAction* redo = w.actions()->action(QStringLiteral("edit.redo"));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    }

    void redoKeysRedo()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        const Element before = *w->design().element("aks-pay");
        Element after = before;
        after.name = "renamed";
        w->document()->push(new ChangeElementsCommand(w->document(), {{before, after}},
                                                      [] { return QStringLiteral("Rename"); }));
        for (const QKeySequence& key :
             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
            w->document()->undoStack()->undo();
            QCOMPARE(w->design().element("aks-pay")->name, before.name);
            QTest::keySequence(w.get(), key);
            QCOMPARE(w->design().element("aks-pay")->name, std::string("renamed"));
        }
    }

    void escapeBacksOut()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        // The walkthrough.
        w->scene()->selectIds({"aks-pay"});
        settle();
        w->startWalkthrough();
        QVERIFY(w->view()->walkthrough()->active());
        QTest::keyClick(w.get(), Qt::Key_Escape);
        QVERIFY(!w->view()->walkthrough()->active());
        // The connect tool.
        w->actions()->action(QStringLiteral("tool.connect"))->trigger();
        QCOMPARE(w->scene()->toolKind(), DiagramScene::ToolKind::Connect);
        QTest::keyClick(w.get(), Qt::Key_Escape);
        QCOMPARE(w->scene()->toolKind(), DiagramScene::ToolKind::Select);
        QVERIFY(w->actions()->action(QStringLiteral("tool.select"))->isChecked());
        // Presentation mode.
        QAction* present = w->actions()->action(QStringLiteral("view.presentation"));
        present->setChecked(true);
        settle();
        QTest::keyClick(w.get(), Qt::Key_Escape);
        QVERIFY(!present->isChecked());
        QVERIFY(w->menuBar()->isVisible());
    }

    void theViewMovesOnlyWhenAsked()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        w->view()->actualSize();
        settle();
        const ViewPlace start = placeOf(*w);
        // Selecting a cluster draws its paths; the view stays.
        w->scene()->selectIds({"aks-pay"});
        settle();
        QVERIFY(!w->paths()->paths().empty());
        QCOMPARE(placeOf(*w), start);
        w->scene()->clearSelection();
        settle();
        QCOMPARE(placeOf(*w), start);
        // A drop far out, which grows the scene, and an edit.
        QVERIFY(w->scene()->placeNew(ElementKind::Laptop, QPointF(-2500, -1800)));
        settle();
        QCOMPARE(placeOf(*w), start);
        const Element c = *w->design().element("aks-pay");
        w->document()->push(new ChangeElementsCommand(
            w->document(), {{c, AccessMode::apply(c, {AccessPreset::AksPublic, "System", true})}},
            [] { return QStringLiteral("Preset"); }));
        settle();
        QCOMPARE(placeOf(*w), start);
        // Zoom to Selection does move it, on request.
        w->scene()->selectIds({"aks-pay"});
        w->actions()->action(QStringLiteral("view.zoomSelection"))->trigger();
        QVERIFY(!(placeOf(*w) == start));
        const QRectF card = w->scene()->item("aks-pay")->sceneBoundingRectOfElement();
        const QRectF shown = w->view()->mapToScene(w->view()->viewport()->rect()).boundingRect();
        QVERIFY(shown.contains(card));
    }

    void theLegendHasItsOwnPlaceAndItsMenuTellsTheTruth()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        auto* dock = w->findChild<QDockWidget*>(QStringLiteral("legend"));
        QVERIFY(dock);
        QAction* legend = w->actions()->action(QStringLiteral("view.legend"));
        QCOMPARE(legend->isChecked(), dock->isVisible());
        w->scene()->selectIds({"aks-pay"}); // paths drawn: no legend pops up over the design
        settle();
        QCOMPARE(legend->isChecked(), dock->isVisible());
        for (int i = 0; i < 2; ++i) { // hidden, then shown again
            const bool was = dock->isVisible();
            legend->trigger();
            settle();
            QCOMPARE(dock->isVisible(), !was);
            QCOMPARE(legend->isChecked(), dock->isVisible());
        }
        QVERIFY(dock->isVisible());
        QVERIFY(!dock->isFloating());
        QVERIFY(!w->view()->geometry().intersects(dock->geometry()));
    }

    void aCardUnderALinkTakesTheClick()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        w->view()->actualSize();
        // The peering runs between the two VNets; find a card it crosses, or lay one on it.
        LinkItem* link = w->scene()->linkItem("peer-hub-spoke");
        QVERIFY(link);
        const QPointF middle = link->line().center();
        Element card = *w->design().element("vm-jumpbox");
        const Element before = card;
        card.parent = "";
        card.geometry.width = 60; // narrower than the link is long
        card.geometry.height = 40;
        card.geometry.x = middle.x() - card.geometry.width / 2;
        card.geometry.y = middle.y() - card.geometry.height / 2;
        w->document()->push(new ChangeElementsCommand(w->document(), {{before, card}},
                                                      [] { return QStringLiteral("Move"); }));
        settle();
        w->view()->centerOn(middle);
        settle();
        QGraphicsItem* picked = w->scene()->pickAt(middle);
        QVERIFY2(picked == w->scene()->item("vm-jumpbox"),
                 qPrintable(QStringLiteral("picked type %1; card at %2,%3 %4x%5; middle %6,%7")
                                .arg(picked ? picked->type() : -1)
                                .arg(w->design().element("vm-jumpbox")->geometry.x)
                                .arg(w->design().element("vm-jumpbox")->geometry.y)
                                .arg(card.geometry.width)
                                .arg(card.geometry.height)
                                .arg(middle.x())
                                .arg(middle.y())));
        QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, {},
                          w->view()->mapFromScene(middle));
        QCOMPARE(w->scene()->selectedIds(), std::vector<std::string>{"vm-jumpbox"});
        // Beside the card, on the stroke, the link.
        const QPointF onStroke = link->line().pointAt(0.08);
        QGraphicsItem* stroke = w->scene()->pickAt(onStroke);
        QVERIFY2(stroke == link,
                 qPrintable(QStringLiteral("picked type %1 at %2,%3 line %4,%5 %6,%7")
                                .arg(stroke ? stroke->type() : -1)
                                .arg(onStroke.x())
                                .arg(onStroke.y())
                                .arg(link->line().x1())
                                .arg(link->line().y1())
                                .arg(link->line().x2())
                                .arg(link->line().y2())));
    }

    void aDropIsAnalysedAtOnce()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        const int rows = w->matrix()->rowCount();
        const QString status = w->statusCounts();
        QVERIFY(w->scene()->placeNew(ElementKind::Laptop, QPointF(1400, 100)));
        settle();
        QCOMPARE(w->matrix()->rowCount(), rows + 1);
        QVERIFY(w->statusCounts() != status);
    }

    // A VPC placed from the palette is made as the AWS API makes one, with DNS host names off,
    // so a private EKS cluster dropped into it shows EKS-011 until they are turned on.
    void aNewVpcHasTheApisDnsDefaultsAndShowsEks011()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        QVERIFY(w->scene()->placeNew(ElementKind::AwsVpc, QPointF(2400, 200)));
        settle();
        const std::vector<std::string> vpcs = w->scene()->selectedIds();
        QCOMPARE(vpcs.size(), std::size_t(1));
        const Element* vpc = w->design().element(vpcs.front());
        QVERIFY(vpc);
        QCOMPARE(vpc->boolValue("enableDnsHostnames"), false);
        QCOMPARE(vpc->boolValue("enableDnsSupport"), true);
        const QRectF box = w->scene()->item(vpc->id)->sceneBoundingRectOfElement();
        QVERIFY(w->scene()->placeNew(ElementKind::EksCluster, box.center()));
        settle();
        const std::string eks = w->scene()->selectedIds().front();
        Element c = *w->design().element(eks);
        QCOMPARE(c.parent, vpc->id);
        w->document()->push(new ChangeElementsCommand(
            w->document(), {{c, AccessMode::apply(c, {AccessPreset::EksPrivate, "System", true})}},
            [] { return QStringLiteral("Preset"); }));
        settle();
        auto has011 = [&] {
            for (const auto& f : w->document()->analysis().findings)
                if (f.rule == "EKS-011")
                    return true;
            return false;
        };
        QVERIFY(has011());
        Element on = *w->design().element(vpc->id);
        on.properties["enableDnsHostnames"] = true;
        w->document()->push(
            new ChangeElementsCommand(w->document(), {{*w->design().element(vpc->id), on}},
                                      [] { return QStringLiteral("DNS host names"); }));
        settle();
        QVERIFY(!has011());
    }

    // Opening a file over a selection of two: as the old cards go, the selection shrinks to
    // one, whose paths are drawn; no card half gone may be looked up (it crashed).
    void openingAFileOverASelectionIsSafe()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        for (int round = 0; round < 4; ++round) {
            w->scene()->selectIds({"laptop-hq", "aks-pay", "vm-jumpbox", "bastion"});
            settle();
            QVERIFY(w->openFile(source("resources/templates/aks-private-hub-spoke.kubegate")));
            settle();
            QVERIFY(w->scene()->item("aks-pay"));
        }
    }

    // A DNS forwarder placed on premises asks public resolvers (there is no cloud DNS there);
    // one placed in a cloud subnet asks its network's DNS.
    void aNewForwarderAsksWhatItsPlaceHas()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        const QRectF office = w->scene()->item("onprem")->sceneBoundingRectOfElement();
        QVERIFY(w->scene()->placeNew(ElementKind::DnsForwarder,
                                     office.bottomRight() - QPointF(60, 40)));
        settle();
        const Element* onprem = w->design().element(w->scene()->selectedIds().front());
        QVERIFY(onprem);
        QCOMPARE(onprem->parent, std::string("onprem"));
        QCOMPARE(onprem->stringValue("upstream"), std::string("publicDns"));
        const QRectF subnet = w->scene()->item("snet-dns")->sceneBoundingRectOfElement();
        QVERIFY(w->scene()->placeNew(ElementKind::DnsForwarder,
                                     subnet.bottomRight() - QPointF(30, 20)));
        settle();
        const Element* cloud = w->design().element(w->scene()->selectedIds().front());
        QVERIFY(cloud);
        QCOMPARE(cloud->parent, std::string("snet-dns"));
        QCOMPARE(cloud->stringValue("upstream"), std::string("cloudDns"));
    }

    void pathsOfADeletedElementDoNotComeBackUnselected()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        w->scene()->selectIds({"laptop-hq"});
        settle();
        QVERIFY(!w->paths()->paths().empty());
        w->edits()->deleteSelection();
        settle();
        QVERIFY(w->paths()->paths().empty());
        w->document()->undoStack()->undo(); // back, but no longer selected
        settle();
        QVERIFY(w->scene()->selectedIds().empty());
        QVERIFY(w->paths()->paths().empty());
        QVERIFY(w->scene()->overlays().empty());
    }

    void nothingStaleStaysOnScreen()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        w->scene()->selectIds({"aks-pay"});
        settle();
        QScreen* screen = w->screen();
        // The canvas alone: no minimap (redrawn on a timer of its own), no text cursor blinking
        // in a panel.
        w->actions()->action(QStringLiteral("view.minimap"))->setChecked(false);
        QWidget* canvas = w->view()->viewport();
        const QPoint corner = canvas->mapTo(w.get(), QPoint(0, 0));
        auto grab = [&] {
            return screen
                ->grabWindow(w->winId(), corner.x(), corner.y(), canvas->width(), canvas->height())
                .toImage();
        };
        const Element c = *w->design().element("aks-pay");
        w->document()->push(new ChangeElementsCommand(
            w->document(), {{c, AccessMode::apply(c, {AccessPreset::AksPublic, "System", true})}},
            [] { return QStringLiteral("Preset"); }));
        // What the window shows once the edit's own repaints are done (grabs until two in a row
        // agree: a busy machine delays paints, a stale piece never goes), against a repaint of
        // the whole canvas.
        auto steady = [&] {
            QImage last = grab();
            for (int i = 0; i < 100; ++i) {
                QTest::qWait(30);
                QImage now = grab();
                if (now == last)
                    return now;
                last = now;
            }
            return last;
        };
        const QImage shown = steady();
        w->view()->viewport()->repaint();
        const QImage full = steady();
        QCOMPARE(shown.size(), full.size());
        QVERIFY2(shown == full, "a repaint of the whole canvas changed what is shown");
    }
};

QTEST_MAIN(CanvasBehaviourTest)
#include "CanvasBehaviourTest.moc"
