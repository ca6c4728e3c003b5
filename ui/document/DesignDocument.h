#pragma once

#include "analysis/Analysis.h"
#include "model/Design.h"

#include <QObject>
#include <QString>
#include <cstdint>
#include <memory>

class QUndoStack;
class QUndoCommand;

namespace kg {
class LiveAnalysis;
class Topology;
} // namespace kg

namespace kg::ui {

// The open design and everything that follows it: the undo stack (the only way the UI changes
// the design), the live analysis, the file it came from and whether it is modified. Widgets
// read through design() and change through push(); they learn about changes from changed()
// (one signal per mutation, synchronously) and analysisUpdated() (after the analysis caught up,
// coalesced once per event loop turn).
class DesignDocument : public QObject, private DesignObserver
{
    Q_OBJECT

public:
    explicit DesignDocument(QObject* parent = nullptr);
    ~DesignDocument() override;

    // The design on the canvas: the base, or the variant shown (with its changes made).
    const Design& design() const { return m_design; }
    QUndoStack* undoStack() const { return m_undo; }

    // Variants (model/Variant.h). One is shown at a time, or the base (-1); the canvas, the
    // analysis and every edit work on what is shown, and the changes a variant's edits make are
    // kept as that variant's changes. Showing another is not an edit (the file does not
    // change); each undo step returns to the variant it was made in before undoing.
    int shownVariant() const { return m_shown; }
    const std::vector<Variant>& variants() const;
    void showVariant(int index);
    // The design as the file keeps it: the base, with every variant's changes (the shown one's
    // taken from the canvas). Saves and autosaves write it.
    Design fileDesign() const;
    // The base (-1) or a variant as it would be shown, without showing it.
    Design variantDesign(int index) const;
    // For VariantListCommand only: replaces the list of variants and shows `shown` of it.
    void replaceVariants(std::vector<Variant> variants, int shown);

    // Runs the command (redo) and keeps it for undo.
    void push(QUndoCommand* command);

    // Replaces the design (New, Open, recovery): clears the undo history. `path` is the file the
    // design belongs to (empty for an untitled one); `modified` marks a recovered design unsaved.
    void reset(Design design, const QString& path, bool modified = false);

    // The analysis of the current design, brought up to date first if an edit made it stale.
    const Analysis& analysis();
    // The topology behind analysis(), for what the canvas draws from it (a cluster's endpoints).
    const Topology& topology();
    // Milliseconds the last analysis update took.
    double analysisMilliseconds() const { return m_analysisMs; }

    QString filePath() const { return m_path; }
    // A name for titles: the file name, or "Untitled".
    QString displayName() const;
    bool isModified() const;

    // Writes the design atomically (QSaveFile) in the .kubegate format. On success the document
    // belongs to `path` and is clean; on failure `error` says why and nothing changed on disk.
    bool saveAs(const QString& path, QString* error);

    // For commands only: the design they edit. Everyone else uses design() and push().
    Design& mutableDesign() { return m_design; }

signals:
    void changed(const kg::DesignChange& change);
    void analysisUpdated();
    void filePathChanged();
    void modifiedChanged(bool modified);
    // The list of variants, or which one is shown, changed.
    void variantsChanged();

private:
    void designChanged(const DesignChange& change) override;
    void scheduleAnalysis();

    Design m_design;
    // While a variant is shown: the base, with the variants (the shown one's entry as it was
    // when it was shown; fileDesign() brings it up to date).
    Design m_base;
    int m_shown = -1;
    std::unique_ptr<LiveAnalysis> m_live;
    QUndoStack* m_undo = nullptr;
    QString m_path;
    bool m_forcedModified = false;
    bool m_analysisScheduled = false;
    double m_analysisMs = 0;
    // Analysis runs so far, and the run last announced with analysisUpdated(): whoever asked
    // for analysis() in between (the scene reacting to changed()) must not swallow the
    // announcement the panels wait for.
    std::uint64_t m_analysisRuns = 0;
    std::uint64_t m_announcedRun = 0;
};

} // namespace kg::ui
