#include "document/FileController.h"

#include "Application.h"
#include "document/Autosaver.h"
#include "document/DesignDocument.h"
#include "import/Importer.h"
#include "io/DesignJson.h"
#include "io/JsonText.h"
#include "io/SourceDetector.h"
#include "io/TemplateText.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <algorithm>

namespace kg::ui {

namespace {
constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("recentFiles");

QString filter()
{
    return FileController::tr("Kubegate designs (*.kubegate);;All files (*)");
}
} // namespace

FileController::FileController(DesignDocument* document, QWidget* window)
    : QObject(window), m_document(document), m_window(window),
      m_autosaver(new Autosaver(document, this))
{}

void FileController::fail(const QString& title, const QString& text, const QString& details)
{
    m_lastError = text + QLatin1Char('\n') + details;
    emit message(details.section(QLatin1Char('\n'), 0, 0));
    if (!m_interactive)
        return;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box.setInformativeText(details.section(QLatin1Char('\n'), 0, 0));
    if (details.contains(QLatin1Char('\n')))
        box.setDetailedText(details);
    box.exec();
}

void FileController::newDesign()
{
    if (!maybeSave())
        return;
    m_autosaver->discard();
    m_document->reset(Design{}, QString());
    emit designLoaded();
}

QList<QPair<QString, QString>> FileController::templates()
{
    QList<QPair<QString, QString>> list;
    QDirIterator it(QStringLiteral(":/templates"), {QStringLiteral("*.kubegate")}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QString title = templateText(path).first;
        if (title.isEmpty())
            title = QFileInfo(path).completeBaseName();
        list.append({path, title});
    }
    std::sort(list.begin(), list.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    return list;
}

QPair<QString, QString> FileController::templateText(const QString& path)
{
    const std::string translated =
        TemplateText::pathFor(path.toStdString(), Application::language());
    if (!translated.empty()) {
        QFile t(QString::fromStdString(translated));
        std::string error;
        if (t.open(QIODevice::ReadOnly))
            if (auto text = TemplateText::parse(t.readAll().toStdString(), error))
                return {QString::fromStdString(text->title), QString::fromStdString(text->notes)};
        // A missing or damaged catalogue leaves the template's own words (TemplateTextTest
        // keeps every shipped one sound).
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    LoadResult r = DesignJson::load(f.readAll().toStdString());
    if (!r.ok())
        return {};
    return {QString::fromStdString(r.design->title()), QString::fromStdString(r.design->notes())};
}

bool FileController::newFromTemplate(const QString& path)
{
    if (!maybeSave())
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot open template"), tr("The template could not be read."), f.errorString());
        return false;
    }
    LoadResult r = DesignJson::load(f.readAll().toStdString());
    if (!r.ok()) {
        fail(tr("Cannot open template"), tr("The template is damaged."),
             QString::fromStdString(
                 r.errors.front().format(path.toStdString(), Application::language())));
        return false;
    }
    // The new design starts with the template's title and notes in the person's language.
    const auto [title, notes] = templateText(path);
    if (!title.isEmpty())
        r.design->setInfo(title.toStdString(), notes.toStdString());
    m_autosaver->discard();
    m_document->reset(std::move(*r.design), QString());
    emit designLoaded();
    return true;
}

void FileController::importConfiguration()
{
    const QString dir = QFileInfo(m_document->filePath()).absolutePath();
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_window, tr("Import Cloud Configuration"), dir,
                                      tr("Cloud tool output (*.json);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

bool FileController::importFiles(const QStringList& paths)
{
    if (!maybeSave())
        return false;
    return importUnprompted(paths);
}

bool FileController::importUnprompted(const QStringList& paths)
{
    std::vector<std::string> files;
    for (const QString& p : paths)
        files.push_back(QFileInfo(p).absoluteFilePath().toStdString());
    Importer::Result result =
        Importer::runFiles(files, Importer::Source::Detect, Application::language());
    if (!result.ok()) {
        QStringList reasons;
        for (const auto& e : result.errors)
            reasons << QString::fromStdString(e.text(Application::language()));
        fail(tr("Cannot import"),
             tr("Nothing was imported: %n file(s) could not be read as the JSON of az aks "
                "show, aws eks describe-cluster or terraform show -json. The current design is "
                "unchanged.",
                nullptr, int(paths.size())),
             reasons.join(QLatin1Char('\n')));
        return false;
    }
    m_autosaver->discard();
    m_document->reset(std::move(*result.design), QString(), true);
    emit designLoaded();
    const QString summary = tr("Imported %1 and %2.")
                                .arg(tr("%n cluster(s)", nullptr, result.clusters),
                                     tr("%n network(s)", nullptr, result.networks));
    emit message(summary);
    m_lastError.clear();
    if (m_interactive) {
        QMessageBox box(QMessageBox::Information, tr("Import"), summary, QMessageBox::Ok, m_window);
        box.setInformativeText(
            result.notes.empty()
                ? tr("Settings that break rules are kept as they are: the findings name them.")
                : tr("Some settings were not in the input and were assumed; the design notes "
                     "list them. Settings that break rules are kept: the findings name them."));
        QStringList notes;
        for (const auto& n : result.notes)
            notes << Application::render(n, {});
        if (!notes.isEmpty())
            box.setDetailedText(notes.join(QLatin1Char('\n')));
        box.exec();
    }
    return true;
}

QString FileController::cloudSource(const QString& path)
{
    LoadError error;
    std::optional<std::string> bytes = JsonText::readFile(path.toStdString(), error);
    if (!bytes)
        return {};
    std::vector<LoadError> errors;
    std::optional<nlohmann::json> document = JsonText::parse(*bytes, {}, errors);
    if (!document)
        return {};
    switch (SourceDetector::detect(*document)) {
    case SourceKind::AzAksShow:
        return QStringLiteral("az aks show");
    case SourceKind::AwsEksDescribe:
        return QStringLiteral("aws eks describe-cluster");
    case SourceKind::TerraformShowJson:
        return QStringLiteral("terraform show -json");
    default:
        return {};
    }
}

void FileController::openDropped(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    const bool allJson = std::all_of(paths.begin(), paths.end(), [](const QString& p) {
        return p.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    });
    if (allJson) {
        importFiles(paths);
        return;
    }
    if (maybeSave())
        openFile(paths.front());
}

void FileController::open()
{
    if (!maybeSave())
        return;
    const QString dir = QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Design"), dir, filter());
    if (!path.isEmpty())
        openFile(path);
}

bool FileController::openFile(const QString& path)
{
    const QFileInfo info(path);
    LoadResult result = DesignJson::loadFile(info.absoluteFilePath().toStdString());
    if (!result.ok()) {
        // Cloud tool output opened as a design: offer to import it.
        if (const QString source = cloudSource(info.absoluteFilePath()); !source.isEmpty()) {
            const bool yes =
                !m_interactive ||
                QMessageBox::question(
                    m_window, tr("Import?"),
                    tr("%1 is the output of %2, not a Kubegate design. Import it into a new "
                       "design?")
                        .arg(info.fileName(), source),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
            if (yes)
                return importUnprompted({info.absoluteFilePath()});
        }
        QStringList reasons;
        for (const auto& e : result.errors)
            reasons << QString::fromStdString(
                e.format(info.fileName().toStdString(), Application::language()));
        fail(tr("Cannot open design"),
             tr("%1 could not be opened. The current design is unchanged.").arg(info.fileName()),
             reasons.join(QLatin1Char('\n')));
        return false;
    }
    m_autosaver->discard();
    m_document->reset(std::move(*result.design), info.absoluteFilePath());
    addRecent(info.absoluteFilePath());
    emit designLoaded();
    if (result.notes.empty()) {
        emit message(tr("Opened %1.").arg(info.fileName()));
    } else {
        // What reading changed (an older format's settings moved or dropped, a zone named by
        // resource id): said once, in full, since saving makes it permanent.
        const QString text = tr("Opened %1. %n change(s) were made while reading it; save to "
                                "keep them.",
                                nullptr, static_cast<int>(result.notes.size()))
                                 .arg(info.fileName());
        emit message(text);
        if (m_interactive) {
            QStringList notes;
            for (const auto& n : result.notes)
                notes << Application::render(n, {});
            QMessageBox box(QMessageBox::Information, tr("Opened with changes"), text,
                            QMessageBox::Ok, m_window);
            box.setInformativeText(notes.front());
            box.setDetailedText(notes.join(QLatin1Char('\n')));
            box.exec();
        }
    }
    return true;
}

bool FileController::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->saveAs(m_document->filePath(), &error)) {
        fail(tr("Cannot save design"),
             tr("%1 could not be saved. Your design is still open; try Save As.")
                 .arg(m_document->displayName()),
             error);
        return false;
    }
    addRecent(m_document->filePath());
    emit message(tr("Saved %1.").arg(m_document->displayName()));
    return true;
}

bool FileController::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        const std::string& title = m_document->design().title();
        suggested =
            QDir::home().filePath((title.empty() ? tr("untitled") : QString::fromStdString(title)) +
                                  QStringLiteral(".kubegate"));
    }
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save Design As"), suggested, filter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".kubegate");
    QString error;
    if (!m_document->saveAs(path, &error)) {
        fail(
            tr("Cannot save design"),
            tr("%1 could not be saved. Your design is still open.").arg(QFileInfo(path).fileName()),
            error);
        return false;
    }
    addRecent(path);
    emit message(tr("Saved %1.").arg(m_document->displayName()));
    return true;
}

bool FileController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    PromptAnswer answer = m_answer;
    if (m_interactive) {
        QMessageBox box(
            QMessageBox::Warning, tr("Unsaved changes"),
            tr("Save the changes to %1 before closing it?").arg(m_document->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
        box.setInformativeText(tr("If you don't save, your changes will be lost."));
        box.setDefaultButton(QMessageBox::Save);
        const int choice = box.exec();
        answer = choice == QMessageBox::Save      ? PromptAnswer::Save
                 : choice == QMessageBox::Discard ? PromptAnswer::Discard
                                                  : PromptAnswer::Cancel;
    }
    switch (answer) {
    case PromptAnswer::Save:
        return save();
    case PromptAnswer::Discard:
        m_autosaver->discard();
        return true;
    case PromptAnswer::Cancel:
        return false;
    }
    return false;
}

QStringList FileController::recentFiles() const
{
    QStringList files = QSettings().value(kRecentKey).toStringList();
    files.erase(std::remove_if(files.begin(), files.end(),
                               [](const QString& f) { return !QFileInfo::exists(f); }),
                files.end());
    return files;
}

void FileController::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    emit recentFilesChanged();
}

void FileController::addRecent(const QString& path)
{
    QSettings settings;
    QStringList files = settings.value(kRecentKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    settings.setValue(kRecentKey, files);
    emit recentFilesChanged();
}

void FileController::start(const QString& named)
{
    const bool recovered = offerRecovery();
    const QString current = m_document->filePath();
    const bool same =
        recovered && !named.isEmpty() && !current.isEmpty() &&
        QFileInfo(named).canonicalFilePath() == QFileInfo(current).canonicalFilePath();
    if (!named.isEmpty() && !same && (!recovered || maybeSave()))
        openFile(named);
}

bool FileController::offerRecovery()
{
    const auto pending = Autosaver::pendingRecoveries();
    if (pending.isEmpty())
        return false;
    const Autosaver::Recovery& r = pending.front();
    LoadResult result = DesignJson::loadFile(r.autosavePath.toStdString());
    if (!result.ok()) {
        Autosaver::forget(r); // unreadable: nothing to offer
        return false;
    }
    bool recover = true;
    if (m_interactive) {
        const QString name = r.originalPath.isEmpty() ? tr("an untitled design")
                                                      : QFileInfo(r.originalPath).fileName();
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"),
                        tr("Kubegate closed unexpectedly while %1 had unsaved changes.").arg(name),
                        QMessageBox::NoButton, m_window);
        box.setInformativeText(
            tr("An autosave from %1 is available. Recover it?")
                .arg(QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)));
        QPushButton* yes = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
        box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(yes);
        box.exec();
        recover = box.clickedButton() == yes;
    }
    if (recover) {
        m_document->reset(std::move(*result.design), r.originalPath, true);
        emit designLoaded();
        emit message(tr("Recovered unsaved work. Save it to keep it."));
        // This session protects it from now on.
        m_autosaver->saveNow();
    }
    Autosaver::forget(r);
    return recover;
}

} // namespace kg::ui
