// Presentation for a class: the canvas alone with type a room can read, the narration large,
// and the build-up that reveals a design one element per step.
#include "ActionRegistry.h"
#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/ElementItem.h"
#include "canvas/EndpointItem.h"
#include "canvas/LinkItem.h"
#include "canvas/WalkthroughBar.h"
#include "commands/ChangeLessonCommand.h"
#include "document/DesignDocument.h"
#include "document/FileController.h"
#include "io/DesignJson.h"
#include "layout/BuildUpOrder.h"
#include "panels/BuildOrderDialog.h"

#include <QAction>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

namespace {

// The ids of the elements drawn, and of the links drawn.
std::set<std::string> shownElements(DiagramScene* scene)
{
    std::set<std::string> out;
    for (QGraphicsItem* i : scene->items())
        if (auto* e = dynamic_cast<ElementItem*>(i); e && e->isVisible())
            out.insert(e->id());
    return out;
}

} // namespace

class PresentationTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QSettings().remove(QStringLiteral("presentation/scale")); }

    void presentingKeepsTypeReadableAtTheChosenScale()
    {
        auto w = openTemplateWindow("aks-private-hub-spoke.kubegate");
        QVERIFY(w);
        w->view()->fitDesign();
        const double editing = w->view()->zoom();
        QVERIFY(editing < 1.0); // the editor's fit shows this design below 100 %
        w->actions()->action(QStringLiteral("view.presentationScale.200"))->trigger();
        w->actions()->action(QStringLiteral("view.presentation"))->setChecked(true);
        QApplication::processEvents();
        QVERIFY(!w->menuBar()->isVisible());
        QVERIFY(!w->view()->minimapVisible());
        QVERIFY2(w->view()->zoom() >= 2.0 - 1e-9, qPrintable(QString::number(w->view()->zoom())));
        QCOMPARE(w->view()->walkthrough()->scale(), 2.0);
        // Another scale while presenting applies at once.
        w->actions()->action(QStringLiteral("view.presentationScale.300"))->trigger();
        QApplication::processEvents();
        QVERIFY(w->view()->zoom() >= 3.0 - 1e-9);
        QCOMPARE(w->view()->walkthrough()->scale(), 3.0);
        // Leaving restores the editor: its fit, its minimap, its type.
        w->actions()->action(QStringLiteral("view.presentation"))->setChecked(false);
        QApplication::processEvents();
        QVERIFY(w->menuBar()->isVisible());
        QVERIFY(w->view()->minimapVisible());
        QVERIFY(w->view()->zoom() <= 1.0);
        QCOMPARE(w->view()->walkthrough()->scale(), 1.0);
    }

    void buildUpRevealsOneElementPerStep()
    {
        auto w = openTemplateWindow("aks-private-hub-spoke.kubegate");
        QVERIFY(w);
        DiagramScene* scene = w->scene();
        const std::size_t all = w->design().elements().size();
        QCOMPARE(shownElements(scene).size(), all);
        QAction* build = w->actions()->action(QStringLiteral("view.buildUp"));
        QAction* next = w->actions()->action(QStringLiteral("view.buildUpNext"));
        QAction* back = w->actions()->action(QStringLiteral("view.buildUpBack"));
        QVERIFY(!next->isEnabled());
        build->setChecked(true);
        QVERIFY(shownElements(scene).empty());
        QVERIFY(next->isEnabled() && !back->isEnabled());
        const std::vector<std::string> order = buildUpOrder(w->design());
        for (std::size_t step = 1; step <= order.size(); ++step) {
            QTest::keyClick(w.get(), Qt::Key_PageDown);
            const std::set<std::string> shown = shownElements(scene);
            QCOMPARE(shown, std::set<std::string>(order.begin(), order.begin() + step));
            // Links only between shown elements; endpoint markers only on shown clusters.
            for (const Link& l : w->design().links()) {
                const bool both = shown.count(l.from) && shown.count(l.to);
                QCOMPARE(scene->linkItem(l.id)->isVisible(), both);
            }
            for (QGraphicsItem* i : scene->items())
                if (auto* e = dynamic_cast<EndpointItem*>(i))
                    QCOMPARE(e->isVisible(), shown.count(e->cluster()) > 0);
            // No path is drawn through what the class has not seen yet.
            QVERIFY(scene->overlays().empty());
        }
        QVERIFY(!next->isEnabled());
        QTest::keyClick(w.get(), Qt::Key_PageUp);
        QCOMPARE(shownElements(scene).size(), all - 1);
        QVERIFY(!shownElements(scene).count(order.back()));
        // Escape ends it, and Ctrl+B starts it again from an empty canvas.
        QTest::keyClick(w.get(), Qt::Key_Escape);
        QVERIFY(!build->isChecked());
        QCOMPARE(shownElements(scene).size(), all);
        QTest::keyClick(w.get(), Qt::Key_B, Qt::ControlModifier);
        QVERIFY(build->isChecked());
        QVERIFY(shownElements(scene).empty());
        QTest::keyClick(w.get(), Qt::Key_PageDown);
        QCOMPARE(shownElements(scene).size(), std::size_t{1});
        // An edit ends the build-up: everything is drawn again.
        w->scene()->placeNew(ElementKind::Laptop, QPointF(-900, -900));
        QApplication::processEvents();
        QVERIFY(!build->isChecked());
        QCOMPARE(shownElements(scene).size(), all + 1);
    }

    void aTrainersOrderIsRevealedAndKeptInTheFile()
    {
        auto w = openTemplateWindow("aks-private-hub-spoke.kubegate");
        QVERIFY(w);
        const std::vector<std::string> kubegate = buildUpOrder(w->design());
        // In the dialog: the last element without a container (a laptop at home, last in
        // Kubegate's order as a client) moved to the top.
        int last = static_cast<int>(kubegate.size()) - 1;
        while (last > 0 &&
               !w->design().element(kubegate[static_cast<std::size_t>(last)])->parent.empty())
            --last;
        const std::string moved = kubegate[static_cast<std::size_t>(last)];
        QVERIFY(last > 0);
        BuildOrderDialog dialog(w->design(), w.get());
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("buildOrder"));
        QVERIFY(list);
        QCOMPARE(list->count(), static_cast<int>(kubegate.size()));
        QVERIFY(dialog.chosenOrder().empty()); // Kubegate's order is nothing to keep
        list->setCurrentRow(last);
        QPushButton* up = nullptr;
        for (auto* b : dialog.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Move &Up"))
                up = b;
        QVERIFY(up);
        for (int i = 0; i < last; ++i)
            up->click();
        const std::vector<std::string> chosen = dialog.chosenOrder();
        QCOMPARE(chosen.front(), moved);
        Lesson lesson;
        lesson.buildOrder = chosen;
        w->document()->push(
            new ChangeLessonCommand(w->document(), lesson, [] { return QStringLiteral("x"); }));
        // The build-up reveals it first.
        w->actions()->action(QStringLiteral("view.buildUp"))->setChecked(true);
        QTest::keyClick(w.get(), Qt::Key_PageDown);
        QCOMPARE(shownElements(w->scene()), std::set<std::string>{moved});
        w->actions()->action(QStringLiteral("view.buildUp"))->setChecked(false);
        // Kept in the file, and gone again with undo.
        LoadResult again = DesignJson::load(DesignJson::save(w->document()->fileDesign()));
        QVERIFY(again.ok());
        QCOMPARE(again.design->lesson().buildOrder, chosen);
        w->document()->undoStack()->undo();
        QVERIFY(w->design().lesson().buildOrder.empty());
        QCOMPARE(buildUpOrder(w->design()), kubegate);
    }
};

QTEST_MAIN(PresentationTest)
#include "PresentationTest.moc"
