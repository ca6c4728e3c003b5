#include "MainWindow.h"

#include "ActionRegistry.h"
#include "Application.h"
#include "Retranslator.h"
#include "canvas/CanvasContextMenu.h"
#include "canvas/CanvasTheme.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/ElementItem.h"
#include "canvas/FindBar.h"
#include "canvas/Legend.h"
#include "canvas/WalkthroughBar.h"
#include "commands/LabelledCommand.h"
#include "document/ComparisonController.h"
#include "document/DesignDocument.h"
#include "document/EditController.h"
#include "document/FileController.h"
#include "document/PathController.h"
#include "document/QuizController.h"
#include "document/VariantController.h"
#include "export/ExportDialog.h"
#include "model/KindRegistry.h"
#include "panels/AccessMatrixPanel.h"
#include "panels/DashboardPanel.h"
#include "panels/FindingsPanel.h"
#include "panels/HelpDialog.h"
#include "panels/InspectorPanel.h"
#include "panels/PalettePanel.h"
#include "panels/PaletteTree.h"
#include "panels/TemplateGallery.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPalette>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace kg::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    m_document = new DesignDocument(this);
    m_scene = new DiagramScene(m_document, this);
    m_view = new DiagramView(m_scene, this);
    setCentralWidget(m_view);
    m_files = new FileController(m_document, this);
    m_edits = new EditController(m_document, m_scene, this);
    m_actions = new ActionRegistry(this);
    m_paths = new PathController(m_document, m_scene, this);
    m_variants = new VariantController(m_document, this);
    m_comparison = new ComparisonController(m_document, this);
    setAcceptDrops(true);

    createDocks();
    createActions();
    createQuiz();
    createMenus();
    createToolBar();
    createComparison();
    createStatusBar();
    // A change of language relabels every command and fills the panels again (their rows are
    // made of translated texts).
    Retranslator::bind(this, [this] {
        // The commands' labels first: the Undo and Redo commands quote them.
        LabelledCommand::retranslate(*m_document->undoStack());
        if (m_history)
            m_history->viewport()->update();
        m_actions->retranslate();
        m_inspector->showSelection(m_scene->selectedIds());
        m_findings->showFindings(m_document->analysis());
        m_matrix->showAnalysis(m_document->analysis(), m_document->design());
        m_scene->retranslate();
        m_paths->refresh(); // the callouts' sentences
    });

    connect(m_document, &DesignDocument::analysisUpdated, this, &MainWindow::updateStatus);
    connect(m_document, &DesignDocument::analysisUpdated, this,
            [this] { m_findings->showFindings(m_document->analysis()); });
    connect(m_document, &DesignDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DesignDocument::variantsChanged, this, &MainWindow::updateTitle);
    connect(m_variants, &VariantController::message, statusBar(),
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_document, &DesignDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_files, &FileController::designLoaded, this, [this] {
        m_view->fitDesign();
        m_inspector->showSelection({});
        m_findings->showFindings(m_document->analysis());
        m_matrix->showAnalysis(m_document->analysis(), m_document->design());
        m_paths->clear();
        updateStatus();
    });
    connect(m_files, &FileController::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    for (QObject* source : {static_cast<QObject*>(m_files), static_cast<QObject*>(m_edits),
                            static_cast<QObject*>(m_scene)})
        connect(source, SIGNAL(message(QString)), statusBar(), SLOT(showMessage(QString)));
    connect(m_edits, &EditController::refused, this,
            [this](const QString& title, const QString& reason) {
                statusBar()->showMessage(title);
                // Not modal to the application: the reason stays readable while the person goes on.
                auto* box =
                    new QMessageBox(QMessageBox::Warning, title, reason, QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("pasteRefused"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        m_inspector->showSelection(m_scene->selectedIds());
        updateEditActions();
        followSelection();
        std::vector<std::string> clusters; // the dashboard's per-cluster charts follow them
        for (const auto& id : m_scene->selectedElementIds())
            if (const Element* e = m_document->design().element(id);
                e && (e->kind == ElementKind::AksCluster || e->kind == ElementKind::EksCluster))
                clusters.push_back(id);
        m_dashboard->setFocusClusters(std::move(clusters));
    });
    connect(m_document, &DesignDocument::analysisUpdated, this, [this] {
        m_matrix->showAnalysis(m_document->analysis(), m_document->design());
        updateEditActions();
    });
    connect(m_matrix, &AccessMatrixPanel::pairActivated, this,
            [this](const QString& client, const QString& cluster) {
                m_scene->selectIds({client.toStdString(), cluster.toStdString()});
                m_paths->showPair(client.toStdString(), cluster.toStdString());
                QRectF area;
                for (const auto& id : {client.toStdString(), cluster.toStdString()})
                    if (ElementItem* item = m_scene->item(id))
                        area |= item->sceneBoundingRectOfElement();
                m_view->showArea(area);
            });
    connect(m_edits, &EditController::placed, this, [this](const std::vector<std::string>& ids) {
        QRectF area;
        for (const auto& id : ids)
            if (ElementItem* item = m_scene->item(id))
                area |= item->sceneBoundingRectOfElement();
        // Brought into view only when not already in it: a paste beside its original keeps
        // the view still.
        if (!m_view->mapToScene(m_view->viewport()->rect()).boundingRect().contains(area))
            m_view->showArea(area);
    });
    connect(m_paths, &PathController::pathsChanged, this, [this] {
        m_view->walkthrough()->stop();
        m_actions->action(QStringLiteral("view.walkthrough"))
            ->setEnabled(!m_paths->paths().empty());
    });
    connect(m_view->walkthrough(), &WalkthroughBar::stepChanged, this,
            [this](int step) { m_scene->focusPath(std::max(0, m_paths->focused()), step); });
    connect(m_view->walkthrough(), &WalkthroughBar::finished, this,
            [this] { m_scene->focusPath(m_paths->focused(), -1); });
    connect(m_scene, &DiagramScene::elementActivated, this,
            [this](const QString& id) { showInspectorFor(id, true); });
    connect(m_scene, &DiagramScene::propertiesRequested, this,
            [this](const QString& id) { showInspectorFor(id, false); });
    connect(m_findings, &FindingsPanel::findingActivated, this, &MainWindow::selectElements);
    connect(m_palette, &PalettePanel::placeRequested, this,
            [this](ElementKind kind) { placeAtCentre(static_cast<int>(kind)); });
    connect(m_view, &DiagramView::filesDropped, m_files, &FileController::openDropped);
    connect(m_view, &DiagramView::zoomChanged, this, [this](double zoom) {
        m_zoom->setText(tr("%1 %").arg(qRound(zoom * 100)));
        m_palette->tree()->setCardScale(zoom); // the dragged card as large as it will land
    });

    resize(1400, 900);
    // The canvas has the keyboard when the window opens: the palette's search field would take
    // the shortcuts that are also editing keys there (Ctrl+E exports; a line edit moves to the
    // end of the line).
    m_view->setFocus(Qt::OtherFocusReason);
    updateTitle();
    updateStatus();
    updateEditActions();
    m_findings->showFindings(m_document->analysis());
    m_matrix->showAnalysis(m_document->analysis(), m_document->design());
}

MainWindow::~MainWindow()
{
    // The scene's items announce their removal (selection changes) while it is destroyed;
    // nobody may react to that with a document that is already gone.
    disconnect(m_scene, nullptr, nullptr, nullptr);
    delete m_scene;
}

const Design& MainWindow::design() const
{
    return m_document->design();
}

const Analysis& MainWindow::analysis() const
{
    return m_document->analysis();
}

QString MainWindow::filePath() const
{
    return m_document->filePath();
}

bool MainWindow::openFile(const QString& path)
{
    return m_files->openFile(path);
}

void MainWindow::createDocks()
{
    // Titles are given untranslated and translated by the dock's binding, so they follow a
    // change of language.
    auto dock = [this](const char* title, const QString& name, QWidget* w,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(this);
        Retranslator::bind(d, [d, title] { d->setWindowTitle(tr(title)); });
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    m_palette = new PalettePanel(this);
    QDockWidget* palette =
        dock(QT_TR_NOOP("Palette"), QStringLiteral("palette"), m_palette, Qt::LeftDockWidgetArea);
    palette->setMinimumWidth(230);
    m_inspector = new InspectorPanel(m_document, this);
    QDockWidget* inspector = dock(QT_TR_NOOP("Inspector"), QStringLiteral("inspector"), m_inspector,
                                  Qt::RightDockWidgetArea);
    inspector->setMinimumWidth(320);
    // The legend has a place of its own below the inspector (split before the history is
    // tabbed with the inspector: a dock split from a tabbed one becomes a tab), so it never
    // covers the design. View > Legend shows and hides it.
    m_legend = new Legend(this);
    m_legendDock =
        dock(QT_TR_NOOP("Legend"), QStringLiteral("legend"), m_legend, Qt::RightDockWidgetArea);
    splitDockWidget(inspector, m_legendDock, Qt::Vertical);
    connect(m_legendDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_legendDock->raise(); // in front when someone tabbed it with another dock
    });
    m_history = new QUndoView(m_document->undoStack(), this);
    Retranslator::bind(m_history, [this] { m_history->setEmptyLabel(tr("<opened>")); });
    QDockWidget* history =
        dock(QT_TR_NOOP("History"), QStringLiteral("history"), m_history, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspector, history);
    inspector->raise();
    m_findings = new FindingsPanel(this);
    QDockWidget* findings = dock(QT_TR_NOOP("Findings"), QStringLiteral("findings"), m_findings,
                                 Qt::BottomDockWidgetArea);
    m_matrix = new AccessMatrixPanel(this);
    QDockWidget* matrix = dock(QT_TR_NOOP("Access Matrix"), QStringLiteral("matrix"), m_matrix,
                               Qt::BottomDockWidgetArea);
    tabifyDockWidget(findings, matrix);
    m_dashboard = new DashboardPanel(m_document, this);
    // The charts scroll: their grid is taller than the dock should be on a first start, and
    // the tabbed docks share one height (the findings list was as tall as the charts).
    auto* charts = new QScrollArea(this);
    charts->setWidget(m_dashboard);
    charts->setWidgetResizable(true);
    charts->setFrameShape(QFrame::NoFrame);
    tabifyDockWidget(matrix, dock(QT_TR_NOOP("Dashboard"), QStringLiteral("dashboard"), charts,
                                  Qt::BottomDockWidgetArea));
    findings->raise();
    resizeDocks({findings}, {200}, Qt::Vertical);
    resizeDocks({inspector}, {340}, Qt::Horizontal);
    resizeDocks({palette}, {240}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    ActionRegistry& a = *m_actions;
    m_variants->registerActions(a);
    QStyle* s = style();
    // File
    connect(a.add(
                QStringLiteral("file.new"), [] { return tr("&New"); }, {QKeySequence::New},
                s->standardIcon(QStyle::SP_FileIcon)),
            &QAction::triggered, m_files, &FileController::newDesign);
    connect(a.add(QStringLiteral("file.newFromTemplate"),
                  [] { return tr("New from &Template..."); },
                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}),
            &QAction::triggered, this, [this] {
                TemplateGallery gallery(this);
                if (gallery.exec() == QDialog::Accepted && !gallery.chosen().isEmpty())
                    m_files->newFromTemplate(gallery.chosen());
            });
    connect(a.add(
                QStringLiteral("file.open"), [] { return tr("&Open..."); }, {QKeySequence::Open},
                s->standardIcon(QStyle::SP_DialogOpenButton)),
            &QAction::triggered, m_files, &FileController::open);
    connect(a.add(
                QStringLiteral("file.save"), [] { return tr("&Save"); }, {QKeySequence::Save},
                s->standardIcon(QStyle::SP_DialogSaveButton)),
            &QAction::triggered, m_files, &FileController::save);
    connect(a.add(QStringLiteral("file.saveAs"), [] { return tr("Save &As..."); },
                  {QKeySequence::SaveAs}),
            &QAction::triggered, m_files, &FileController::saveAs);
    connect(a.add(QStringLiteral("file.import"),
                  [] { return tr("&Import Cloud Configuration..."); },
                  {QKeySequence(Qt::CTRL | Qt::Key_I)}),
            &QAction::triggered, m_files, &FileController::importConfiguration);
    connect(a.add(QStringLiteral("file.export"), [] { return tr("&Export..."); },
                  {QKeySequence(Qt::CTRL | Qt::Key_E)}),
            &QAction::triggered, this, &MainWindow::exportDiagram);
    connect(a.add(QStringLiteral("file.clearRecent"), [] { return tr("Clear Recent Files"); }),
            &QAction::triggered, m_files, &FileController::clearRecentFiles);
    connect(a.add(QStringLiteral("file.quit"), [] { return tr("&Quit"); }, {QKeySequence::Quit}),
            &QAction::triggered, this, &QWidget::close);

    // Edit
    // Undo and redo are our own actions rather than the undo stack's: their labels ("Undo
    // Move") are built here, so they follow a change of language like every other command.
    QUndoStack* stack = m_document->undoStack();
    QAction* undo = a.add(
        QStringLiteral("edit.undo"),
        [stack] {
            return stack->undoText().isEmpty() ? tr("&Undo")
                                               : tr("&Undo %1").arg(stack->undoText());
        },
        {QKeySequence::Undo}, s->standardIcon(QStyle::SP_ArrowBack));
    // The platform's Redo keys (Ctrl+Shift+Z here) and Ctrl+Y, each once: a key listed twice
    // on one action is an ambiguous shortcut, and Qt then triggers nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& k :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(k))
            redoKeys << k;
    QAction* redo = a.add(
        QStringLiteral("edit.redo"),
        [stack] {
            return stack->redoText().isEmpty() ? tr("&Redo")
                                               : tr("&Redo %1").arg(stack->redoText());
        },
        redoKeys, s->standardIcon(QStyle::SP_ArrowForward));
    // The menu says what will be undone; the toolbar button stays short.
    a.setIconText(QStringLiteral("edit.undo"), [] { return tr("Undo"); });
    a.setIconText(QStringLiteral("edit.redo"), [] { return tr("Redo"); });
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this,
            [this] { m_actions->relabel(QStringLiteral("edit.undo")); });
    connect(stack, &QUndoStack::redoTextChanged, this,
            [this] { m_actions->relabel(QStringLiteral("edit.redo")); });
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    m_edits->addActions(a, s->standardIcon(QStyle::SP_TrashIcon));
    (new FindBar(m_document, m_scene, m_view))->addActions(a);
    new CanvasContextMenu(m_actions, m_document, m_scene, m_view, m_paths, m_comparison);

    // Tools
    auto* tools = new QActionGroup(this);
    QAction* select = a.add(
        QStringLiteral("tool.select"), [] { return tr("&Select"); }, {QKeySequence(Qt::Key_V)},
        QIcon(QStringLiteral(":/icons/actions/select.svg")));
    QAction* connectTool = a.add(
        QStringLiteral("tool.connect"), [] { return tr("&Connect"); }, {QKeySequence(Qt::Key_C)},
        QIcon(QStringLiteral(":/icons/actions/connect.svg")));
    for (QAction* t : {select, connectTool}) {
        t->setCheckable(true);
        tools->addAction(t);
    }
    select->setChecked(true);
    a.setToolTip(QStringLiteral("tool.select"), [] { return tr("Select, move and resize (V)"); });
    a.setToolTip(QStringLiteral("tool.connect"),
                 [] { return tr("Draw links between elements (C)"); });
    connect(select, &QAction::triggered, this,
            [this] { m_scene->setTool(DiagramScene::ToolKind::Select); });
    connect(connectTool, &QAction::triggered, this,
            [this] { m_scene->setTool(DiagramScene::ToolKind::Connect); });
    connect(m_scene, &DiagramScene::message, this, [this, select](const QString&) {
        if (m_scene->toolKind() == DiagramScene::ToolKind::Select)
            select->setChecked(true);
    });

    // View
    connect(a.add(QStringLiteral("view.zoomIn"), [] { return tr("Zoom &In"); },
                  {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}),
            &QAction::triggered, m_view, &DiagramView::zoomIn);
    connect(a.add(QStringLiteral("view.zoomOut"), [] { return tr("Zoom &Out"); },
                  {QKeySequence::ZoomOut}),
            &QAction::triggered, m_view, &DiagramView::zoomOut);
    connect(a.add(QStringLiteral("view.actualSize"), [] { return tr("&Actual Size"); },
                  {QKeySequence(Qt::CTRL | Qt::Key_0)}),
            &QAction::triggered, m_view, &DiagramView::actualSize);
    connect(a.add(
                QStringLiteral("view.fit"), [] { return tr("&Fit to Window"); },
                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0)},
                QIcon(QStringLiteral(":/icons/actions/fit.svg"))),
            &QAction::triggered, m_view, &DiagramView::fitDesign);
    connect(a.add(QStringLiteral("view.zoomSelection"), [] { return tr("Zoom to &Selection"); },
                  {QKeySequence(Qt::CTRL | Qt::Key_2)}),
            &QAction::triggered, m_view, &DiagramView::zoomToSelection);
    QAction* grid = a.add(QStringLiteral("view.grid"), [] { return tr("Show &Grid"); });
    grid->setCheckable(true);
    grid->setChecked(true);
    QAction* snap = a.add(QStringLiteral("view.snap"), [] { return tr("S&nap to Grid"); });
    snap->setCheckable(true);
    snap->setChecked(true);
    connect(grid, &QAction::toggled, this, &MainWindow::applyGrid);
    connect(snap, &QAction::toggled, this, &MainWindow::applyGrid);
    QAction* minimap = a.add(QStringLiteral("view.minimap"), [] { return tr("&Minimap"); },
                             {QKeySequence(Qt::CTRL | Qt::Key_M)});
    minimap->setCheckable(true);
    minimap->setChecked(true);
    connect(minimap, &QAction::toggled, m_view, &DiagramView::setMinimapVisible);
    QAction* dark = a.add(QStringLiteral("view.dark"), [] { return tr("&Dark Theme"); });
    dark->setCheckable(true);
    connect(dark, &QAction::toggled, this, &MainWindow::setTheme);

    // Path overlays
    QAction* paths =
        a.add(QStringLiteral("view.paths"), [] { return tr("Show &Paths of the Selection"); },
              {QKeySequence(Qt::CTRL | Qt::Key_P)});
    paths->setCheckable(true);
    paths->setChecked(true);
    connect(paths, &QAction::toggled, m_paths, &PathController::setEnabled);
    const std::pair<const char*, const char*> stages[] = {
        {"view.stage.dns", QT_TR_NOOP("&DNS Steps")},
        {"view.stage.network", QT_TR_NOOP("&Network Steps")},
        {"view.stage.admission", QT_TR_NOOP("&Admission Steps")},
        {"view.stage.identity", QT_TR_NOOP("&Identity Steps")}};
    for (const auto& [id, text] : stages) {
        QAction* stage = a.add(QString::fromLatin1(id), [source = text] { return tr(source); });
        stage->setCheckable(true);
        stage->setChecked(true);
        connect(stage, &QAction::toggled, this, &MainWindow::updateStages);
    }
    // The legend dock's own toggle: its check mark is always the dock's visibility.
    QAction* legend = m_legendDock->toggleViewAction();
    a.adopt(QStringLiteral("view.legend"), legend, [] { return tr("&Legend"); });
    QAction* walk = a.add(QStringLiteral("view.walkthrough"),
                          [] { return tr("&Walk Through Path"); }, {QKeySequence(Qt::Key_F6)});
    walk->setEnabled(false);
    connect(walk, &QAction::triggered, this, &MainWindow::startWalkthrough);
    QAction* nextStep = a.add(QStringLiteral("view.nextStep"), [] { return tr("Next Step"); },
                              {QKeySequence(Qt::Key_Right)});
    QAction* previousStep = a.add(QStringLiteral("view.previousStep"),
                                  [] { return tr("Previous Step"); }, {QKeySequence(Qt::Key_Left)});
    // The arrow keys step only while a walkthrough runs; otherwise they nudge the selection.
    for (QAction* step : {nextStep, previousStep}) {
        step->setEnabled(false);
        addAction(step);
    }
    connect(nextStep, &QAction::triggered, m_view->walkthrough(), &WalkthroughBar::next);
    connect(previousStep, &QAction::triggered, m_view->walkthrough(), &WalkthroughBar::back);
    connect(m_view->walkthrough(), &WalkthroughBar::stepChanged, this, [nextStep, previousStep] {
        nextStep->setEnabled(true);
        previousStep->setEnabled(true);
    });
    connect(m_view->walkthrough(), &WalkthroughBar::finished, this, [nextStep, previousStep] {
        nextStep->setEnabled(false);
        previousStep->setEnabled(false);
    });
    QAction* present = createPresentation();
    // Escape backs out of whatever is going on, one thing per press: a drag or link being
    // drawn, presentation mode, the build-up, the walkthrough, the connect tool.
    QAction* cancel = a.add(QStringLiteral("edit.cancel"), [] { return tr("Cancel"); },
                            {QKeySequence(Qt::Key_Escape)});
    addAction(cancel);
    connect(cancel, &QAction::triggered, this, [this, present, select] {
        if (m_scene->cancelToolOperation())
            return;
        if (present->isChecked()) {
            present->setChecked(false);
        } else if (m_scene->buildingUp()) {
            m_actions->action(QStringLiteral("view.buildUp"))->setChecked(false);
        } else if (m_view->walkthrough()->active()) {
            m_view->walkthrough()->stop();
        } else if (m_scene->toolKind() != DiagramScene::ToolKind::Select) {
            m_scene->setTool(DiagramScene::ToolKind::Select);
            select->setChecked(true);
        }
    });

    HelpDialog::addActions(a, this);
}

