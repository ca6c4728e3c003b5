// The interface language changes while Kubegate runs: a window switched from English to
// Simplified Chinese reads exactly as a window opened in Chinese, and back.
#include "ActionRegistry.h"
#include "Application.h"
#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "canvas/DiagramScene.h"
#include "document/DesignDocument.h"
#include "commands/DeleteItemsCommand.h"
#include "document/FileController.h"
#include "panels/AccessModeEditor.h"

#include <QAbstractButton>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTabBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

namespace {

// Every text a person reads in the window, in the order its objects were made: labels,
// buttons, titles, tooltips, placeholders, list rows and headers, commands and menus. Numbers
// are masked (the analysis time differs from window to window).
QStringList textsOf(QWidget* window)
{
    // Panels drawn once per burst of updates (the dashboard) draw first.
    QCoreApplication::processEvents();
    QStringList out;
    auto add = [&out](const QObject* o, const QString& what, const QString& text) {
        if (text.isEmpty())
            return;
        static const QRegularExpression digits(QStringLiteral("[0-9]+(\\.[0-9]+)?"));
        QString masked = text;
        masked.replace(digits, QStringLiteral("#"));
        out << QStringLiteral("%1 %2 %3: %4")
                   .arg(QString::fromLatin1(o->metaObject()->className()), o->objectName(), what,
                        masked);
    };
    auto addModel = [&](const QObject* o, const QAbstractItemModel* model) {
        if (!model)
            return;
        for (int c = 0; c < model->columnCount(); ++c)
            add(o, QStringLiteral("header"), model->headerData(c, Qt::Horizontal).toString());
        std::function<void(const QModelIndex&, int)> walk = [&](const QModelIndex& parent,
                                                                int depth) {
            for (int r = 0; r < model->rowCount(parent) && r < 200; ++r) {
                for (int c = 0; c < model->columnCount(parent); ++c) {
                    const QModelIndex i = model->index(r, c, parent);
                    add(o, QStringLiteral("cell"), i.data(Qt::DisplayRole).toString());
                    add(o, QStringLiteral("cell tip"), i.data(Qt::ToolTipRole).toString());
                }
                if (depth < 4)
                    walk(model->index(r, 0, parent), depth + 1);
            }
        };
        walk({}, 0);
    };
    for (const QObject* o : window->findChildren<QObject*>()) {
        if (auto* a = qobject_cast<const QAction*>(o)) {
            add(o, QStringLiteral("text"), a->text());
            add(o, QStringLiteral("tip"), a->toolTip());
            add(o, QStringLiteral("icon text"), a->iconText());
        } else if (auto* m = qobject_cast<const QMenu*>(o)) {
            add(o, QStringLiteral("title"), m->title());
        } else if (auto* d = qobject_cast<const QDockWidget*>(o)) {
            add(o, QStringLiteral("title"), d->windowTitle());
        } else if (auto* t = qobject_cast<const QToolBar*>(o)) {
            add(o, QStringLiteral("title"), t->windowTitle());
        } else if (auto* l = qobject_cast<const QLabel*>(o)) {
            add(o, QStringLiteral("text"), l->text());
        } else if (auto* b = qobject_cast<const QAbstractButton*>(o)) {
            add(o, QStringLiteral("text"), b->text());
        } else if (auto* g = qobject_cast<const QGroupBox*>(o)) {
            add(o, QStringLiteral("title"), g->title());
        } else if (auto* e = qobject_cast<const QLineEdit*>(o)) {
            add(o, QStringLiteral("placeholder"), e->placeholderText());
        } else if (auto* c = qobject_cast<const QComboBox*>(o)) {
            for (int i = 0; i < c->count(); ++i)
                add(o, QStringLiteral("item"), c->itemText(i));
        } else if (auto* tb = qobject_cast<const QTabBar*>(o)) {
            for (int i = 0; i < tb->count(); ++i)
                add(o, QStringLiteral("tab"), tb->tabText(i));
        } else if (auto* v = qobject_cast<const QAbstractItemView*>(o)) {
            addModel(o, v->model());
        } else if (auto* cv = qobject_cast<const QChartView*>(o)) {
            // A chart's words: its title, its series (the legend) and its category axes.
            const QChart* chart = cv->chart();
            add(o, QStringLiteral("chart title"), chart->title());
            for (const QAbstractSeries* series : chart->series())
                add(o, QStringLiteral("series"), series->name());
            for (const QAbstractAxis* axis : chart->axes()) {
                add(o, QStringLiteral("axis title"), axis->titleText());
                if (auto* categories =
                        qobject_cast<QBarCategoryAxis*>(const_cast<QAbstractAxis*>(axis)))
                    for (const QString& name : categories->categories())
                        add(o, QStringLiteral("category"), name);
            }
        }
        if (auto* w = qobject_cast<const QWidget*>(o)) {
            if (!qobject_cast<const QDockWidget*>(o) && !qobject_cast<const QToolBar*>(o))
                add(o, QStringLiteral("tip"), w->toolTip());
        }
    }
    return out;
}

// The first lines where two lists differ, for a readable failure (KUBEGATE_DUMP=folder writes
// both lists whole, to compare with diff).
QString difference(const QStringList& got, const QStringList& want)
{
    QStringList lines;
    const qsizetype n = std::max(got.size(), want.size());
    for (qsizetype i = 0; i < n && lines.size() < 12; ++i) {
        const QString g = i < got.size() ? got[i] : QStringLiteral("(none)");
        const QString w = i < want.size() ? want[i] : QStringLiteral("(none)");
        if (g != w)
            lines << QStringLiteral("switched: %1\n   fresh: %2").arg(g, w);
    }
    return lines.join(QLatin1Char('\n'));
}

void chooseLanguage(MainWindow* w, const QString& name)
{
    for (QAction* a : w->findChildren<QAction*>()) {
        if (a->text() == name && a->isCheckable()) {
            a->trigger();
            QApplication::processEvents();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no language action named %1").arg(name)));
}

} // namespace

class LanguageSwitchTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Application::setCatalogueDirectory(QStringLiteral(KUBEGATE_BUILD_DIR "/app"));
    }

