#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "document/Autosaver.h"
#include "document/DesignDocument.h"
#include "document/FileController.h"
#include "io/DesignJson.h"

#include <QLockFile>
#include <QProcess>
#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUndoStack>
#include <csignal>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::unique_ptr<MainWindow> quietWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->files()->setInteractive(false);
    return w;
}

// What the crashing child does: start from a template (or open a file), add a laptop,
// autosave, then die by SIGKILL as a crash or `kill -9` would end it, leaving its autosave
// behind.
int crashChild(const QString& autosaveDir, const QString& templatePath, bool open = false)
{
    Autosaver::setDirectory(autosaveDir);
    auto w = quietWindow();
    if (open ? !w->openFile(templatePath) : !w->files()->newFromTemplate(templatePath))
        return 3;
    w->view()->actualSize();
    if (!w->scene()->placeNew(ElementKind::Laptop, QPointF(-400, -400)))
        return 4;
    if (!w->files()->autosaver()->saveNow())
        return 5;
    std::raise(SIGKILL);
    return 6;
}

} // namespace

// Files as a person uses them: save and reopen, the modified mark, the unsaved-changes prompt,
// recent files, bad files, and recovering autosaved work after the program was killed.
class FilesTest : public QObject
{
    Q_OBJECT

private slots:
    void saveAndReopenGiveTheSameFile()
    {
        QTemporaryDir dir;
        auto w = quietWindow();
        const QString templ = source("resources/templates/aks-private-hub-spoke.kubegate");
        QVERIFY(w->openFile(templ));
        const QString path = dir.filePath(QStringLiteral("copy.kubegate"));
        QString error;
        QVERIFY2(w->document()->saveAs(path, &error), qPrintable(error));
        // Templates are stored canonically, so the saved file is byte for byte the template.
        QCOMPARE(readAll(path), readAll(templ));
        const Design saved = w->design();
        auto again = quietWindow();
        QVERIFY(again->openFile(path));
        QVERIFY(again->design() == saved);
        QVERIFY(again->document()->saveAs(path, &error));
        QCOMPARE(readAll(path), readAll(templ));
        // No temporary files left next to it (QSaveFile renames into place).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void titleShowsNameAndModifiedMark()
    {
        QTemporaryDir dir;
        auto w = quietWindow();
        QVERIFY(w->openFile(source("resources/templates/eks-public-private.kubegate")));
        QVERIFY(w->windowTitle().startsWith(QStringLiteral("eks-public-private.kubegate")));
        QVERIFY(!w->isWindowModified());
        w->scene()->placeNew(ElementKind::Laptop, QPointF(-500, -500));
        QVERIFY(w->isWindowModified());
        w->document()->undoStack()->undo();
        QVERIFY(!w->isWindowModified()); // back at the saved state
        w->document()->undoStack()->redo();
        QVERIFY(w->isWindowModified());
        QString error;
        QVERIFY(w->document()->saveAs(dir.filePath(QStringLiteral("x.kubegate")), &error));
        QVERIFY(!w->isWindowModified());
        QVERIFY(w->windowTitle().startsWith(QStringLiteral("x.kubegate")));
    }

    void unsavedChangesPromptCanCancelSaveOrDiscard()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.kubegate"));
        QVERIFY(QFile::copy(source("resources/templates/eks-public-private.kubegate"), path));
        auto w = quietWindow();
        QVERIFY(w->openFile(path));
        w->scene()->placeNew(ElementKind::Laptop, QPointF(-500, -500));
        const Design edited = w->design();
        w->files()->setPromptAnswer(FileController::PromptAnswer::Cancel);
        w->files()->newDesign();
        QVERIFY(w->design() == edited); // cancelled: nothing lost
        w->files()->setPromptAnswer(FileController::PromptAnswer::Save);
        w->files()->newDesign();
        QVERIFY(w->design().elements().empty());
        LoadResult reread = DesignJson::loadFile(path.toStdString());
        QVERIFY(reread.ok());
        // Saved before the new design replaced it (files store elements sorted by id, so the
        // designs compare in their saved form).
        QCOMPARE(DesignJson::save(*reread.design), DesignJson::save(edited));
        QVERIFY(w->openFile(path));
        w->scene()->placeNew(ElementKind::Laptop, QPointF(-900, -900));
        w->files()->setPromptAnswer(FileController::PromptAnswer::Discard);
        w->files()->newDesign();
        QCOMPARE(DesignJson::save(*DesignJson::loadFile(path.toStdString()).design),
                 DesignJson::save(edited));
    }