void MainWindow::createStatusBar()
{
    m_counts = new QLabel(this);
    m_counts->setTextFormat(Qt::RichText);
    m_timing = new QLabel(this);
    m_zoom = new QLabel(tr("%1 %").arg(100), this);
    Retranslator::bind(m_timing, [this] {
        m_timing->setToolTip(tr("Time the last analysis took"));
        updateStatus();
        updateTitle();
        updateRecentMenu();
    });
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_timing);
    statusBar()->addPermanentWidget(m_zoom);
}

void MainWindow::updateTitle()
{
    // The variant shown, after the file's name: "design.kubegate [Private cluster]".
    QString shown;
    if (const int v = m_document->shownVariant(); v >= 0)
        shown = QStringLiteral(" [%1]").arg(
            QString::fromStdString(m_document->variants()[static_cast<std::size_t>(v)].name));
    setWindowTitle(m_document->displayName() + shown + QStringLiteral("[*] — Kubegate"));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const Analysis& analysis = m_document->analysis();
    int errors = 0;
    int warnings = 0;
    for (const auto& f : analysis.findings) {
        errors += f.severity == Severity::Error ? 1 : 0;
        warnings += f.severity == Severity::Warning ? 1 : 0;
    }
    int reachable = 0;
    int assumed = 0;
    int blocked = 0;
    for (const auto& p : analysis.paths) {
        reachable += p.reachable && !p.assumed ? 1 : 0;
        assumed += p.reachable && p.assumed ? 1 : 0;
        blocked += p.reachable ? 0 : 1;
    }
    // Errors come first and in red: a design with errors cannot be deployed as drawn, so
    // "reachable" never stands alone beside them.
    QString errorText = tr("%n error(s)", nullptr, errors).toHtmlEscaped();
    if (errors > 0)
        errorText = QStringLiteral("<b style=\"color:#C62828\">%1</b>").arg(errorText);
    m_counts->setText(errorText + QStringLiteral(" · ") +
                      tr("%n warning(s)", nullptr, warnings).toHtmlEscaped() +
                      QStringLiteral(" · ") +
                      tr("%1 reachable, %2 assumed, %3 blocked")
                          .arg(reachable)
                          .arg(assumed)
                          .arg(blocked)
                          .toHtmlEscaped());
    m_counts->setToolTip(
        errors > 0 ? tr("The design has errors: it cannot be deployed as drawn. The paths are "
                        "checked as drawn all the same.")
                   : tr("Reachable: every step checked. Assumed: reachable if what the design "
                        "does not say holds (a client without a principal). Blocked: a step "
                        "fails."));
    m_timing->setText(tr("analysis %1 ms").arg(m_document->analysisMilliseconds(), 0, 'f', 1));
}

