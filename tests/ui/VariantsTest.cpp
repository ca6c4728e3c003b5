// Variants in the window: shown from the switcher, edited like the base, kept apart from it and
// from each other, undone in the variant they were made in, saved and opened again.
#include "ActionRegistry.h"
#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "analysis/AnalysisSummary.h"
#include "canvas/ElementItem.h"
#include "commands/ChangeElementsCommand.h"
#include "document/ComparisonController.h"
#include "document/DesignDocument.h"
#include "document/FileController.h"
#include "document/VariantController.h"
#include "io/DesignJson.h"
#include "model/AccessMode.h"
#include "panels/AccessMatrixPanel.h"

#include <QAction>
#include <QComboBox>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

namespace {

const std::string kPrivate = "apiServerAccessProfile.enablePrivateCluster";

// Sets one property of an element through the undo stack, as the inspector does.
void setClusterProperty(DesignDocument* doc, const std::string& id, const std::string& key,
                        PropertyValue value)
{
    const Element before = *doc->design().element(id);
    Element after = before;
    after.properties[key] = std::move(value);
    doc->push(
        new ChangeElementsCommand(doc, {{before, after}}, [] { return QStringLiteral("Change"); }));
}

} // namespace

class VariantsTest : public QObject
{
    Q_OBJECT

private slots:
    void aVariantIsEditedApartFromTheBase()
    {
        auto w = openTemplateWindow("aks-public.kubegate");
        QVERIFY(w);
        DesignDocument* doc = w->document();
        VariantController* variants = w->variants();
        auto* switcher = w->findChild<QComboBox*>(QStringLiteral("variantSwitcher"));
        QVERIFY(switcher);
        QCOMPARE(switcher->count(), 1);
        QVERIFY(!switcher->isEnabled());

        QVERIFY(variants->newVariant(QStringLiteral("Private cluster")));
        QCOMPARE(doc->shownVariant(), 0);
        QCOMPARE(switcher->count(), 2);
        QCOMPARE(switcher->currentText(), QStringLiteral("Private cluster"));
        QVERIFY(w->windowTitle().contains(QStringLiteral("[Private cluster]")));
        setClusterProperty(doc, "aks-web", kPrivate, true);
        QApplication::processEvents();
        QVERIFY(doc->design().element("aks-web")->boolValue(kPrivate));
        const int reachableInVariant = AnalysisSummary::of(doc->analysis()).pairs.reachable;

        // The base is as it was, and the analysis follows what is shown.
        switcher->activated(0);
        QCOMPARE(doc->shownVariant(), -1);
        QVERIFY(!doc->design().element("aks-web")->boolValue(kPrivate));
        QVERIFY(AnalysisSummary::of(doc->analysis()).pairs.reachable > reachableInVariant);
        // Showing another variant is not an edit: the two steps are the variant and its flag.
        QCOMPARE(doc->undoStack()->count(), 2);

        // An edit to the base reaches the variant.
        const Element laptop = *doc->design().element("laptop-home");
        Element renamed = laptop;
        renamed.name = "Bob at home";
        doc->push(new ChangeElementsCommand(doc, {{laptop, renamed}},
                                            [] { return QStringLiteral("Rename"); }));
        w->actions()->action(QStringLiteral("variant.next"))->trigger();
        QCOMPARE(doc->shownVariant(), 0);
        QCOMPARE(doc->design().element("laptop-home")->name, std::string("Bob at home"));
        QVERIFY(doc->design().element("aks-web")->boolValue(kPrivate));

        // Undo returns to the variant each step was made in: the rename (base), then the
        // private flag (variant), then the variant itself.
        doc->undoStack()->undo();
        QCOMPARE(doc->shownVariant(), -1);
        QCOMPARE(doc->design().element("laptop-home")->name, laptop.name);
        w->actions()->action(QStringLiteral("variant.previous"))->trigger();
        QCOMPARE(doc->shownVariant(), 0);
        doc->undoStack()->undo();
        QCOMPARE(doc->shownVariant(), 0);
        QVERIFY(!doc->design().element("aks-web")->boolValue(kPrivate));
        doc->undoStack()->undo();
        QCOMPARE(doc->shownVariant(), -1);
        QVERIFY(doc->variants().empty());
        QCOMPARE(switcher->count(), 1);
        // And redo all of it.
        while (doc->undoStack()->canRedo())
            doc->undoStack()->redo();
        QCOMPARE(doc->shownVariant(), -1);
        QCOMPARE(doc->design().element("laptop-home")->name, std::string("Bob at home"));
        QCOMPARE(doc->variants().size(), std::size_t(1));
        doc->showVariant(0);
        QVERIFY(doc->design().element("aks-web")->boolValue(kPrivate));
    }