    void cleanup() { Application::installTranslations(*qApp, QStringLiteral("en")); }

    void aSwitchedWindowReadsAsAFreshOne_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::newRow("empty") << QString();
        QTest::newRow("aks private hub and spoke")
            << QStringLiteral("aks-private-hub-spoke.kubegate");
        QTest::newRow("eks transit and VPN") << QStringLiteral("eks-private-transit-vpn.kubegate");
    }

    void aSwitchedWindowReadsAsAFreshOne()
    {
        QFETCH(QString, templateName);
        Application::installTranslations(*qApp, QStringLiteral("en"));
        auto switched = openTemplateWindow(templateName);
        QVERIFY(switched);
        const QStringList english = textsOf(switched.get());
        chooseLanguage(switched.get(), QStringLiteral("简体中文"));
        const QStringList chinese = textsOf(switched.get());
        QVERIFY(chinese != english);
        switched->hide();

        auto fresh = openTemplateWindow(templateName);
        QVERIFY(fresh);
        const QStringList want = textsOf(fresh.get());
        if (qEnvironmentVariableIsSet("KUBEGATE_DUMP")) {
            QFile a(qEnvironmentVariable("KUBEGATE_DUMP") + QStringLiteral("/switched.txt"));
            QFile b(qEnvironmentVariable("KUBEGATE_DUMP") + QStringLiteral("/fresh.txt"));
            if (a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly)) {
                a.write(chinese.join(QLatin1Char('\n')).toUtf8());
                b.write(want.join(QLatin1Char('\n')).toUtf8());
            }
        }
        QVERIFY2(chinese == want, qPrintable(difference(chinese, want)));
        // The menus read Chinese: the File menu's title is no longer English.
        for (QMenu* m : switched->findChildren<QMenu*>())
            QVERIFY2(m->title() != QStringLiteral("&File"), "the File menu stayed English");
        fresh.reset();

        // And back: the switched window reads as it did at first.
        switched->show();
        chooseLanguage(switched.get(), QStringLiteral("English"));
        const QStringList back = textsOf(switched.get());
        QVERIFY2(back == english, qPrintable(difference(back, english)));
    }

    // History names every step in the language chosen, not the one it was made in, and so do
    // the Undo and Redo commands that quote it; switching back gives the English again.
    void historyFollowsTheLanguage()
    {
        Application::installTranslations(*qApp, QStringLiteral("en"));
        auto w = openTemplateWindow(QStringLiteral("aks-private-hub-spoke.kubegate"));
        QVERIFY(w);
        DesignDocument* doc = w->document();
        doc->push(new DeleteItemsCommand(doc, {"laptop-home"}));
        AccessModeEditor::applyTo(doc, "aks-pay", AccessSettings{AccessPreset::AksPublic});
        QUndoStack* stack = doc->undoStack();
        QCOMPARE(stack->count(), 2);
        QCOMPARE(stack->text(0), QStringLiteral("Delete Bob (home)"));
        const QString englishAccess = stack->text(1);
        QVERIFY2(englishAccess.startsWith(QStringLiteral("aks-pay: access ")),
                 qPrintable(englishAccess));
        QUndoView* history = w->findChild<QUndoView*>();
        QVERIFY(history);
        auto row = [&](int i) { return history->model()->index(i, 0).data().toString(); };
        QAction* undo = w->actions()->action(QStringLiteral("edit.undo"));
        stack->undo(); // so that Redo quotes a step too

        chooseLanguage(w.get(), QStringLiteral("简体中文"));
        QCOMPARE(stack->text(0), QStringLiteral("删除 Bob (home)"));
        QVERIFY2(stack->text(1).startsWith(QStringLiteral("aks-pay：访问从")),
                 qPrintable(stack->text(1)));
        QCOMPARE(row(1), stack->text(0)); // row 0 is the opened design
        QCOMPARE(row(2), stack->text(1));
        QVERIFY2(undo->text().contains(QStringLiteral("删除 Bob (home)")),
                 qPrintable(undo->text()));
        QAction* redo = w->actions()->action(QStringLiteral("edit.redo"));
        QVERIFY2(redo->text().contains(stack->text(1)), qPrintable(redo->text()));

        chooseLanguage(w.get(), QStringLiteral("English"));
        QCOMPARE(stack->text(0), QStringLiteral("Delete Bob (home)"));
        QCOMPARE(stack->text(1), englishAccess);
        QVERIFY2(undo->text().contains(QStringLiteral("Delete Bob (home)")),
                 qPrintable(undo->text()));
    }

    // Template titles and notes come from the catalogue beside each template: the gallery
    // lists them in the interface language, and a design made from one starts in it.
    void templatesReadInTheInterfaceLanguage()
    {
        Application::installTranslations(*qApp, QStringLiteral("en"));
        const auto english = FileController::templates();
        QVERIFY(english.size() >= 17);
        Application::installTranslations(*qApp, QStringLiteral("zh_CN"));
        const auto chinese = FileController::templates();
        QCOMPARE(chinese.size(), english.size());
        auto cjk = [](const QString& text) {
            return std::any_of(text.begin(), text.end(), [](QChar c) {
                return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
            });
        };
        for (const auto& [path, title] : chinese) {
            QVERIFY2(cjk(title), qPrintable(path + QStringLiteral(": ") + title));
            QVERIFY2(cjk(FileController::templateText(path).second), qPrintable(path));
        }
        MainWindow w;
        const QString path = chinese.front().first;
        QVERIFY(w.files()->newFromTemplate(path));
        QCOMPARE(QString::fromStdString(w.document()->design().title()), chinese.front().second);
        QCOMPARE(QString::fromStdString(w.document()->design().notes()),
                 FileController::templateText(path).second);
        Application::installTranslations(*qApp, QStringLiteral("en"));
        QVERIFY(!cjk(FileController::templates().front().second));
    }
};

QTEST_MAIN(LanguageSwitchTest)
#include "LanguageSwitchTest.moc"