QString MainWindow::statusCounts() const
{
    return m_counts->text();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_files->recentFiles();
    for (const QString& f : files) {
        m_recentMenu
            ->addAction(QFileInfo(f).fileName(), this,
                        [this, f] {
                            if (m_files->maybeSave())
                                m_files->openFile(f);
                        })
            ->setToolTip(f);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_actions->action(QStringLiteral("file.clearRecent")));
}

void MainWindow::updateEditActions()
{
    const bool any = !m_scene->selectedIds().empty();
    const bool elements = !m_scene->selectedElementIds().empty();
    for (const char* id : {"edit.cut", "edit.duplicate"})
        m_actions->action(QString::fromLatin1(id))->setEnabled(elements);
    // Copy takes the whole design when nothing is selected.
    const bool something = elements || !m_document->design().elements().empty();
    for (const char* id : {"edit.copy", "edit.copyImage"})
        m_actions->action(QString::fromLatin1(id))->setEnabled(something);
    m_actions->action(QStringLiteral("edit.delete"))->setEnabled(any);
}

void MainWindow::showInspectorFor(const QString& id, bool rename)
{
    m_scene->selectIds({id.toStdString()});
    m_inspector->showSelection({id.toStdString()});
    if (auto* d = qobject_cast<QDockWidget*>(m_inspector->parentWidget())) {
        d->show(); // tabbed with the history, or closed: brought forward
        d->raise();
    }
    if (rename)
        m_inspector->focusName();
    else
        m_inspector->setFocus(Qt::OtherFocusReason);
}