    void namesAreCheckedAndVariantsSaved()
    {
        auto w = openTemplateWindow("aks-public.kubegate");
        QVERIFY(w);
        DesignDocument* doc = w->document();
        VariantController* variants = w->variants();
        QString why;
        QVERIFY(!variants->newVariant(QStringLiteral("   "), &why));
        QVERIFY(why.contains(QStringLiteral("needs a name")));
        QVERIFY(!variants->newVariant(QStringLiteral("two\nlines"), &why));
        QVERIFY(variants->newVariant(QStringLiteral("Private")));
        setClusterProperty(doc, "aks-web", kPrivate, true);
        QVERIFY(!variants->newVariant(QStringLiteral("Private"), &why));
        QVERIFY(why.contains(QStringLiteral("already")));
        // A new variant starts as a copy of what is shown.
        QVERIFY(variants->newVariant(QStringLiteral("Private, renamed later")));
        QVERIFY(doc->design().element("aks-web")->boolValue(kPrivate));
        QVERIFY(variants->renameVariant(QStringLiteral("Private without a laptop")));
        QVERIFY(!variants->renameVariant(QStringLiteral("Private"), &why));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("variants.kubegate"));
        QString error;
        QVERIFY2(doc->saveAs(path, &error), qPrintable(error));
        QCOMPARE(doc->shownVariant(), 1); // saving does not change what is shown
        LoadResult loaded = DesignJson::loadFile(path.toStdString());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.design->variants().size(), std::size_t(2));
        QCOMPARE(loaded.design->variants()[1].name, std::string("Private without a laptop"));
        QVERIFY2(!loaded.design->element("aks-web")->boolValue(kPrivate), "the base is saved");
        QVERIFY(loaded.design->variants()[1]
                    .applyTo(*loaded.design)
                    .element("aks-web")
                    ->boolValue(kPrivate));

        // Delete shows the base; undo brings the variant back with its changes.
        variants->deleteVariant();
        QCOMPARE(doc->shownVariant(), -1);
        QCOMPARE(doc->variants().size(), std::size_t(1));
        doc->undoStack()->undo();
        QCOMPARE(doc->shownVariant(), 1);
        QVERIFY(doc->design().element("aks-web")->boolValue(kPrivate));

        // Opened again, the file shows the base with both variants to choose from.
        QVERIFY(w->openFile(path));
        QCOMPARE(doc->shownVariant(), -1);
        auto* switcher = w->findChild<QComboBox*>(QStringLiteral("variantSwitcher"));
        QCOMPARE(switcher->count(), 3);
        QVERIFY(!doc->isModified());
    }

    // Compare With and What If: the bar, a tag on each card whose paths differ, the matrix's
    // cells marked; Apply makes a what-if real in one undo step.
    void comparisonsMarkTheCanvasAndTheMatrix()
    {
        auto w = openTemplateWindow("aks-public.kubegate");
        QVERIFY(w);
        DesignDocument* doc = w->document();
        ComparisonController* comparison = w->comparison();
        auto* bar = w->findChild<QWidget*>(QStringLiteral("comparisonBar"));
        QVERIFY(bar && !bar->isVisible());
        QVERIFY(w->variants()->newVariant(QStringLiteral("Private")));
        setClusterProperty(doc, "aks-web", kPrivate, true);
        QApplication::processEvents();

        // What is shown (the private variant) against the base: the laptop's path is lost.
        comparison->compareWith(-1);
        QVERIFY(comparison->active());
        QVERIFY(bar->isVisible());
        QVERIFY(!comparison->diff()->lost.empty());
        QVERIFY(comparison->summary().contains(QStringLiteral("AKS-021")));
        QCOMPARE(comparison->pairChange("laptop-home", "aks-web"), -1);
        QVERIFY(!w->scene()->item("laptop-home")->comparisonRect().isEmpty());
        QVERIFY(!w->scene()->item("aks-web")->comparisonRect().isEmpty());
        QVERIFY(w->scene()->item("vnet-app")->comparisonRect().isEmpty());
        auto cellOf = [&](const QString& row) -> QTableWidgetItem* {
            QTableWidget* m = w->matrix();
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->verticalHeaderItem(r)->text() == row)
                    return m->item(r, 0);
            return nullptr;
        };
        QTableWidgetItem* cell = cellOf(QStringLiteral("Bob (home)"));
        QVERIFY(cell);
        QVERIFY2(cell->text().startsWith(QStringLiteral("▼")), qPrintable(cell->text()));
        QVERIFY(cell->toolTip().contains(QStringLiteral("public")));
        // The comparison follows edits: the laptop deleted, its tag and cell go.
        w->scene()->selectIds({"laptop-home"});
        w->actions()->action(QStringLiteral("edit.delete"))->trigger();
        QTRY_VERIFY(!cellOf(QStringLiteral("Bob (home)")));
        // Still lost: the base has the laptop and the variant now has no path for it at all.
        QCOMPARE(comparison->pairChange("laptop-home", "aks-web"), -1);
        doc->undoStack()->undo();
        comparison->clear();
        QVERIFY(!bar->isVisible());
        QVERIFY(w->scene()->item("laptop-home")->comparisonRect().isEmpty());
        QVERIFY(!cellOf(QStringLiteral("Bob (home)"))->text().startsWith(QStringLiteral("▼")));

        // A what-if on the base: nothing changes until Apply, which is one undo step.
        doc->showVariant(-1);
        const int steps = doc->undoStack()->index();
        AccessSettings priv;
        priv.preset = AccessPreset::AksPrivate;
        comparison->whatIf("aks-web", priv);
        QVERIFY(comparison->isWhatIf());
        QCOMPARE(comparison->pairChange("laptop-home", "aks-web"), -1);
        QVERIFY(!doc->design().element("aks-web")->boolValue(kPrivate));
        QCOMPARE(doc->undoStack()->index(), steps);
        comparison->apply();
        QVERIFY(!comparison->active());
        QVERIFY(doc->design().element("aks-web")->boolValue(kPrivate));
        QCOMPARE(doc->undoStack()->index(), steps + 1);
        doc->undoStack()->undo();
        QVERIFY(!doc->design().element("aks-web")->boolValue(kPrivate));
        // Switching to the mode the cluster has changes nothing.
        AccessSettings same = AccessMode::detect(*doc->design().element("aks-web")).value();
        comparison->whatIf("aks-web", same);
        QVERIFY(comparison->summary().contains(QStringLiteral("Nothing would change")));
    }

    // Create AKS Equivalent: a new variant shown at once, the other cloud's kinds, the notes
    // kept in the variant; one undo step. Nothing of the source cloud: refused, said why.
    void equivalentsAreVariants()
    {
        auto w = openTemplateWindow("eks-private-transit-vpn.kubegate");
        QVERIFY(w);
        DesignDocument* doc = w->document();
        QString why;
        QVERIFY(!w->variants()->createEquivalent(false, &why));
        QVERIFY(why.contains(QStringLiteral("no Azure element")));
        QVERIFY(w->variants()->createEquivalent(true));
        QCOMPARE(doc->shownVariant(), 0);
        QCOMPARE(doc->variants()[0].name, std::string("AKS equivalent"));
        QCOMPARE(doc->design().element("eks-prod")->kind, ElementKind::AksCluster);
        QCOMPARE(doc->design().element("vpc-prod")->kind, ElementKind::AzureVnet);
        QVERIFY(doc->fileDesign().variants()[0].notes.find("transit gateway") != std::string::npos);
        // The base is untouched; from the variant, its own EKS equivalent.
        QCOMPARE(doc->variantDesign(-1).element("eks-prod")->kind, ElementKind::EksCluster);
        QVERIFY(w->variants()->createEquivalent(false));
        QCOMPARE(doc->variants()[1].name, std::string("EKS equivalent of AKS equivalent"));
        QCOMPARE(doc->design().element("eks-prod")->kind, ElementKind::EksCluster);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QVERIFY(doc->variants().empty());
        QCOMPARE(doc->shownVariant(), -1);
    }
};

QTEST_MAIN(VariantsTest)
#include "VariantsTest.moc"
