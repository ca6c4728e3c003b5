// The canvas always tells the truth: after every command a person can give (drop, paste,
// duplicate, delete, move, nudge, property edit, rename, access-mode preset, connect, undo,
// redo, selection, a matrix pair, new from template, open, import), the window shows exactly what a
// fresh window opened on the saved file shows with the same selection: cards and finding badges,
// links, endpoint markers, path overlays and their step badges and callouts, the access
// matrix, the findings and the status bar's counts (tests/ui/CanvasState.h). Undoing every
// command gives the first file back byte for byte, and redoing them all the last.
//
// Random command sequences over every template and a generated estate, seeded and printed on
// failure. KUBEGATE_TRUTH_SEQUENCES sets the sequences per design (default 2) and
// KUBEGATE_TRUTH_SECONDS turns the run into a soak of that many seconds (new seeds until the
// time is up; tools/soak-canvas.sh runs it so, with QtTest's function timeout raised).
#include "CanvasState.h"
#include "EstateGenerator.h"
#include "UiTestHelpers.h"
#include "commands/AddLinkCommand.h"
#include "commands/ChangeElementsCommand.h"
#include "document/DesignDocument.h"
#include "document/EditController.h"
#include "document/FileController.h"
#include "document/PathController.h"
#include "io/DesignJson.h"
#include "model/AccessMode.h"
#include "model/KindRegistry.h"
#include "model/LinkRules.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUndoStack>
#include <fstream>
#include <random>
#include <utility>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

class Driver
{
public:
    Driver(MainWindow& w, std::uint32_t seed) : m_w(w), m_rng(seed) {}

    // True once after a command that replaced the design (its undo history starts again).
    bool takeReset() { return std::exchange(m_reset, false); }

    // One random command; returns its description for the failure message.
    QString step()
    {
        const Design& d = m_w.design();
        const int pick = static_cast<int>(m_rng() % 100);
        if (pick < 3)
            return replaceDesign();
        if (d.elements().empty() || pick < 10)
            return drop();
        if (pick < 18)
            return select();
        if (pick < 23)
            return pair();
        if (pick < 29)
            return move();
        if (pick < 33)
            return nudge();
        if (pick < 43)
            return editProperty();
        if (pick < 48)
            return rename();
        if (pick < 56)
            return preset();
        if (pick < 62)
            return connect();
        if (pick < 67)
            return duplicateOrPaste();
        if (pick < 72)
            return remove();
        if (pick < 86)
            return undo();
        return redo();
    }

private:
    template <typename T> const T& any(const std::vector<T>& list)
    {
        return list[m_rng() % list.size()];
    }
    double jitter(double range)
    {
        return (static_cast<double>(m_rng() % 2001) / 1000.0 - 1) * range;
    }
    const Element& anyElement() { return any(m_w.design().elements()); }
    QUndoStack* undoStack() { return m_w.document()->undoStack(); }

    QString drop()
    {
        std::vector<ElementKind> kinds;
        for (const KindInfo& k : KindRegistry::elementKinds())
            kinds.push_back(k.kind);
        const ElementKind kind = any(kinds);
        QPointF at(jitter(600), jitter(400));
        if (!m_w.design().elements().empty()) {
            const Element& e = anyElement();
            at = QPointF(e.geometry.x + e.geometry.width / 2 + jitter(e.geometry.width / 2),
                         e.geometry.y + e.geometry.height / 2 + jitter(e.geometry.height / 2));
        }
        m_w.scene()->placeNew(kind, at);
        return QStringLiteral("drop %1 at %2")
            .arg(QString::fromStdString(KindRegistry::info(kind).key), pointText(at));
    }

    QString select()
    {
        const std::string id = anyElement().id;
        m_w.scene()->selectIds({id});
        return QStringLiteral("select %1").arg(QString::fromStdString(id));
    }