void MainWindow::selectElements(const QStringList& ids)
{
    std::vector<std::string> list;
    QRectF area;
    for (const QString& id : ids) {
        list.push_back(id.toStdString());
        if (ElementItem* item = m_scene->item(id.toStdString()))
            area |= item->sceneBoundingRectOfElement();
    }
    m_scene->selectIds(list);
    m_view->showArea(area);
}

void MainWindow::exportDiagram()
{
    // Paths on show are drawn in the export unless the person chooses otherwise.
    const auto ids = m_scene->selectedElementIds();
    auto* dialog = new ExportDialog(m_document->design(), m_document->filePath(),
                                    ids.size() == 1 ? ids.front() : std::string(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_paths->paths().empty() && ids.size() == 1)
        dialog->drawPathsOfSelection();
    connect(dialog, &ExportDialog::exported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Exported %1.").arg(QFileInfo(path).fileName()), 5000);
    });
    dialog->open();
}

void MainWindow::followSelection()
{
    if (m_quiz && m_quiz->active())
        return; // a selected client's paths would give a question's answer away

    const auto ids = m_scene->selectedElementIds();
    if (ids.empty() && m_scene->selectedIds().empty()) {
        m_paths->clear();
        return;
    }
    if (ids.size() != 1)
        return; // several things selected (a pair from the matrix): keep what is shown
    const Element* e = m_document->design().element(ids.front());
    const bool cluster =
        e && (e->kind == ElementKind::AksCluster || e->kind == ElementKind::EksCluster);
    if (e && (cluster || KindRegistry::info(e->kind).client))
        m_paths->showFor(e->id);
    else
        m_paths->clear();
}

