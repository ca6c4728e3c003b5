#include "ActionRegistry.h"
#include "MainWindow.h"
#include "SampleDesigns.h"
#include "UiTestHelpers.h"
#include "canvas/HintItem.h"
#include "canvas/LinkItem.h"
#include "commands/ChangeElementsCommand.h"
#include "document/DesignDocument.h"
#include "document/EditController.h"
#include "document/FileController.h"
#include "io/DesignJson.h"
#include "model/AccessMode.h"
#include "panels/AccessModeEditor.h"
#include "panels/FindingsPanel.h"
#include "panels/InspectorPanel.h"
#include "panels/ListEditor.h"
#include "panels/PaletteTree.h"
#include "tools/ConnectTool.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QUndoStack>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

// Editing on the canvas as a person does it: palette drops, drags, links, the inspector, the
// Edit menu, and undo back to the exact starting design.
class CanvasEditingTest : public QObject
{
    Q_OBJECT

private:
    // A window on the hub-and-spoke template, shown at 100 % so that points map 1:1.
    std::unique_ptr<MainWindow> openHubSpoke()
    {
        auto w = openTemplateWindow(QStringLiteral("aks-private-hub-spoke.kubegate"));
        if (!w)
            return nullptr;
        w->view()->actualSize();
        QApplication::processEvents();
        return w;
    }