    QString pair()
    {
        const Analysis& a = m_w.document()->analysis();
        if (a.clients.empty() || a.clusters.empty())
            return select();
        const std::string client = any(a.clients);
        const std::string cluster = any(a.clusters);
        if (!m_w.design().element(client) || !m_w.design().element(cluster))
            return select();
        // As a click in the matrix does.
        m_w.scene()->selectIds({client, cluster});
        m_w.paths()->showPair(client, cluster);
        return QStringLiteral("pair %1 %2")
            .arg(QString::fromStdString(client), QString::fromStdString(cluster));
    }

    QString move()
    {
        Element before = anyElement();
        Element after = before;
        after.geometry.x += std::round(jitter(80));
        after.geometry.y += std::round(jitter(80));
        m_w.document()->push(new ChangeElementsCommand(m_w.document(), {{before, after}},
                                                       [] { return QStringLiteral("Move"); }));
        return QStringLiteral("move %1").arg(QString::fromStdString(before.id));
    }

    QString nudge()
    {
        const std::string id = anyElement().id;
        m_w.scene()->selectIds({id});
        m_w.view()->setFocus();
        QTest::keyClick(m_w.view()->viewport(), m_rng() % 2 ? Qt::Key_Right : Qt::Key_Down);
        return QStringLiteral("nudge %1").arg(QString::fromStdString(id));
    }

    QString editProperty()
    {
        const Element& e = anyElement();
        std::vector<const PropertySpec*> editable;
        for (const PropertySpec& spec : KindRegistry::info(e.kind).properties)
            if (spec.type == PropertyType::Bool || spec.type == PropertyType::Enum)
                editable.push_back(&spec);
        if (editable.empty())
            return rename();
        const PropertySpec& spec = *any(editable);
        Element after = e;
        if (spec.type == PropertyType::Bool)
            after.properties[spec.key] = !e.boolValue(spec.key);
        else
            after.properties[spec.key] = any(spec.choices);
        if (after == e)
            return QStringLiteral("edit (no change)");
        m_w.document()->push(new ChangeElementsCommand(m_w.document(), {{e, after}},
                                                       [] { return QStringLiteral("Edit"); }));
        return QStringLiteral("edit %1 %2")
            .arg(QString::fromStdString(e.id), QString::fromStdString(spec.key));
    }

    QString rename()
    {
        const Element& e = anyElement();
        Element after = e;
        after.name = e.label().substr(0, 40) + " " + std::to_string(m_rng() % 100);
        m_w.document()->push(new ChangeElementsCommand(m_w.document(), {{e, after}},
                                                       [] { return QStringLiteral("Rename"); }));
        return QStringLiteral("rename %1").arg(QString::fromStdString(e.id));
    }

    QString preset()
    {
        std::vector<const Element*> clusters;
        for (const auto& e : m_w.design().elements())
            if (!AccessMode::presetsFor(e.kind).empty())
                clusters.push_back(&e);
        if (clusters.empty())
            return drop();
        const Element& c = *any(clusters);
        AccessSettings s;
        s.preset = any(AccessMode::presetsFor(c.kind));
        s.privateDnsZone = m_rng() % 3 == 0 ? "None" : "System";
        s.publicFqdn = m_rng() % 2 == 0;
        const Element after = AccessMode::apply(c, s);
        if (after == c)
            return QStringLiteral("preset (no change)");
        m_w.document()->push(new ChangeElementsCommand(m_w.document(), {{c, after}},
                                                       [] { return QStringLiteral("Preset"); }));
        return QStringLiteral("preset %1 %2")
            .arg(QString::fromStdString(c.id), QString::fromStdString(AccessMode::key(s.preset)));
    }

    QString connect()
    {
        const Design& d = m_w.design();
        for (int attempt = 0; attempt < 20; ++attempt) {
            const std::string from = anyElement().id;
            const std::string to = anyElement().id;
            if (from == to)
                continue;
            for (LinkKind kind : LinkRules::kindsBetween(d, from, to)) {
                if (!LinkRules::check(d, kind, from, to).ok())
                    continue;
                Link link;
                link.id = d.uniqueId("link");
                link.kind = kind;
                link.from = from;
                link.to = to;
                m_w.document()->push(new AddLinkCommand(m_w.document(), link));
                return QStringLiteral("connect %1 %2")
                    .arg(QString::fromStdString(from), QString::fromStdString(to));
            }
        }
        return QStringLiteral("connect (none possible)");
    }