void MainWindow::updateStages()
{
    unsigned mask = 0;
    const char* ids[] = {"view.stage.dns", "view.stage.network", "view.stage.admission",
                         "view.stage.identity"};
    for (unsigned i = 0; i < 4; ++i)
        if (m_actions->action(QString::fromLatin1(ids[i]))->isChecked())
            mask |= 1u << i;
    m_scene->setOverlayStages(mask);
}

void MainWindow::startWalkthrough()
{
    const auto& paths = m_paths->paths();
    if (paths.empty())
        return;
    const int index = std::max(0, m_paths->focused());
    m_scene->focusPath(index, 0);
    m_view->walkthrough()->start(paths[static_cast<std::size_t>(index)]);
    m_view->setFocus();
}

void MainWindow::placeAtCentre(int kind)
{
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    m_scene->placeNew(static_cast<ElementKind>(kind), centre);
}

void MainWindow::applyGrid()
{
    m_scene->setGrid(m_actions->action(QStringLiteral("view.grid"))->isChecked(),
                     m_actions->action(QStringLiteral("view.snap"))->isChecked(),
                     m_scene->gridSize());
}

void MainWindow::setTheme(bool dark)
{
    CanvasTheme::setDark(dark);
    Application::applyTheme(dark);
    m_view->refreshTheme();
}

