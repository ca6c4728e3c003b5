#include "document/Autosaver.h"

#include "document/DesignDocument.h"
#include "document/DurableCommit.h"
#include "io/DesignJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>
#include <algorithm>

namespace kg::ui {

namespace {

QString& overrideDirectory()
{
    static QString dir;
    return dir;
}

bool writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && commitDurably(f);
}

} // namespace

Autosaver::Autosaver(DesignDocument* document, QObject* parent)
    : QObject(parent), m_document(document),
      m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(directory());
    m_lock = std::make_unique<QLockFile>(directory() + QLatin1Char('/') + m_session +
                                         QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale
    m_lock->tryLock(0);
    m_timer = new QTimer(this);
    m_timer->setInterval(30'000);
    connect(m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    m_timer->start();
    // Saved or undone back to the saved state: nothing to protect any more.
    connect(document, &DesignDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

Autosaver::~Autosaver()
{
    m_lock->unlock();
}

QString Autosaver::directory()
{
    if (!overrideDirectory().isEmpty())
        return overrideDirectory();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/autosave");
}

void Autosaver::setDirectory(const QString& path)
{
    overrideDirectory() = path;
}

void Autosaver::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

QString Autosaver::autosavePath() const
{
    return directory() + QLatin1Char('/') + m_session + QStringLiteral(".kubegate");
}

bool Autosaver::saveNow()
{
    if (!m_document->isModified())
        return false;
    const std::string bytes = DesignJson::save(m_document->fileDesign());
    QJsonObject meta;
    meta[QStringLiteral("file")] = m_document->filePath();
    meta[QStringLiteral("savedAt")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString base = directory() + QLatin1Char('/') + m_session;
    QDir().mkpath(directory());
    // The design first: a meta file always has its design next to it.
    return writeAtomically(base + QStringLiteral(".kubegate"),
                           QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()))) &&
           writeAtomically(base + QStringLiteral(".json"), QJsonDocument(meta).toJson());
}

void Autosaver::discard()
{
    const QString base = directory() + QLatin1Char('/') + m_session;
    QFile::remove(base + QStringLiteral(".json"));
    QFile::remove(base + QStringLiteral(".kubegate"));
}

QList<Autosaver::Recovery> Autosaver::pendingRecoveries()
{
    QList<Recovery> found;
    const QDir dir(directory());
    // Sessions that ended without a save to recover (killed before their first autosave)
    // leave only their lock: those of dead owners go, so that they do not pile up.
    for (const QString& name : dir.entryList({QStringLiteral("*.lock")}, QDir::Files)) {
        const QString session = name.chopped(5);
        if (QFile::exists(dir.filePath(session + QStringLiteral(".json"))))
            continue;
        QLockFile lock(dir.filePath(name));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;  // a running session
        lock.unlock(); // removes the file
        QFile::remove(dir.filePath(session + QStringLiteral(".kubegate")));
    }
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        Recovery r;
        r.session = name.chopped(5);
        r.autosavePath = dir.filePath(r.session + QStringLiteral(".kubegate"));
        if (!QFile::exists(r.autosavePath))
            continue;
        // A running session holds its lock; only orphans are offered.
        QLockFile lock(dir.filePath(r.session + QStringLiteral(".lock")));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile meta(dir.filePath(name));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            r.originalPath = o.value(QStringLiteral("file")).toString();
            r.savedAt =
                QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        }
        found.append(r);
    }
    std::sort(found.begin(), found.end(),
              [](const Recovery& a, const Recovery& b) { return a.savedAt > b.savedAt; });
    return found;
}

void Autosaver::forget(const Recovery& recovery)
{
    const QDir dir(directory());
    QFile::remove(recovery.autosavePath);
    QFile::remove(dir.filePath(recovery.session + QStringLiteral(".json")));
    QFile::remove(dir.filePath(recovery.session + QStringLiteral(".lock")));
}

} // namespace kg::ui