    void recentFilesRememberWhatWasOpened()
    {
        QSettings().remove(QStringLiteral("recentFiles"));
        auto w = quietWindow();
        const QString a = source("resources/templates/eks-public-private.kubegate");
        const QString b = source("resources/templates/aks-private-hub-spoke.kubegate");
        QVERIFY(w->openFile(a));
        QVERIFY(w->openFile(b));
        QVERIFY(w->openFile(a));
        QCOMPARE(w->files()->recentFiles(),
                 (QStringList{QFileInfo(a).absoluteFilePath(), QFileInfo(b).absoluteFilePath()}));
        w->files()->clearRecentFiles();
        QVERIFY(w->files()->recentFiles().isEmpty());
    }

    void templatesAreOfferedAndOpenUntitled()
    {
        const auto templates = FileController::templates();
        QVERIFY(templates.size() >= 2);
        auto w = quietWindow();
        QVERIFY(w->files()->newFromTemplate(templates.front().first));
        QVERIFY(!w->design().elements().empty());
        QVERIFY(w->filePath().isEmpty()); // saving asks for a name: the template stays as it is
    }

    void badFilesKeepTheDesignAndSayWhereAndWhat()
    {
        auto w = quietWindow();
        QVERIFY(w->openFile(source("resources/templates/eks-public-private.kubegate")));
        const Design before = w->design();
        for (const char* bad :
             {"tests/data/bad/unknown-kind.kubegate", "tests/data/bad/truncated.kubegate",
              "tests/data/bad/newer-version.kubegate"}) {
            const QString path = source(bad);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QVERIFY(!w->openFile(path));
            QVERIFY(w->design() == before);
            QVERIFY2(w->files()->lastError().contains(QFileInfo(path).fileName()),
                     qPrintable(w->files()->lastError()));
        }
        QVERIFY(!w->openFile(QStringLiteral("/nonexistent/nothing.kubegate")));
        QVERIFY(w->design() == before);
    }

    void droppingAFileOnTheWindowOpensIt()
    {
        auto w = quietWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QMimeData mime;
        const QString path = source("resources/templates/eks-public-private.kubegate");
        mime.setUrls({QUrl::fromLocalFile(path)});
        dropOnCanvas(w->view(), &mime, QPointF(0, 0));
        QVERIFY(w->filePath().endsWith(QStringLiteral("eks-public-private.kubegate")));
    }

    void importMakesANewModifiedUntitledDesign()
    {
        auto w = quietWindow();
        QVERIFY(w->openFile(source("resources/templates/eks-public-private.kubegate")));
        QVERIFY(w->files()->importFiles({source("tests/data/import/aks-private-system.json"),
                                         source("tests/data/import/terraform-eks.json")}));
        QVERIFY(w->filePath().isEmpty());
        QVERIFY(w->document()->isModified());
        int clusters = 0;
        for (const auto& e : w->design().elements())
            clusters += e.kind == ElementKind::AksCluster || e.kind == ElementKind::EksCluster;
        QCOMPARE(clusters, 2);
        QVERIFY(w->design().notes().find("AKS-110") == std::string::npos);
        QVERIFY(w->design().notes().find("EKS-044") != std::string::npos);
        // Undo has nothing to take back: the import is where the history starts.
        QVERIFY(!w->document()->undoStack()->canUndo());
    }

    void badImportKeepsTheDesignAndSaysWhereAndWhat()
    {
        auto w = quietWindow();
        QVERIFY(w->openFile(source("resources/templates/aks-public.kubegate")));
        const Design before = w->design();
        QVERIFY(!w->files()->importFiles({source("tests/data/import/aks-public.json"),
                                          source("tests/data/import/bad/bad-cidr.json")}));
        QVERIFY(w->design() == before);
        QVERIFY(!w->document()->isModified());
        const QString error = w->files()->lastError();
        QVERIFY2(error.contains(QStringLiteral("bad-cidr.json: at "
                                               "/cluster/resourcesVpcConfig/publicAccessCidrs/1")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("The current design is unchanged")),
                 qPrintable(error));
    }

    void openingCloudToolOutputImportsIt()
    {
        auto w = quietWindow(); // a person is asked first; the quiet window says yes
        QVERIFY(w->openFile(source("tests/data/import/aks-private-system.json")));
        QVERIFY(w->design().element("aks-pay") != nullptr);
        QVERIFY(w->filePath().isEmpty());
        QVERIFY(w->document()->isModified());
    }

