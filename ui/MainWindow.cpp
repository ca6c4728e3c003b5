#include "MainWindow.h"

#include "analysis/Analyzer.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/ElementItem.h"
#include "io/DesignJson.h"
#include "panels/FindingsPanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace kg::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    m_scene = new DiagramScene(this);
    m_view = new DiagramView(m_scene, this);
    setCentralWidget(m_view);
    m_findings = new FindingsPanel(this);
    auto* dock = new QDockWidget(tr("Findings"), this);
    dock->setObjectName(QStringLiteral("findings"));
    dock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    connect(m_findings, &FindingsPanel::findingActivated, this, &MainWindow::selectElements);
    createActions();
    resize(1280, 800);
    updateView();
}

void MainWindow::selectElements(const QStringList& ids)
{
    m_scene->clearSelection();
    QRectF area;
    for (const QString& id : ids) {
        if (ElementItem* item = m_scene->item(id.toStdString())) {
            item->setSelected(true);
            area |= item->sceneBoundingRect();
        }
    }
    if (!area.isEmpty())
        m_view->ensureVisible(area);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openAction = file->addAction(tr("&Open..."), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Kubegate"), this, &MainWindow::about);
}

bool MainWindow::openFile(const QString& path)
{
    LoadResult result = DesignJson::loadFile(QFileInfo(path).absoluteFilePath().toStdString());
    if (!result.ok()) {
        QStringList reasons;
        for (const auto& e : result.errors)
            reasons << QString::fromStdString(e.format(QFileInfo(path).fileName().toStdString()));
        QMessageBox box(QMessageBox::Warning, tr("Cannot open design"),
                        tr("%1 could not be opened. The current design is unchanged.")
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        box.setDetailedText(reasons.join(QLatin1Char('\n')));
        box.setInformativeText(reasons.value(0));
        box.exec();
        statusBar()->showMessage(reasons.value(0), 10000);
        return false;
    }
    m_design = std::move(*result.design);
    m_filePath = path;
    m_analysis = Analyzer::run(m_design);
    updateView();
    m_view->fitDesign();
    return true;
}

void MainWindow::open()
{
    QString path = QFileDialog::getOpenFileName(this, tr("Open Design"), QString(),
                                                tr("Kubegate designs (*.kubegate);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Kubegate"),
                       tr("<h3>Kubegate %1</h3><p>Design, check and explain who can reach a "
                          "Kubernetes API server on AKS and EKS, by which path, and why not.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::updateView()
{
    setWindowTitle(m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName());
    m_scene->showDesign(m_design);
    m_scene->showFindings(m_analysis);
    m_findings->showFindings(m_analysis);
    int errors = 0;
    int warnings = 0;
    for (const auto& f : m_analysis.findings) {
        errors += f.severity == Severity::Error ? 1 : 0;
        warnings += f.severity == Severity::Warning ? 1 : 0;
    }
    int reachable = 0;
    for (const auto& p : m_analysis.paths)
        reachable += p.reachable ? 1 : 0;
    if (m_filePath.isEmpty())
        statusBar()->showMessage(tr("Open a design with File > Open."));
    else
        statusBar()->showMessage(
            tr("%n error(s), ", nullptr, errors) + tr("%n warning(s); ", nullptr, warnings) +
            tr("%1 of %n path(s) reachable", nullptr, static_cast<int>(m_analysis.paths.size()))
                .arg(reachable));
}

} // namespace kg::ui
