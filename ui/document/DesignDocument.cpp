#include "document/DesignDocument.h"

#include "analysis/LiveAnalysis.h"
#include "document/DurableCommit.h"
#include "io/DesignJson.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>
#include <QUndoStack>

namespace kg::ui {

DesignDocument::DesignDocument(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    // The analysis hears of a change before the document passes it on, so that whoever reacts
    // to changed() and asks for analysis() gets it brought up to date.
    m_live = std::make_unique<LiveAnalysis>(m_design);
    m_design.addObserver(this);
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool) { emit modifiedChanged(isModified()); });
}

DesignDocument::~DesignDocument()
{
    // The undo stack's commands may refer to the design; drop them while it exists.
    m_undo->clear();
    m_live.reset();
    m_design.removeObserver(this);
}

void DesignDocument::push(QUndoCommand* command)
{
    m_undo->push(command);
}

void DesignDocument::reset(Design design, const QString& path, bool modified)
{
    m_undo->clear();
    const bool variantsShown = m_shown >= 0 || !m_design.variants().empty();
    m_shown = -1;
    m_base = Design();
    m_design = std::move(design); // observers stay; they hear a Reset
    if (variantsShown || !m_design.variants().empty())
        emit variantsChanged();
    const bool pathChanged = path != m_path;
    m_path = path;
    m_forcedModified = modified;
    m_undo->setClean();
    if (pathChanged)
        emit filePathChanged();
    emit modifiedChanged(isModified());
}

const Analysis& DesignDocument::analysis()
{
    if (m_live->stale()) {
        QElapsedTimer timer;
        timer.start();
        m_live->update();
        m_analysisMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        ++m_analysisRuns;
    }
    return m_live->analysis();
}

const Topology& DesignDocument::topology()
{
    analysis();
    return m_live->topology();
}

QString DesignDocument::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

bool DesignDocument::isModified() const
{
    return m_forcedModified || !m_undo->isClean();
}

bool DesignDocument::saveAs(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const std::string bytes = DesignJson::save(fileDesign());
    if (file.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
            static_cast<qint64>(bytes.size()) ||
        !commitDurably(file)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const bool pathChanged = path != m_path;
    m_path = path;
    const bool wasModified = isModified();
    m_forcedModified = false;
    m_undo->setClean();
    if (pathChanged)
        emit filePathChanged();
    if (wasModified)
        emit modifiedChanged(false);
    return true;
}

const std::vector<Variant>& DesignDocument::variants() const
{
    return m_shown < 0 ? m_design.variants() : m_base.variants();
}

Design DesignDocument::fileDesign() const
{
    if (m_shown < 0)
        return m_design;
    Design base = m_base;
    std::vector<Variant> variants = base.variants();
    Variant& shown = variants[static_cast<std::size_t>(m_shown)];
    Variant now = Variant::between(m_base, m_design);
    now.name = shown.name;
    now.notes = shown.notes;
    shown = std::move(now);
    base.setVariants(std::move(variants));
    base.setInfo(m_design.title(), m_design.notes()); // the title is the file's, whatever is shown
    base.setLesson(m_design.lesson());
    return base;
}

Design DesignDocument::variantDesign(int index) const
{
    if (index == m_shown)
        return m_design;
    Design base = fileDesign();
    if (index < 0 || index >= static_cast<int>(base.variants().size()))
        return base;
    return base.variants()[static_cast<std::size_t>(index)].applyTo(base);
}

void DesignDocument::showVariant(int index)
{
    if (index == m_shown || index >= static_cast<int>(variants().size()))
        return;
    Design base = fileDesign();
    replaceVariants(base.variants(), index);
}

void DesignDocument::replaceVariants(std::vector<Variant> variants, int shown)
{
    Design base = m_shown < 0 ? std::move(m_design) : std::move(m_base);
    if (m_shown >= 0) {
        base.setInfo(m_design.title(), m_design.notes());
        base.setLesson(m_design.lesson());
    }
    base.setVariants(std::move(variants));
    if (shown >= static_cast<int>(base.variants().size()))
        shown = -1;
    m_shown = shown;
    if (shown < 0) {
        m_base = Design();
        m_design = std::move(base);
    } else {
        Design applied = base.variants()[static_cast<std::size_t>(shown)].applyTo(base);
        m_base = std::move(base);
        m_design = std::move(applied);
    }
    emit variantsChanged();
}

void DesignDocument::designChanged(const DesignChange& change)
{
    emit changed(change);
    scheduleAnalysis();
}

void DesignDocument::scheduleAnalysis()
{
    if (m_analysisScheduled)
        return;
    m_analysisScheduled = true;
    // Several mutations of one command (a paste adds many elements) share one analysis run.
    QTimer::singleShot(0, this, [this] {
        m_analysisScheduled = false;
        // Geometry and notes leave the analysis as it was: nothing to announce. A run that
        // happened since the last announcement (someone asked for analysis() first) is.
        analysis();
        if (m_analysisRuns == m_announcedRun)
            return;
        m_announcedRun = m_analysisRuns;
        emit analysisUpdated();
    });
}

} // namespace kg::ui
