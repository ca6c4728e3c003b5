#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace kg::ui {

class Autosaver;
class DesignDocument;

// The File menu's work: New (empty or from a template), Open, Save, Save As, recent files, the
// unsaved-changes prompt, and recovering autosaved work after a crash. Bad files are refused
// with a message that says where and what, and the open design stays as it was.
class FileController : public QObject
{
    Q_OBJECT

public:
    FileController(DesignDocument* document, QWidget* window);

    Autosaver* autosaver() const { return m_autosaver; }

    void newDesign();
    // Opens a template (a resource path or a file) as a new untitled design.
    bool newFromTemplate(const QString& path);
    void open();
    // Loads a design; on failure shows the reasons and keeps the current design. A file that
    // holds cloud tool output is offered for import instead.
    bool openFile(const QString& path);
    // File > Import: asks for the JSON of az aks show, aws eks describe-cluster or terraform
    // show -json (one or several files) and imports them.
    void importConfiguration();
    // Imports cloud tool output into a new, untitled, modified design; on failure shows the
    // reasons (file, place, what) and keeps the current design. Asks to save first.
    bool importFiles(const QStringList& paths);
    // Files dropped on the window: JSON files are imported, anything else is opened.
    void openDropped(const QStringList& paths);
    bool save();
    bool saveAs();
    // Asks to save a modified design; false when the person cancels.
    bool maybeSave();

    QStringList recentFiles() const;
    void clearRecentFiles();
    // Offers autosaves left by a crashed session; returns true when one was recovered.
    bool offerRecovery();
    // What the designer does at start: offers work lost in a crash first, then opens `named`
    // (a file from the command line; empty for none). Recovered work of `named` itself is that
    // file, modified: it is not opened again, which would first ask to save the recovered work
    // over it.
    void start(const QString& named);

    // The templates shipped with the program: (resource path, title).
    static QList<QPair<QString, QString>> templates();
    // A template's title and notes in the interface language: its catalogue beside it
    // (TemplateText), else what the template holds (English). Empty when it cannot be read.
    static QPair<QString, QString> templateText(const QString& path);

    // When set (tests), dialogs are not shown: messages go to lastError() and prompts answer
    // with `promptAnswer`.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    enum class PromptAnswer { Save, Discard, Cancel };
    void setPromptAnswer(PromptAnswer answer) { m_answer = answer; }
    QString lastError() const { return m_lastError; }

signals:
    void recentFilesChanged();
    void message(const QString& text);
    // A design replaced the previous one (open, new, recover): the view fits it.
    void designLoaded();

private:
    void addRecent(const QString& path);
    bool importUnprompted(const QStringList& paths);
    // "az aks show", "aws eks describe-cluster" or "terraform show -json" when the file holds
    // that tool's JSON; empty otherwise.
    static QString cloudSource(const QString& path);
    void fail(const QString& title, const QString& text, const QString& details);

    DesignDocument* m_document;
    QWidget* m_window;
    Autosaver* m_autosaver;
    bool m_interactive = true;
    PromptAnswer m_answer = PromptAnswer::Cancel;
    QString m_lastError;
};

} // namespace kg::ui
