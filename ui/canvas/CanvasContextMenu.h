#pragma once

#include <QObject>
#include <QPoint>

class QMenu;

namespace kg::ui {

class ActionRegistry;
class ComparisonController;
class DesignDocument;
class DiagramScene;
class DiagramView;
class PathController;

// Right-click on the canvas: a menu of what applies where the click was. On an element (made
// the selection first if it was not in it): Rename, a cluster's access mode presets, Show
// Paths, What If (another access mode, for the moment), Explain Path To (a cluster, on a client) or
// From (a client, on a cluster), Walk Through Path, Zoom to Selection, then Cut, Copy, Duplicate
// and Delete. On a link: Properties (it is selected for the inspector) and Delete. On empty canvas:
// Paste, Select All, Find, Connect, Fit to Window and Actual Size. Every entry is the window's own
// command (the same label, shortcut and state), except the presets, which push the same
// command as the inspector's access mode switcher.
class CanvasContextMenu : public QObject
{
    Q_OBJECT

public:
    CanvasContextMenu(ActionRegistry* actions, DesignDocument* document, DiagramScene* scene,
                      DiagramView* view, PathController* paths, ComparisonController* comparison);

    // The menu for a click at `viewPos` (view coordinates), filled but not shown; the caller
    // owns it. Public for tests.
    QMenu* build(const QPoint& viewPos);

private:
    void addAccessModes(QMenu* menu, const std::string& clusterId);
    // What If: each other access mode, to see what switching to it would change (the
    // ComparisonController's what-if), the design untouched.
    void addWhatIf(QMenu* menu, const std::string& clusterId);
    // "Explain Path To" a cluster (on a client) or "Explain Path From" a client (on a cluster):
    // the chosen pair's path, drawn and focused with its callouts.
    void addExplain(QMenu* menu, const std::string& id);

    ActionRegistry* m_actions;
    DesignDocument* m_document;
    DiagramScene* m_scene;
    DiagramView* m_view;
    PathController* m_paths;
    ComparisonController* m_comparison;
};

} // namespace kg::ui
