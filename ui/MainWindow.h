#pragma once

#include "analysis/Analysis.h"
#include "model/Design.h"

#include <QHash>
#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QUndoView;

namespace kg::ui {

class ActionRegistry;
class DesignDocument;
class DiagramScene;
class DiagramView;
class EditController;
class FileController;
class FindingsPanel;
class AccessMatrixPanel;
class DashboardPanel;
class InspectorPanel;
class Legend;
class PalettePanel;
class PathController;
class QuizController;
class QuizPanel;
class QuizBanner;
class ComparisonController;
class VariantController;

// The designer's window. It arranges the canvas, the docks (palette, inspector, findings,
// history), the menus and the status bar, and connects them; the work itself is done by the
// document (design, undo, analysis), the scene and its tools, and the file and edit controllers.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads a design; on failure shows the reasons and keeps the current design.
    bool openFile(const QString& path);

    DesignDocument* document() const { return m_document; }
    const Design& design() const;
    const Analysis& analysis() const;
    QString filePath() const;
    DiagramScene* scene() const { return m_scene; }
    DiagramView* view() const { return m_view; }
    FindingsPanel* findingsPanel() const { return m_findings; }
    PalettePanel* palette() const { return m_palette; }
    InspectorPanel* inspector() const { return m_inspector; }
    FileController* files() const { return m_files; }
    EditController* edits() const { return m_edits; }
    ActionRegistry* actions() const { return m_actions; }
    AccessMatrixPanel* matrix() const { return m_matrix; }
    PathController* paths() const { return m_paths; }
    VariantController* variants() const { return m_variants; }
    ComparisonController* comparison() const { return m_comparison; }
    // The status bar's counts as shown ("0 errors · 1 warning · 7 of 11 paths reachable").
    QString statusCounts() const;
    // Training: step through the focused path (or the first shown); presentation: full screen
    // with the canvas only.
    void startWalkthrough();
    void setPresentation(bool on);
    // Build-up: the design revealed one element per step (core BuildUpOrder), in presentation
    // or not; `step` elements shown, from 0 (an empty canvas) to all.
    void setBuildUp(bool on);
    void revealTo(int step);
    int buildStep() const { return m_buildStep; }
    // Quiz mode (MainWindowQuiz.cpp): the matrix's verdicts hidden, the class's predictions,
    // Reveal walking each answer's path.
    void setQuiz(bool on);
    QuizController* quiz() const { return m_quiz; }
    QuizPanel* quizPanel() const { return m_quizPanel; }
    QuizBanner* quizBanner() const { return m_quizBanner; }

    // Restores docks, window size, grid, theme and minimap from the settings.
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    void createActions();
    void createMenus();
    void createToolBar();
    // The comparison with a variant or a what-if: its bar on the canvas, its marks on the
    // cards and in the matrix, and the Variants menu's Compare With.
    void createComparison();
    // Presentation mode, its type scale and the build-up (MainWindowPresent.cpp); returns the
    // presentation action.
    QAction* createPresentation();
    // Quiz mode's commands, panel and dock (MainWindowQuiz.cpp).
    void createQuiz();
    // A pair's path on the canvas, in view; `walk` starts its walkthrough.
    void showQuizPath(const std::string& client, const std::string& cluster, bool walk);
    // The banner on a presenting canvas, filled and shown while a quiz runs.
    void updateQuizBanner();
    void createStatusBar();
    void updateTitle();
    void updateStatus();
    void updateRecentMenu();
    void updateEditActions();
    // Selects the element and brings the inspector forward; `rename` focuses its name.
    void showInspectorFor(const QString& id, bool rename);
    void selectElements(const QStringList& ids);
    void placeAtCentre(int kind);
    void setTheme(bool dark);
    void setLanguage(const QString& language);
    void applyGrid();
    void saveSettings();
    // The docks' default sizes, for a window without a saved layout.
    void applyDefaultLayout();
    void updateStages();
    void followSelection();
    void exportDiagram();

    DesignDocument* m_document = nullptr;
    DiagramScene* m_scene = nullptr;
    DiagramView* m_view = nullptr;
    FindingsPanel* m_findings = nullptr;
    PalettePanel* m_palette = nullptr;
    InspectorPanel* m_inspector = nullptr;
    Legend* m_legend = nullptr;
    QDockWidget* m_legendDock = nullptr;
    QUndoView* m_history = nullptr;
    FileController* m_files = nullptr;
    EditController* m_edits = nullptr;
    ActionRegistry* m_actions = nullptr;
    QMenu* m_recentMenu = nullptr;
    AccessMatrixPanel* m_matrix = nullptr;
    DashboardPanel* m_dashboard = nullptr;
    PathController* m_paths = nullptr;
    VariantController* m_variants = nullptr;
    ComparisonController* m_comparison = nullptr;
    QuizController* m_quiz = nullptr;
    QuizPanel* m_quizPanel = nullptr;
    QDockWidget* m_quizDock = nullptr;
    QuizBanner* m_quizBanner = nullptr;
    // Docks a quiz hid, and whether each was shown before.
    QHash<QString, bool> m_hiddenForQuiz;
    QByteArray m_statebeforePresentation;
    bool m_minimapBeforePresentation = true;
    std::vector<std::string> m_buildOrder;
    int m_buildStep = 0;
    QLabel* m_counts = nullptr;
    QLabel* m_timing = nullptr;
    QLabel* m_zoom = nullptr;
};

} // namespace kg::ui
