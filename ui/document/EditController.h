#pragma once

#include "commands/DesignCommand.h"
#include "model/Fragment.h"

#include <QIcon>
#include <QObject>
#include <optional>

namespace kg::ui {

class ActionRegistry;
class DesignDocument;
class DiagramScene;

// The Edit menu's work on the current selection: cut, copy, paste, duplicate, delete, select
// all, align and distribute. Each change is one undo command. Copy puts the selection (the
// whole design when nothing is selected) on the system clipboard (DesignMimeData); pasting
// re-creates the copied elements with fresh ids, into the selected container when their kinds
// fit there, from any Kubegate window, a .kubegate text or cloud JSON.
class EditController : public QObject
{
    Q_OBJECT

public:
    EditController(DesignDocument* document, DiagramScene* scene, QObject* parent = nullptr);

    enum class Align { Left, HCenter, Right, Top, VCenter, Bottom };
    enum class Distribute { Horizontally, Vertically };

    // Registers the Edit menu's commands on the selection (edit.cut ... edit.distributeV).
    void addActions(ActionRegistry& registry, const QIcon& deleteIcon);

    void copy();
    // Only the PNG and SVG pictures of the selection (or of the whole design).
    void copyAsImage();
    void cut();
    void paste();
    void duplicate();
    void deleteSelection();
    void selectAll();
    void align(Align how);
    void distribute(Distribute how);
    // Bring to Front / Send to Back: the selected elements above (or below) every other element
    // of their container, keeping their order among themselves; one undo step. Nesting still
    // wins: a container never comes above what it holds.
    void restack(bool front);
    // Layout > Tidy: the selection (with what it holds), or the whole design when nothing is
    // selected, placed by Graphviz (TidyLayout) in one undo step; containers grow to fit.
    void tidy();

signals:
    void message(const QString& text);
    // A paste that could not be made: what, and why (the reason may span lines).
    void refused(const QString& title, const QString& reason);
    // Elements were added or laid out (paste, duplicate, tidy): the view should show them.
    void placed(const std::vector<std::string>& roots);

private:
    void copyToClipboard(bool data);
    // Why adding `placed` would break `design`'s structure, or empty when it would not.
    static QString problemWith(const Design& design, const Fragment& placed);
    // `offset` shifts a copy from this program; without it the piece goes where it covers
    // nothing (below the selected container's contents, or right of the design).
    void addFragment(const Fragment& source, std::optional<double> offset, CommandLabel label);

    DesignDocument* m_document;
    DiagramScene* m_scene;
    int m_pasteCount = 0;
};

} // namespace kg::ui