    QString duplicateOrPaste()
    {
        const std::string id = anyElement().id;
        m_w.scene()->selectIds({id});
        if (m_rng() % 2) {
            m_w.edits()->duplicate();
            return QStringLiteral("duplicate %1").arg(QString::fromStdString(id));
        }
        m_w.edits()->copy();
        m_w.edits()->paste();
        return QStringLiteral("copy and paste %1").arg(QString::fromStdString(id));
    }

    QString remove()
    {
        const Design& d = m_w.design();
        std::string id;
        if (!d.links().empty() && m_rng() % 3 == 0)
            id = any(d.links()).id;
        else
            id = anyElement().id;
        m_w.scene()->selectIds({id});
        m_w.edits()->deleteSelection();
        return QStringLiteral("delete %1").arg(QString::fromStdString(id));
    }

    // New from template, open a template's file, or import cloud tool output: the design is
    // replaced (unsaved changes discarded, as the prompt's Discard does).
    QString replaceDesign()
    {
        m_w.files()->setPromptAnswer(FileController::PromptAnswer::Discard);
        m_reset = true;
        const auto templates = FileController::templates();
        const QString path = templates[static_cast<qsizetype>(m_rng() % templates.size())].first;
        switch (m_rng() % 3) {
        case 0:
            m_w.files()->newFromTemplate(path);
            return QStringLiteral("new from template %1").arg(path);
        case 1: {
            const QString file = QStringLiteral(KUBEGATE_SOURCE_DIR "/resources/templates/") +
                                 QFileInfo(path).fileName();
            m_w.files()->openFile(file);
            return QStringLiteral("open %1").arg(file);
        }
        default: {
            const char* samples[] = {"aks-private-system.json", "eks-public-private.json",
                                     "terraform-aks-v4.json", "aks-vnet-integration.json"};
            const QString file = QStringLiteral(KUBEGATE_SOURCE_DIR "/tests/data/import/") +
                                 QLatin1String(samples[m_rng() % 4]);
            m_w.files()->importFiles({file});
            return QStringLiteral("import %1").arg(file);
        }
        }
    }

    QString undo()
    {
        undoStack()->undo();
        return QStringLiteral("undo");
    }

    QString redo()
    {
        undoStack()->redo();
        return QStringLiteral("redo");
    }

    MainWindow& m_w;
    std::mt19937 m_rng;
    bool m_reset = false;
};

// What a fresh window shows for the design `w` holds, saved and opened, with the same
// selection and matrix pair.
QStringList freshDescription(MainWindow& w, const QString& path)
{
    {
        std::ofstream out(path.toStdString(), std::ios::binary);
        out << DesignJson::save(w.design());
    }
    MainWindow fresh;
    fresh.files()->setInteractive(false);
    if (!fresh.openFile(path))
        return {QStringLiteral("the saved file does not open")};
    settle();
    fresh.scene()->selectIds(w.scene()->selectedIds());
    if (!w.paths()->client().empty())
        fresh.paths()->showPair(w.paths()->client(), w.paths()->cluster());
    settle();
    return describeCanvas(fresh);
}

QStringList designs()
{
    QStringList out;
    for (const auto& [path, title] : FileController::templates())
        out << path;
    return out;
}

} // namespace