void MainWindow::setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    // Every bound text and every panel follows (Retranslator); nothing waits for a restart.
    Application::installTranslations(*qApp, language);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(s.value(QStringLiteral("window/state")).toByteArray()))
        // No layout saved yet: once the window has its real size (a window manager may have
        // maximised it), the canvas gets most of the height and the docks their widths.
        QTimer::singleShot(0, this, &MainWindow::applyDefaultLayout);
    m_actions->action(QStringLiteral("view.grid"))
        ->setChecked(s.value(QStringLiteral("canvas/grid"), true).toBool());
    m_actions->action(QStringLiteral("view.snap"))
        ->setChecked(s.value(QStringLiteral("canvas/snap"), true).toBool());
    m_scene->setGrid(m_scene->gridVisible(), m_scene->snapToGrid(),
                     s.value(QStringLiteral("canvas/gridSize"), 20).toInt());
    applyGrid();
    m_actions->action(QStringLiteral("view.minimap"))
        ->setChecked(s.value(QStringLiteral("canvas/minimap"), true).toBool());
    const bool dark = s.value(QStringLiteral("theme")).toString() == QStringLiteral("dark");
    m_actions->action(QStringLiteral("view.dark"))->setChecked(dark);
    setTheme(dark); // the light palette too: its secondary text colour is ours
}

