#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <memory>

class QLockFile;
class QTimer;

namespace kg::ui {

class DesignDocument;

// Protects unsaved work. While the document is modified, it is written every interval (30 s by
// default) to the autosave folder under the application data location, as
// <session>.kubegate with <session>.json saying which file it belongs to. Each running session
// holds <session>.lock; an autosave whose lock is free belongs to a session that ended without
// cleaning up (a crash, a kill) and is offered for recovery at the next start. Saving the
// document or closing it cleanly removes the session's autosave.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    explicit Autosaver(DesignDocument* document, QObject* parent = nullptr);
    ~Autosaver() override;

    static QString directory();
    // Tests point the folder elsewhere; empty restores the default.
    static void setDirectory(const QString& path);

    void setInterval(int milliseconds);
    // Writes the autosave now when the document is modified; returns whether a file was written.
    bool saveNow();
    // Removes this session's autosave (the work is saved, or the person chose to discard it).
    void discard();
    QString autosavePath() const;

    struct Recovery
    {
        QString session;
        QString autosavePath;
        QString originalPath; // empty for an untitled design
        QDateTime savedAt;
    };
    // Autosaves left by sessions that are no longer running, newest first.
    static QList<Recovery> pendingRecoveries();
    // Deletes a recovery's files (after it was recovered or declined).
    static void forget(const Recovery& recovery);

private:
    DesignDocument* m_document;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
    QTimer* m_timer = nullptr;
};

} // namespace kg::ui