    static void settle()
    {
        QApplication::processEvents();
        QApplication::processEvents();
    }

private slots:
    void dropFromThePaletteNestsIntoTheVnet()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        DiagramScene* s = w->scene();
        const Element* hub = w->design().element("vnet-hub");
        // An empty corner of the hub VNet, below its subnets.
        const QPointF spot(hub->geometry.x + hub->geometry.width - 60,
                           hub->geometry.y + hub->geometry.height - 20);
        w->view()->centerOn(spot);
        std::unique_ptr<QMimeData> mime(paletteDrag(w->palette(), QStringLiteral("azure.subnet")));
        QVERIFY(mime);
        const auto before = w->design().elements().size();
        dropOnCanvas(w->view(), mime.get(), spot);
        settle();
        QCOMPARE(w->design().elements().size(), before + 1);
        const Element& added = w->design().elements().back();
        QCOMPARE(added.kind, ElementKind::AzureSubnet);
        QCOMPARE(added.parent, std::string("vnet-hub"));
        // The VNet grew to hold it, and the new subnet is selected and on the canvas.
        const Element* grown = w->design().element("vnet-hub");
        QVERIFY(grown->geometry.y + grown->geometry.height >=
                added.geometry.y + added.geometry.height);
        QVERIFY(s->item(added.id) && s->item(added.id)->isSelected());
        QCOMPARE(w->document()->undoStack()->text(w->document()->undoStack()->index() - 1),
                 QStringLiteral("Add Azure subnet"));
    }

    void impossibleDropIsRefusedWithAHint()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        const auto before = w->design();
        std::unique_ptr<QMimeData> mime(paletteDrag(w->palette(), QStringLiteral("aks.cluster")));
        // Far away from any network: an AKS cluster must go into a subnet.
        const QPointF empty(-600, -600);
        w->view()->centerOn(empty);
        QString said;
        connect(w->scene(), &DiagramScene::message, this, [&](const QString& m) { said = m; });
        dropOnCanvas(w->view(), mime.get(), empty);
        settle();
        QVERIFY(w->design() == before);
        QVERIFY2(said.contains(QStringLiteral("AKS cluster goes inside")), qPrintable(said));
        // Into a VNet but not a subnet: refused, naming the VNet.
        const QPointF onVnetHeader = centreOf(w->scene(), "vnet-hub") - QPointF(0, 0);
        const Element* hub = w->design().element("vnet-hub");
        const QPointF vnetOnly(hub->geometry.x + 8, hub->geometry.y + hub->geometry.height - 8);
        Q_UNUSED(onVnetHeader);
        dropOnCanvas(w->view(), mime.get(), vnetOnly);
        settle();
        QVERIFY(w->design() == before);
        QVERIFY2(said.contains(QStringLiteral("cannot go inside vnet-hub")), qPrintable(said));
    }

    void dragMovesAContainerWithItsChildrenAsOneCommand()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        DiagramScene* s = w->scene();
        const Design before = w->design();
        const Element* spoke = before.element("vnet-spoke");
        QVERIFY(spoke);
        // Grab the spoke VNet by its header and drag it 100 to the right.
        const QPointF grab(spoke->geometry.x + 60, spoke->geometry.y + 10);
        w->view()->centerOn(grab);
        const int steps = w->document()->undoStack()->count();
        dragOnCanvas(w->view(), grab, grab + QPointF(100, 40));
        settle();
        QCOMPARE(w->document()->undoStack()->count(), steps + 1); // one drag, one command
        const Element* moved = w->design().element("vnet-spoke");
        QCOMPARE(moved->geometry.x, spoke->geometry.x + 100);
        QCOMPARE(moved->geometry.y, spoke->geometry.y + 40);
        // The cluster inside moved with it.
        QCOMPARE(w->design().element("aks-pay")->geometry.x,
                 before.element("aks-pay")->geometry.x + 100);
        QCOMPARE(s->item("aks-pay")->pos().x(), before.element("aks-pay")->geometry.x + 100);
        w->document()->undoStack()->undo();
        QVERIFY(w->design() == before);
        QCOMPARE(s->item("aks-pay")->pos().x(), before.element("aks-pay")->geometry.x);
    }

    void dragIntoAnotherContainerReNestsAndRefusesTheImpossible()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        // The jumpbox VM moves from snet-jumpbox into the AKS node subnet.
        const QPointF from = centreOf(w->scene(), "vm-jumpbox");
        const Element* nodes = w->design().element("snet-aks");
        const QPointF into(nodes->geometry.x + nodes->geometry.width - 50,
                           nodes->geometry.y + nodes->geometry.height - 12);
        w->view()->centerOn((from + into) / 2);
        dragOnCanvas(w->view(), from, into);
        settle();
        QCOMPARE(w->design().element("vm-jumpbox")->parent, std::string("snet-aks"));
        QVERIFY(w->document()->undoStack()->undoText().startsWith(
            QStringLiteral("Move vm-jumpbox into")));
        // A subnet dropped outside every VNet is refused: nothing changes.
        const Design before = w->design();
        const QPointF subnet = centreOf(w->scene(), "snet-jumpbox") - QPointF(0, 25);
        dragOnCanvas(w->view(), subnet, QPointF(-500, -500));
        settle();
        QVERIFY(w->design() == before);
        QCOMPARE(w->scene()->item("snet-jumpbox")->pos().x(),
                 before.element("snet-jumpbox")->geometry.x); // snapped back
    }

    void connectToolAddsPeeringAndRefusesOverlap()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        DesignDocument* doc = w->document();
        // A third VNet overlapping the spoke, and a free one, dropped from the palette.
        std::unique_ptr<QMimeData> mime(paletteDrag(w->palette(), QStringLiteral("azure.vnet")));
        const QPointF a(200, 1400);
        const QPointF b(800, 1400);
        w->view()->centerOn((a + b) / 2);
        w->view()->fitDesign();
        dropOnCanvas(w->view(), mime.get(), a);
        dropOnCanvas(w->view(), mime.get(), b);
        settle();
        const auto n = w->design().elements().size();
        const std::string overlapping = w->design().elements()[n - 2].id;
        const std::string free = w->design().elements()[n - 1].id;
        auto setSpace = [&](const std::string& id, const char* cidr) {
            Element e = *w->design().element(id);
            e.properties["addressSpace"] = StringList{cidr};
            doc->push(new ChangeElementsCommand(doc, {{*w->design().element(id), e}},
                                                [] { return QStringLiteral("space"); }));
        };
        setSpace(overlapping, "10.1.0.0/24");
        setSpace(free, "10.50.0.0/16");
        settle();
        w->scene()->setTool(DiagramScene::ToolKind::Connect);
        const auto links = w->design().links().size();
        QString said;
        connect(w->scene(), &DiagramScene::message, this, [&](const QString& m) { said = m; });
        w->view()->fitDesign();
        settle();
        dragOnCanvas(w->view(), centreOf(w->scene(), overlapping) + QPointF(0, 60),
                     centreOf(w->scene(), "vnet-spoke") + QPointF(0, 140));
        settle();
        QCOMPARE(w->design().links().size(), links);
        QVERIFY2(said.contains(QStringLiteral("overlap")) &&
                     said.contains(QStringLiteral("10.1.0.0/24")),
                 qPrintable(said));
        dragOnCanvas(w->view(), centreOf(w->scene(), free) + QPointF(0, 60),
                     centreOf(w->scene(), "vnet-hub") + QPointF(0, 140));
        settle();
        QCOMPARE(w->design().links().size(), links + 1);
        const Link& added = w->design().links().back();
        QCOMPARE(added.kind, LinkKind::Peering);
        QVERIFY(w->scene()->linkItem(added.id));
    }

    void inspectorEditsPropertiesAndRefusesBadCidrs()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        w->scene()->selectIds({"aks-pay"});
        settle();
        InspectorPanel* inspector = w->inspector();
        auto* ranges = inspector->findChild<QPlainTextEdit*>(
            QStringLiteral("prop:apiServerAccessProfile.authorizedIPRanges"));
        QVERIFY(ranges);
        auto* editor = qobject_cast<ListEditor*>(ranges->parentWidget());
        QVERIFY(editor);
        const Design before = w->design();
        ranges->setPlainText(QStringLiteral("203.0.113.0/24\n10.0.0.0/33"));
        QVERIFY(!editor->isValid());
        QVERIFY2(editor->error().startsWith(QStringLiteral("Line 2:")),
                 qPrintable(editor->error()));
        editor->commit();
        QVERIFY(w->design() == before); // an invalid list is never committed
        ranges->setPlainText(QStringLiteral("198.51.100.0/24"));
        QVERIFY(editor->isValid());
        editor->commit();
        settle();
        QCOMPARE(
            w->design().element("aks-pay")->listValue("apiServerAccessProfile.authorizedIPRanges"),
            StringList{"198.51.100.0/24"});
        // The History says what changed, from what to what.
        QCOMPARE(w->document()->undoStack()->undoText(),
                 QStringLiteral("aks-pay: Authorized IP ranges (none) to 198.51.100.0/24"));
    }

    void inspectorSpeaksInWords()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        w->scene()->selectIds({"aks-pay"});
        settle();
        InspectorPanel* inspector = w->inspector();
        // The property's name in words, the API's field name under it.
        auto* label = inspector->findChild<QLabel*>(
            QStringLiteral("label:apiServerAccessProfile.authorizedIPRanges"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("Authorized IP ranges")) &&
                     label->text().contains(QStringLiteral("authorizedIPRanges")),
                 qPrintable(label->text()));
        // Enum values in words, the API's value kept as the data (and the tooltip).
        auto* identity = inspector->findChild<QComboBox*>(QStringLiteral("prop:identityType"));
        QVERIFY(identity);
        QCOMPARE(identity->currentText(), QStringLiteral("System-assigned managed identity"));
        QCOMPARE(identity->currentData().toString(), QStringLiteral("SystemAssigned"));
        // The field is as wide as its longest choice: none is cut.
        for (int i = 0; i < identity->count(); ++i)
            QVERIFY2(identity->sizeHint().width() >
                         identity->fontMetrics().horizontalAdvance(identity->itemText(i)),
                     qPrintable(identity->itemText(i)));
        auto* preset = inspector->findChild<QComboBox*>(QStringLiteral("accessPreset"));
        QVERIFY(preset);
        for (int i = 0; i < preset->count(); ++i)
            QVERIFY2(preset->sizeHint().width() >
                         preset->fontMetrics().horizontalAdvance(preset->itemText(i)),
                     qPrintable(preset->itemText(i)));
        // Shown in a window of an ordinary size, every field of the panel fits in its width:
        // no combo box reaches past the panel's right edge.
        QScrollArea* scroll = inspector->findChild<QScrollArea*>();
        QVERIFY(scroll);
        for (QComboBox* combo : inspector->findChildren<QComboBox*>()) {
            if (!combo->isVisibleTo(inspector))
                continue;
            const QRect r(combo->mapTo(scroll->viewport(), QPoint(0, 0)), combo->size());
            QVERIFY2(r.right() <= scroll->viewport()->width() &&
                         combo->width() >= combo->sizeHint().width(),
                     qPrintable(QStringLiteral("%1: %2 wide at %3, wants %4, panel %5")
                                    .arg(combo->objectName())
                                    .arg(combo->width())
                                    .arg(r.left())
                                    .arg(combo->sizeHint().width())
                                    .arg(scroll->viewport()->width())));
        }
        const int user = identity->findData(QStringLiteral("UserAssigned"));
        identity->setCurrentIndex(user);
        emit identity->activated(user);
        settle();
        QCOMPARE(w->design().element("aks-pay")->stringValue("identityType"),
                 std::string("UserAssigned"));
        QCOMPARE(w->document()->undoStack()->undoText(),
                 QStringLiteral("aks-pay: Identity System-assigned managed identity to "
                                "User-assigned managed identity"));
    }

    void accessModeEditsAreNamedByWhatChanged()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        w->scene()->selectIds({"aks-pay"});
        settle();
        auto* zone = w->inspector()->findChild<QComboBox*>(QStringLiteral("accessZone"));
        QVERIFY(zone);
        const QString from = zone->currentText();
        const int none = zone->findData(QStringLiteral("None"));
        QVERIFY(none >= 0);
        zone->setCurrentIndex(none);
        emit zone->activated(none);
        settle();
        QCOMPARE(w->document()->undoStack()->undoText(),
                 QStringLiteral("aks-pay: private DNS zone %1 to None").arg(from));
        auto* preset = w->inspector()->findChild<QComboBox*>(QStringLiteral("accessPreset"));
        QVERIFY(preset);
        preset->setCurrentIndex(0);
        emit preset->activated(0);
        settle();
        QVERIFY2(w->document()->undoStack()->undoText().startsWith(
                     QStringLiteral("aks-pay: access Private cluster to ")),
                 qPrintable(w->document()->undoStack()->undoText()));
    }

    void inspectorRefusesBidiControlsAndOverlongNames()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        w->scene()->selectIds({"aks-pay"});
        settle();
        auto* name = w->inspector()->findChild<QLineEdit*>(QStringLiteral("inspectorName"));
        auto* error = w->inspector()->findChild<QLabel*>(QStringLiteral("inspectorNameError"));
        QVERIFY(name && error);
        const Design before = w->design();
        name->setFocus();
        name->selectAll();
        // A right-to-left override would draw "exe.gnp" reversed in the canvas and exports.
        // (pasted: QTest types ASCII only)
        QTest::keyClicks(name, QStringLiteral("pay"));
        name->insert(QString(QChar(0x202E)) + QStringLiteral("exe.gnp"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("right-to-left override (U+202E)")),
                 qPrintable(error->text()));
        QTest::keyClick(name, Qt::Key_Return);
        settle();
        QVERIFY(w->design() == before); // refused, not kept
        name->setText(QString(201, QLatin1Char('x')));
        QVERIFY(error->text().contains(QStringLiteral("the limit is 200")));
        QTest::keyClick(name, Qt::Key_Return);
        settle();
        QVERIFY(w->design() == before);
        name->setText(QStringLiteral("aks-payments"));
        QVERIFY(error->isHidden());
        QTest::keyClick(name, Qt::Key_Return);
        settle();
        QCOMPARE(w->design().element("aks-pay")->name, std::string("aks-payments"));
    }

    void accessModeSwitcherAppliesPresets()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        w->scene()->selectIds({"aks-pay"});
        settle();
        AccessModeEditor* access = w->inspector()->accessModeEditor();
        QVERIFY(access);
        QComboBox* preset = access->presetCombo();
        QCOMPARE(preset->currentData().toInt(), static_cast<int>(AccessPreset::AksPrivate));
        const int publicIndex = preset->findData(static_cast<int>(AccessPreset::AksPublic));
        preset->setCurrentIndex(publicIndex);
        emit preset->activated(publicIndex);
        settle();
        const Element* aks = w->design().element("aks-pay");
        QVERIFY(!aks->boolValue("apiServerAccessProfile.enablePrivateCluster"));
        QCOMPARE(AccessMode::detect(*aks)->preset, AccessPreset::AksPublic);
        // The analysis followed: Bob at home now reaches the public endpoint.
        const Analysis& a = w->document()->analysis();
        bool bobReaches = false;
        for (const auto& p : a.paths)
            bobReaches = bobReaches || (a.clients[p.client] == "laptop-home" && p.reachable);
        QVERIFY(bobReaches);
        // The inspector shows the new mode after the rebuild.
        QCOMPARE(w->inspector()->accessModeEditor()->presetCombo()->currentData().toInt(),
                 static_cast<int>(AccessPreset::AksPublic));
    }

    void editMenuCopyPasteDuplicateDeleteAlign()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        EditController* edit = w->edits();
        const Design start = w->design();
        w->scene()->selectIds({"vnet-spoke"});
        edit->duplicate();
        settle();
        // The VNet with its subnet, cluster and node pool, and the copy is selected.
        QCOMPARE(w->design().elements().size(), start.elements().size() + 4);
        const auto copies = w->scene()->selectedElementIds();
        QCOMPARE(copies.size(), std::size_t{1});
        QVERIFY(copies.front() != "vnet-spoke");
        edit->copy();
        edit->paste();
        settle();
        QCOMPARE(w->design().elements().size(), start.elements().size() + 8);
        edit->deleteSelection();
        settle();
        QCOMPARE(w->design().elements().size(), start.elements().size() + 4);
        // Align two laptops' left edges.
        w->scene()->selectIds({"laptop-home", "ado-hosted"});
        edit->align(EditController::Align::Left);
        settle();
        QCOMPARE(w->design().element("laptop-home")->geometry.x,
                 w->design().element("ado-hosted")->geometry.x);
        // Undo everything: the exact starting design.
        while (w->document()->undoStack()->canUndo())
            w->document()->undoStack()->undo();
        QVERIFY(w->design() == start);
    }

    // A palette drag shows the card it will create, and the words under the pointer name the
    // container the canvas highlights.
    void paletteDragShowsTheCardAndNamesTheTarget()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        const QPixmap card = PaletteTree::cardPixmap(QStringLiteral("vm.jumpbox"), 1.0);
        QVERIFY(!card.isNull());
        QVERIFY(card.width() > 100 && card.height() > 40);
        QVERIFY(PaletteTree::cardPixmap(QStringLiteral("no.such"), 1.0).isNull());
        // At the canvas's zoom: half the size at 50 %.
        const QPixmap half = PaletteTree::cardPixmap(QStringLiteral("vm.jumpbox"), 1.0, 0.5);
        QVERIFY(std::abs(half.width() - card.width() / 2) <= 1);

        std::unique_ptr<QMimeData> mime(paletteDrag(w->palette(), QStringLiteral("vm.jumpbox")));
        const Element* subnet = w->design().element("snet-jumpbox");
        QVERIFY(subnet);
        const QPointF at(subnet->geometry.x + 20,
                         subnet->geometry.y + subnet->geometry.height - 12);
        w->view()->centerOn(at);
        QWidget* vp = w->view()->viewport();
        const QPoint p = w->view()->mapFromScene(at);
        QDragEnterEvent enter(p, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(vp, &enter);
        QDragMoveEvent move(p, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(vp, &move);
        HintItem* hint = nullptr;
        for (QGraphicsItem* item : w->scene()->items())
            if (item->type() == HintItem::Type)
                hint = static_cast<HintItem*>(item);
        QVERIFY(hint && hint->isVisible());
        QCOMPARE(hint->text(),
                 QStringLiteral("Place in %1").arg(QString::fromStdString(subnet->label())));
        QDropEvent drop(QPointF(p), Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(vp, &drop);
        settle();
        QVERIFY(!hint->isVisible());
    }

    void bringToFrontAndSendToBackRestack()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        QUndoStack* stack = w->document()->undoStack();
        DiagramScene* scene = w->scene();
        // Two cards of one subnet, one moved over the other.
        const QRectF pool = scene->item("pool-system")->sceneBoundingRectOfElement();
        dragOnCanvas(w->view(), pool.center(), centreOf(scene, "aks-pay") + QPointF(30, 20),
                     Qt::AltModifier);
        settle();
        const QPointF overlap = centreOf(scene, "aks-pay") + QPointF(40, 25);
        QVERIFY(scene->item("pool-system")->sceneBoundingRectOfElement().contains(overlap));
        QVERIFY(scene->item("aks-pay")->sceneBoundingRectOfElement().contains(overlap));
        auto top = [&] {
            auto* e = dynamic_cast<ElementItem*>(scene->pickAt(overlap));
            return e ? e->id() : std::string();
        };
        const std::string first = top();
        const std::string other = first == "aks-pay" ? "pool-system" : "aks-pay";
        QVERIFY(first == "aks-pay" || first == "pool-system");
        // The one beneath, to the front: one undo step, picked first, still above its subnet.
        const int steps = stack->count();
        scene->selectIds({other});
        w->actions()->action(QStringLiteral("layout.front"))->trigger();
        settle();
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Bring to front"));
        QCOMPARE(top(), other);
        QVERIFY(scene->item(other)->zValue() > scene->item(first)->zValue());
        QVERIFY(scene->item(other)->zValue() > scene->item("snet-aks")->zValue());
        // Again: already in front, nothing to undo.
        w->actions()->action(QStringLiteral("layout.front"))->trigger();
        QCOMPARE(stack->count(), steps + 1);
        // Saved and opened again, the order holds.
        const QString path = QDir::temp().filePath(QStringLiteral("kubegate-restack.kubegate"));
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QByteArray::fromStdString(DesignJson::save(w->design())));
        }
        MainWindow fresh;
        fresh.files()->setInteractive(false);
        QVERIFY(fresh.openFile(path));
        QVERIFY(fresh.scene()->item(other)->zValue() > fresh.scene()->item(first)->zValue());
        QFile::remove(path);
        // Undo puts it back beneath; Send to Back does the same by another way.
        stack->undo();
        settle();
        QCOMPARE(top(), first);
        scene->selectIds({first});
        w->actions()->action(QStringLiteral("layout.back"))->trigger();
        settle();
        QCOMPARE(stack->undoText(), QStringLiteral("Send to back"));
        QCOMPARE(top(), other);
        // A container never comes above what it holds.
        scene->selectIds({"snet-aks"});
        w->actions()->action(QStringLiteral("layout.front"))->trigger();
        settle();
        QVERIFY(scene->item("snet-aks")->zValue() < scene->item(first)->zValue());
        QVERIFY(scene->item("snet-aks")->zValue() < scene->item(other)->zValue());
    }

    void tidyRoutesLinksAroundCardsAndMovesDropThem()
    {
        // Three peered networks in a row: after Tidy the long link bends around the middle one.
        auto w = openHubSpoke();
        QVERIFY(w);
        const Design chain = kg::test::peeredChain();
        w->document()->reset(chain, QString(), false);
        settle();
        QUndoStack* stack = w->document()->undoStack();
        w->actions()->action(QStringLiteral("layout.tidy"))->trigger();
        settle();
        QVERIFY(!w->design().link("ac")->route.empty());
        LinkItem* ac = w->scene()->linkItem("ac");
        QCOMPARE(ac->polyline().size(),
                 static_cast<qsizetype>(w->design().link("ac")->route.size() + 2));
        // The drawn line passes through no card but its ends.
        const QRectF middle = w->scene()->item("vnet-b")->sceneBoundingRectOfElement();
        for (int i = 1; i < ac->polyline().size(); ++i) {
            QLineF segment(ac->polyline()[i - 1], ac->polyline()[i]);
            const QRectF inner = middle.adjusted(2, 2, -2, -2);
            for (int k = 0; k <= 20; ++k)
                QVERIFY(!inner.contains(segment.pointAt(k / 20.0)));
        }
        // One end moved alone: the route no longer fits and the line is straight; undo brings
        // the bends back.
        const int steps = stack->count();
        dragOnCanvas(w->view(), centreOf(w->scene(), "vnet-a"),
                     centreOf(w->scene(), "vnet-a") + QPointF(0, 260));
        settle();
        QCOMPARE(stack->count(), steps + 1);
        QVERIFY(w->design().link("ac")->route.empty());
        QCOMPARE(w->scene()->linkItem("ac")->polyline().size(), 2);
        stack->undo();
        settle();
        QVERIFY(!w->design().link("ac")->route.empty());
        QVERIFY(w->scene()->linkItem("ac")->polyline().size() > 2);
    }

    void tidyIsOneCommandAndTheSameEveryTime()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        QUndoStack* stack = w->document()->undoStack();
        const Design start = w->design();
        const int steps = stack->count();
        w->scene()->clearSelection();
        w->actions()->action(QStringLiteral("layout.tidy"))->trigger();
        settle();
        QCOMPARE(stack->count(), steps + 1); // one undo step for the whole layout
        const Design tidied = w->design();
        QVERIFY(!(tidied == start));
        // Cards keep their sizes; the canvas shows the new places.
        for (const auto& e : tidied.elements()) {
            if (!tidied.children(e.id).empty())
                continue;
            QCOMPARE(e.geometry.width, start.element(e.id)->geometry.width);
            QCOMPARE(w->scene()->item(e.id)->sceneBoundingRectOfElement().topLeft(),
                     QPointF(e.geometry.x, e.geometry.y));
        }
        stack->undo();
        settle();
        QVERIFY(w->design() == start);
        // Again from the same design: the same result.
        w->actions()->action(QStringLiteral("layout.tidy"))->trigger();
        settle();
        QVERIFY(w->design() == tidied);
        // A tidy design stays as it is: no new step.
        w->actions()->action(QStringLiteral("layout.tidy"))->trigger();
        settle();
        QCOMPARE(stack->count(), steps + 1);
        // The selection alone: only the hub and what it holds move.
        stack->undo();
        settle();
        w->scene()->selectIds({"vnet-hub"});
        w->actions()->action(QStringLiteral("layout.tidy"))->trigger();
        settle();
        const auto inside = start.subtree("vnet-hub");
        for (const auto& e : w->design().elements())
            if (std::find(inside.begin(), inside.end(), e.id) == inside.end() &&
                !start.isAncestor(e.id, "vnet-hub"))
                QVERIFY2(e.geometry == start.element(e.id)->geometry, e.id.c_str());
    }

    void undoAndRedoReturnTheExactDesign()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        QUndoStack* stack = w->document()->undoStack();
        const Design start = w->design();
        // A mix of edits through the real UI paths.
        std::unique_ptr<QMimeData> mime(paletteDrag(w->palette(), QStringLiteral("client.laptop")));
        w->view()->centerOn(QPointF(1200, 700));
        dropOnCanvas(w->view(), mime.get(), QPointF(1200, 700));
        settle();
        w->scene()->setFocus();
        QTest::keyClick(w->view()->viewport(), Qt::Key_Right);
        QTest::keyClick(w->view()->viewport(), Qt::Key_Right);
        QTest::keyClick(w->view()->viewport(), Qt::Key_Down);
        settle();
        w->scene()->selectIds({"vm-jumpbox"});
        w->edits()->deleteSelection();
        settle();
        const Design end = w->design();
        QVERIFY(!(end == start));
        // Three nudges merged into one step: add, nudge, delete.
        QCOMPARE(stack->count(), 3);
        while (stack->canUndo())
            stack->undo();
        QVERIFY(w->design() == start);
        while (stack->canRedo())
            stack->redo();
        QVERIFY(w->design() == end);
        // The canvas follows: the laptop's item is where the design says.
        const Element& laptop = w->design().elements().back();
        QCOMPARE(w->scene()->item(laptop.id)->pos(), QPointF(laptop.geometry.x, laptop.geometry.y));
        QVERIFY(!w->scene()->item("vm-jumpbox"));
    }

    void findingClickSelectsAndShowsTheElements()
    {
        auto w = openHubSpoke();
        QVERIFY(w);
        auto* panel = w->findingsPanel();
        QTreeWidgetItem* first = panel->topLevelItem(0);
        QVERIFY(first);
        QCOMPARE(first->text(1), QStringLiteral("AKS-050"));
        w->view()->centerOn(QPointF(-3000, -3000));
        emit panel->itemClicked(first, 0);
        settle();
        QVERIFY(w->scene()->item("aks-pay")->isSelected());
        const QRectF visible = w->view()->mapToScene(w->view()->viewport()->rect()).boundingRect();
        QVERIFY(visible.intersects(w->scene()->item("aks-pay")->sceneBoundingRectOfElement()));
    }
};

QTEST_MAIN(CanvasEditingTest)
#include "CanvasEditingTest.moc"
