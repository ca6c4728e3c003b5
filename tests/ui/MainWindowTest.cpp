#include "MainWindow.h"

#include "ActionRegistry.h"
#include "analysis/DesignSearch.h"
#include "canvas/CanvasContextMenu.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/ElementItem.h"
#include "canvas/FindBar.h"
#include "document/DesignDocument.h"
#include "document/PathController.h"
#include "panels/AccessModeEditor.h"
#include "panels/FindingsPanel.h"
#include "panels/InspectorPanel.h"
#include "validate/RuleRegistry.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest>

using kg::ui::MainWindow;

// Opening designs in the main window: a good one replaces the current design, a bad one shows
// an error and leaves the current design untouched.
class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    static QString source(const char* relative)
    {
        return QStringLiteral(KUBEGATE_SOURCE_DIR "/") + QLatin1String(relative);
    }

    // Closes the next modal dialog and remembers its text.
    void closeNextDialog()
    {
        QTimer::singleShot(0, this, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                m_dialogText = box->text() + QLatin1Char('\n') + box->informativeText();
                box->accept();
            }
        });
    }

    QString m_dialogText;

private slots:
    // A first start (no layout saved): the design gets most of the window's height, not the
    // findings list.
    void aFreshWindowGivesTheCanvasMostOfTheHeight()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KubegateTests"));
        QCoreApplication::setApplicationName(QStringLiteral("MainWindowTestLayout"));
        QSettings().clear();
        MainWindow window;
        QVERIFY(window.openFile(source("resources/templates/aks-private-hub-spoke.kubegate")));
        window.restoreSettings();
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        auto* findings = window.findChild<QDockWidget*>(QStringLiteral("findings"));
        QVERIFY(findings && findings->isVisible());
        QVERIFY2(window.view()->height() > 2 * findings->height(),
                 qPrintable(QStringLiteral("canvas %1, findings %2")
                                .arg(window.view()->height())
                                .arg(findings->height())));
        QSettings().clear();
    }

    void opensATemplate()
    {
        MainWindow window;
        QVERIFY(window.openFile(source("resources/templates/aks-private-hub-spoke.kubegate")));
        QVERIFY(window.design().element("aks-pay"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("aks-private-hub-spoke.kubegate")));
        // The canvas shows every element, and the analysis ran.
        QCOMPARE(window.scene()->elementCount(),
                 static_cast<int>(window.design().elements().size()));
        QVERIFY(window.scene()->item("aks-pay"));
        QVERIFY(!window.analysis().paths.empty());
    }

    void badgesAndFindingsFollowTheAnalysis()
    {
        MainWindow window;
        QVERIFY(window.openFile(source("resources/templates/aks-private-hub-spoke.kubegate")));
        // The Microsoft-hosted agent cannot reach the private cluster: a warning about aks-pay.
        auto* cluster = window.scene()->item("aks-pay");
        QVERIFY(cluster);
        QCOMPARE(cluster->badge(), kg::ui::ElementItem::Badge::Warning);
        QVERIFY(cluster->badgeCount() >= 1);
        QCOMPARE(window.scene()->item("vm-jumpbox")->badge(), kg::ui::ElementItem::Badge::None);

        auto* panel = window.findingsPanel();
        QCOMPARE(panel->topLevelItemCount(), static_cast<int>(window.analysis().findings.size()));
        QTreeWidgetItem* first = panel->topLevelItem(0);
        QCOMPARE(first->text(1), QStringLiteral("AKS-050"));
        emit panel->itemActivated(first, 0);
        QVERIFY(cluster->isSelected());
        QVERIFY(window.scene()->item("ado-hosted")->isSelected());
        QVERIFY(!window.scene()->item("vm-jumpbox")->isSelected());
    }

    void wheelOverAnUnfocusedFieldScrollsInsteadOfChangingIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(source("resources/templates/aks-private-hub-spoke.kubegate")));
        window.scene()->selectIds({"aks-pay"});
        QApplication::processEvents();
        // Guarded: a changed mode rebuilds the inspector and deletes the field.
        QPointer<QComboBox> preset =
            window.inspector()->findChild<QComboBox*>(QStringLiteral("accessPreset"));
        QVERIFY(preset);
        const QString before = preset->currentText();
        window.setFocus();
        for (int delta : {-120, -120}) {
            if (!preset)
                break;
            const QPointF at(preset->width() / 2.0, preset->height() / 2.0);
            QWheelEvent wheel(at, preset->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(preset, &wheel);
        }
        QApplication::processEvents();
        QVERIFY2(preset, "the wheel changed the access mode (the inspector was rebuilt)");
        QCOMPARE(preset->currentText(), before);
        QCOMPARE(window.document()->undoStack()->count(), 0);
    }

    void findWalksTheMatchesAndClosesOnEscape()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(source("resources/templates/aks-private-hub-spoke.kubegate")));
        window.actions()->action(QStringLiteral("edit.find"))->trigger();
        auto* bar = window.findChild<kg::ui::FindBar*>(QStringLiteral("findBar"));
        QVERIFY(bar && bar->isVisible());
        QVERIFY(bar->field()->hasFocus());
        QTest::keyClicks(bar->field(), QStringLiteral("10.1."));
        const auto expected =
            kg::DesignSearch::find(window.design(), window.analysis().findings, "10.1.");
        QCOMPARE(bar->matchCount(), static_cast<int>(expected.size()));
        QVERIFY(bar->matchCount() >= 2);
        QCOMPARE(window.scene()->selectedIds(), std::vector<std::string>{expected[0].element});
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QCOMPARE(window.scene()->selectedIds(), std::vector<std::string>{expected[1].element});
        QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(window.scene()->selectedIds(), std::vector<std::string>{expected[0].element});
        // F3 from anywhere goes on; a rule id finds the elements of its findings.
        window.actions()->action(QStringLiteral("edit.findNext"))->trigger();
        QCOMPARE(bar->current(), 1);
        bar->field()->setText(QStringLiteral("aks-050"));
        QVERIFY(bar->matchCount() >= 1);
        bar->field()->setText(QStringLiteral("nothing-is-called-this"));
        QCOMPARE(bar->matchCount(), 0);
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void helpListsTheShortcutsAndTheRules()
    {
        MainWindow window;
        window.actions()->action(QStringLiteral("help.shortcuts"))->trigger();
        auto* dialog = window.findChild<QDialog*>(QStringLiteral("helpDialog"));
        QVERIFY(dialog);
        auto* keys = dialog->findChild<QTableWidget*>(QStringLiteral("helpShortcuts"));
        QVERIFY(keys);
        // Every action with a shortcut is listed, Find among them with its key.
        int withKeys = 0;
        for (const QString& id : window.actions()->ids()) {
            const auto bound = window.actions()->action(id)->shortcuts();
            withKeys += std::any_of(bound.begin(), bound.end(),
                                    [](const QKeySequence& k) { return !k.isEmpty(); })
                            ? 1
                            : 0;
        }
        QCOMPARE(keys->rowCount(), withKeys);
        bool find = false;
        for (int r = 0; r < keys->rowCount(); ++r)
            find =
                find || (keys->item(r, 0)->text() == QStringLiteral("Find...") &&
                         keys->item(r, 1)->text().contains(
                             QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
        QVERIFY(find);
        auto* rules = dialog->findChild<QTableWidget*>(QStringLiteral("helpRules"));
        QVERIFY(rules);
        QCOMPARE(rules->rowCount(), static_cast<int>(kg::RuleRegistry::all().size()));
        dialog->findChild<QLineEdit*>(QStringLiteral("helpRuleFilter"))
            ->setText(QStringLiteral("AKS-061"));
        int visible = 0;
        for (int r = 0; r < rules->rowCount(); ++r)
            visible += rules->isRowHidden(r) ? 0 : 1;
        QCOMPARE(visible, 1);
        dialog->close();
    }

    void rightClickOffersWhatAppliesThere()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(source("resources/templates/aks-command-invoke.kubegate")));
        auto* menus = window.view()->findChild<kg::ui::CanvasContextMenu*>();
        QVERIFY(menus);
        auto texts = [](QMenu* menu) {
            QStringList out;
            for (QAction* a : menu->actions())
                if (!a->isSeparator())
                    out << a->text().remove(QLatin1Char('&'));
            return out;
        };
        // On a cluster: it becomes the selection; its access modes are offered.
        const QPoint cluster = window.view()->mapFromScene(
            window.scene()->item("aks-ops")->sceneBoundingRect().center());
        std::unique_ptr<QMenu> menu(menus->build(cluster));
        QCOMPARE(window.scene()->selectedIds(), std::vector<std::string>{"aks-ops"});
        const QStringList entries = texts(menu.get());
        for (const char* expected : {"Rename", "Access Mode", "Delete", "Zoom to Selection"})
            QVERIFY2(entries.contains(QString::fromLatin1(expected)),
                     qPrintable(entries.join(QLatin1Char(','))));
        QMenu* modes = nullptr;
        for (QAction* a : menu->actions())
            if (a->menu() && a->text().remove(QLatin1Char('&')) == QStringLiteral("Access Mode"))
                modes = a->menu();
        QVERIFY(modes);
        QAction* publicMode = modes->actions().front();
        QVERIFY(!publicMode->isChecked()); // the template's cluster is private
        publicMode->trigger();
        QVERIFY(!window.design().element("aks-ops")->boolValue(
            "apiServerAccessProfile.enablePrivateCluster"));
        window.document()->undoStack()->undo();
        QVERIFY(window.design().element("aks-ops")->boolValue(
            "apiServerAccessProfile.enablePrivateCluster"));
        // On a client: Explain Path To a cluster draws that pair's path.
        const QPoint bob = window.view()->mapFromScene(
            window.scene()->item("laptop-bob")->sceneBoundingRect().center());
        std::unique_ptr<QMenu> onClient(menus->build(bob));
        QMenu* explain = nullptr;
        for (QAction* a : onClient->actions())
            if (a->menu() &&
                a->text().remove(QLatin1Char('&')) == QStringLiteral("Explain Path To"))
                explain = a->menu();
        QVERIFY(explain);
        QAction* toCluster = nullptr;
        for (QAction* a : explain->actions())
            if (a->text() == QStringLiteral("aks-ops"))
                toCluster = a;
        QVERIFY(toCluster);
        toCluster->trigger();
        QCOMPARE(window.paths()->client(), std::string("laptop-bob"));
        QCOMPARE(window.paths()->cluster(), std::string("aks-ops"));
        QVERIFY(!window.scene()->overlays().empty());
        // On empty canvas: paste, find, the view's commands.
        window.scene()->selectIds({});
        std::unique_ptr<QMenu> empty(menus->build(QPoint(5, 5)));
        QVERIFY(texts(empty.get()).contains(QStringLiteral("Paste")));
        QVERIFY(!texts(empty.get()).contains(QStringLiteral("Rename")));
    }

    void connectFromHereEndsOnTheNextClick()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(source("resources/templates/aks-command-invoke.kubegate")));
        auto* menus = window.view()->findChild<kg::ui::CanvasContextMenu*>();
        QVERIFY(menus);
        auto at = [&](const char* id) {
            return window.view()->mapFromScene(
                window.scene()->item(id)->sceneBoundingRect().center());
        };
        auto connectFrom = [&](const char* id) {
            std::unique_ptr<QMenu> menu(menus->build(at(id)));
            for (QAction* a : menu->actions())
                if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Connect From Here")) {
                    a->trigger();
                    return true;
                }
            return false;
        };
        QAction* connectTool = window.actions()->action(QStringLiteral("tool.connect"));
        QVERIFY(connectFrom("laptop-alice"));
        QCOMPARE(window.scene()->toolKind(), kg::ui::DiagramScene::ToolKind::Connect);
        QVERIFY(connectTool->isChecked());
        // Esc gives up and the select tool comes back.
        window.view()->setFocus();
        QTest::keyClick(window.view()->viewport(), Qt::Key_Escape);
        QCOMPARE(window.scene()->toolKind(), kg::ui::DiagramScene::ToolKind::Select);
        QVERIFY(!connectTool->isChecked());
        // The next click ends it: two laptops cannot be linked, so nothing is added, and the
        // select tool is back.
        QVERIFY(connectFrom("laptop-alice"));
        const std::size_t links = window.design().links().size();
        QTest::mouseClick(window.view()->viewport(), Qt::LeftButton, {}, at("laptop-bob"));
        QCOMPARE(window.scene()->toolKind(), kg::ui::DiagramScene::ToolKind::Select);
        QCOMPARE(window.design().links().size(), links);
        // Properties brings the inspector forward, even from behind the history tab.
        std::unique_ptr<QMenu> menu(menus->build(at("aks-ops")));
        for (QAction* a : menu->actions())
            if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Properties"))
                a->trigger();
        QCOMPARE(window.scene()->selectedIds(), std::vector<std::string>{"aks-ops"});
    }

    void vnetIntegrationPresetCreatesItsSubnet()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(source("resources/templates/aks-command-invoke.kubegate")));
        auto* menus = window.view()->findChild<kg::ui::CanvasContextMenu*>();
        QVERIFY(menus);
        const QPoint cluster = window.view()->mapFromScene(
            window.scene()->item("aks-ops")->sceneBoundingRect().center());
        std::unique_ptr<QMenu> menu(menus->build(cluster));
        QMenu* modes = nullptr;
        for (QAction* a : menu->actions())
            if (a->menu() && a->text().remove(QLatin1Char('&')) == QStringLiteral("Access Mode"))
                modes = a->menu();
        QVERIFY(modes);
        const QString vnetPrivate =
            kg::ui::AccessModeEditor::presetName(kg::AccessPreset::AksVnetPrivate);
        const std::size_t before = window.design().elements().size();
        for (QAction* a : modes->actions())
            if (a->text() == vnetPrivate)
                a->trigger();
        const kg::Element* aks = window.design().element("aks-ops");
        QVERIFY(aks->boolValue("apiServerAccessProfile.enableVnetIntegration"));
        const kg::Element* subnet =
            window.design().element(aks->stringValue("apiServerAccessProfile.subnetId"));
        QVERIFY(subnet);
        QCOMPARE(subnet->kind, kg::ElementKind::AzureSubnet);
        QCOMPARE(subnet->parent, std::string("vnet-app"));
        QCOMPARE(subnet->stringValue("delegation"),
                 std::string("Microsoft.ContainerService/managedClusters"));
        QCOMPARE(window.design().elements().size(), before + 1);
        for (const kg::Finding& f : window.document()->analysis().findings)
            QVERIFY2(f.rule < "AKS-080" || f.rule > "AKS-084", f.message().c_str());
        QVERIFY(window.scene()->item(subnet->id)); // drawn, inside the grown VNet
        // One command: one undo takes the subnet and the mode back.
        window.document()->undoStack()->undo();
        QCOMPARE(window.design().elements().size(), before);
        QVERIFY(!window.design().element("aks-ops")->boolValue(
            "apiServerAccessProfile.enableVnetIntegration"));
    }

    void badFileKeepsTheCurrentDesign()
    {
        MainWindow window;
        QVERIFY(window.openFile(source("resources/templates/eks-public-private.kubegate")));
        const kg::Design before = window.design();
        closeNextDialog();
        QVERIFY(!window.openFile(source("tests/data/bad/unknown-kind.kubegate")));
        QVERIFY(window.design() == before);
        QVERIFY(window.filePath().endsWith(QStringLiteral("eks-public-private.kubegate")));
        QVERIFY2(m_dialogText.contains(QStringLiteral("unknown element kind 'azure.vnett'")),
                 qPrintable(m_dialogText));
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