class CanvasTruthTest : public QObject
{
    Q_OBJECT

private:
    // Runs one sequence on a design; false (with a test failure) at the first difference.
    bool sequence(const std::function<void(MainWindow&)>& open, const QString& name,
                  std::uint32_t seed, int steps, const QString& savePath)
    {
        MainWindow w;
        w.files()->setInteractive(false);
        open(w);
        w.view()->actualSize();
        settle();
        std::string first = DesignJson::save(w.design());
        Driver driver(w, seed);
        QStringList done;
        // Records a failure naming the design, the seed and the commands so far.
        auto fail = [&](const QString& what, const QString& detail = {}) {
            QTest::qFail(qPrintable(QStringLiteral("%1, seed %2: %3 after: %4%5")
                                        .arg(name)
                                        .arg(seed)
                                        .arg(what, done.join(QStringLiteral("; ")), detail)),
                         __FILE__, __LINE__);
            return false;
        };
        auto sameAsFresh = [&](const QString& when) {
            const QStringList now = describeCanvas(w);
            const QStringList fresh = freshDescription(w, savePath);
            return now == fresh || fail(when, difference(now, fresh));
        };
        for (int i = 0; i < steps; ++i) {
            done << driver.step();
            settle();
            if (driver.takeReset())
                first = DesignJson::save(w.design()); // a new history starts here
            if (!sameAsFresh(QStringLiteral("the window differs from a fresh one")))
                return false;
        }
        // Undo everything: the first file, byte for byte; redo everything: the last (with
        // whatever the sequence left undone redone first).
        QUndoStack* stack = w.document()->undoStack();
        while (stack->canRedo())
            stack->redo();
        settle();
        const std::string last = DesignJson::save(w.design());
        while (stack->canUndo())
            stack->undo();
        settle();
        if (DesignJson::save(w.design()) != first)
            return fail(QStringLiteral("undo-all is not the first file"));
        while (stack->canRedo())
            stack->redo();
        settle();
        if (DesignJson::save(w.design()) != last) {
            if (qEnvironmentVariableIsSet("KUBEGATE_TRUTH_DUMP")) {
                std::ofstream(qPrintable(savePath + QStringLiteral(".expected"))) << last;
                std::ofstream(qPrintable(savePath + QStringLiteral(".actual")))
                    << DesignJson::save(w.design());
                qInfo("files left in %s", qPrintable(savePath));
            }
            return fail(QStringLiteral("redo-all is not the last file"));
        }
        return sameAsFresh(QStringLiteral("after redo-all, the window differs from a fresh one"));
    }

private slots:
    void everyCommandLeavesTheCanvasTrue()
    {
        QTemporaryDir dir;
        dir.setAutoRemove(!qEnvironmentVariableIsSet("KUBEGATE_TRUTH_DUMP"));
        const QString save = dir.filePath(QStringLiteral("state.kubegate"));
        const int perDesign = qEnvironmentVariableIsSet("KUBEGATE_TRUTH_SEQUENCES")
                                  ? qEnvironmentVariableIntValue("KUBEGATE_TRUTH_SEQUENCES")
                                  : 2;
        const int seconds = qEnvironmentVariableIntValue("KUBEGATE_TRUTH_SECONDS");
        QElapsedTimer clock;
        clock.start();
        std::uint32_t seed =
            static_cast<std::uint32_t>(qEnvironmentVariableIntValue("KUBEGATE_TRUTH_SEED"));
        int sequences = 0;
        do {
            for (const QString& path : designs())
                for (int i = 0; i < perDesign; ++i, ++seed, ++sequences)
                    if (!sequence([&](MainWindow& w) { QVERIFY(w.files()->newFromTemplate(path)); },
                                  QFileInfo(path).fileName(), seed, 12, save))
                        return;
            // A generated estate: a hub and spokes of both clouds.
            const Design estate = bench::generateEstate(120);
            for (int i = 0; i < perDesign; ++i, ++seed, ++sequences)
                if (!sequence([&](MainWindow& w) { w.document()->reset(estate, QString(), false); },
                              QStringLiteral("estate"), seed, 12, save))
                    return;
        } while (clock.elapsed() < seconds * 1000LL);
        qInfo("%d sequences in %lld s", sequences, clock.elapsed() / 1000);
    }
};

QTEST_MAIN(CanvasTruthTest)
#include "CanvasTruthTest.moc"