void MainWindow::applyDefaultLayout()
{
    auto* findings = findChild<QDockWidget*>(QStringLiteral("findings"));
    auto* inspector = findChild<QDockWidget*>(QStringLiteral("inspector"));
    auto* palette = findChild<QDockWidget*>(QStringLiteral("palette"));
    if (!findings || !inspector || !palette)
        return;
    // A quarter of the height for the findings, the matrix and the dashboard (a handful of
    // rows), the rest for the design.
    resizeDocks({findings}, {std::clamp(height() / 4, 160, 260)}, Qt::Vertical);
    resizeDocks({inspector, palette}, {340, 240}, Qt::Horizontal);
}

void MainWindow::saveSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("canvas/grid"), m_scene->gridVisible());
    s.setValue(QStringLiteral("canvas/snap"), m_scene->snapToGrid());
    s.setValue(QStringLiteral("canvas/gridSize"), m_scene->gridSize());
    s.setValue(QStringLiteral("canvas/minimap"),
               m_actions->action(QStringLiteral("view.minimap"))->isChecked());
    s.setValue(QStringLiteral("theme"), m_actions->action(QStringLiteral("view.dark"))->isChecked()
                                            ? QStringLiteral("dark")
                                            : QStringLiteral("light"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_files->openDropped(paths);
}

} // namespace kg::ui