    void droppingJsonOnTheWindowImportsIt()
    {
        auto w = quietWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(source("tests/data/import/eks-public-private.json"))});
        dropOnCanvas(w->view(), &mime, QPointF(0, 0));
        QVERIFY(w->design().element("payments") != nullptr);
        QVERIFY(w->filePath().isEmpty());
    }

    void autosaveIsRecoveredAfterTheProcessIsKilled()
    {
        QTemporaryDir dir;
        const QString templ = source("resources/templates/aks-private-hub-spoke.kubegate");
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--crash-child"), dir.path(), templ});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        Autosaver::setDirectory(dir.path());
        const auto pending = Autosaver::pendingRecoveries();
        QCOMPARE(pending.size(), 1);
        auto w = quietWindow();
        QVERIFY(w->files()->offerRecovery());
        // The template's elements plus the laptop the child added, marked unsaved.
        LoadResult original = DesignJson::loadFile(templ.toStdString());
        QCOMPARE(w->design().elements().size(), original.design->elements().size() + 1);
        const Element* added = nullptr;
        for (const auto& e : w->design().elements())
            if (!original.design->element(e.id))
                added = &e;
        QVERIFY(added);
        QCOMPARE(added->kind, ElementKind::Laptop);
        QCOMPARE(added->geometry.x, -500.0); // centred at -400, width 180, snapped to 20
        QVERIFY(w->document()->isModified());
        QVERIFY(w->isWindowModified());
        // The dead session's files are gone; only this session's own autosave remains.
        QVERIFY(Autosaver::pendingRecoveries().isEmpty());
        Autosaver::setDirectory({});
    }

    void startingOnAFileWithRecoveredWorkOfItKeepsTheWork()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("design.kubegate"));
        QVERIFY(QFile::copy(source("resources/templates/eks-public-private.kubegate"), file));
        const QByteArray before = [&] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--crash-child-open"), dir.filePath(QStringLiteral("auto")), file});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // `kubegate design.kubegate` after the crash: the work is recovered, modified, and the
        // file is neither opened over it nor written (quiet windows answer Save to prompts).
        Autosaver::setDirectory(dir.filePath(QStringLiteral("auto")));
        auto w = quietWindow();
        w->files()->setPromptAnswer(FileController::PromptAnswer::Save);
        w->files()->start(file);
        QVERIFY(w->document()->isModified());
        QCOMPARE(QFileInfo(w->filePath()).canonicalFilePath(), QFileInfo(file).canonicalFilePath());
        LoadResult original = DesignJson::loadFile(file.toStdString());
        QCOMPARE(w->design().elements().size(), original.design->elements().size() + 1);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        Autosaver::setDirectory({});
    }

    void locksOfDeadSessionsWithoutAutosaveAreSweptAtStart()
    {
        QTemporaryDir dir;
        Autosaver::setDirectory(dir.path());
        // A session killed before its first autosave: its lock names a process that is gone.
        {
            QFile dead(dir.filePath(QStringLiteral("dead-session.lock")));
            QVERIFY(dead.open(QIODevice::WriteOnly));
            dead.write("4194303\nFilesTest\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        }
        // A running session's lock stays.
        QLockFile alive(dir.filePath(QStringLiteral("alive-session.lock")));
        QVERIFY(alive.tryLock(0));
        QVERIFY(Autosaver::pendingRecoveries().isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("dead-session.lock"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("alive-session.lock"))));
        alive.unlock();
        Autosaver::setDirectory({});
    }

    void autosaveWritesOnlyWhileModifiedAndIsRemovedOnSave()
    {
        QTemporaryDir dir;
        Autosaver::setDirectory(dir.path());
        auto w = quietWindow();
        QVERIFY(w->openFile(source("resources/templates/eks-public-private.kubegate")));
        Autosaver* saver = w->files()->autosaver();
        QVERIFY(!saver->saveNow()); // nothing to protect yet
        w->scene()->placeNew(ElementKind::Laptop, QPointF(-500, -500));
        QVERIFY(saver->saveNow());
        QVERIFY(QFile::exists(saver->autosavePath()));
        LoadResult copy = DesignJson::loadFile(saver->autosavePath().toStdString());
        QVERIFY(copy.ok());
        QCOMPARE(DesignJson::save(*copy.design), DesignJson::save(w->design()));
        // A running session's autosave is never offered to another one.
        QVERIFY(Autosaver::pendingRecoveries().isEmpty());
        QString error;
        QVERIFY(w->document()->saveAs(dir.filePath(QStringLiteral("saved.kubegate")), &error));
        QVERIFY(!QFile::exists(saver->autosavePath()));
        Autosaver::setDirectory({});
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KubegateTests"));
    QCoreApplication::setApplicationName(QStringLiteral("FilesTest"));
    if (argc == 4 && QByteArray(argv[1]) == "--crash-child-open")
        return crashChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), true);
    if (argc == 4 && QByteArray(argv[1]) == "--crash-child")
        return crashChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    FilesTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "FilesTest.moc"
