#include "MainWindow.h"

#include "io/DesignJson.h"
#include "validate/Validator.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace kg::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    m_summary = new QLabel(this);
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setMargin(24);
    setCentralWidget(m_summary);
    createActions();
    resize(1280, 800);
    updateView();
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
    updateView();
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
    if (m_filePath.isEmpty()) {
        setWindowTitle(tr("Untitled"));
        m_summary->setText(tr("Open a design with File > Open."));
        return;
    }
    setWindowTitle(QFileInfo(m_filePath).fileName());
    const auto findings = Validator::run(m_design);
    int errors = 0;
    for (const auto& f : findings)
        errors += f.severity == Severity::Error ? 1 : 0;
    m_summary->setText(
        tr("<h2>%1</h2><p>%n element(s)</p>", nullptr, static_cast<int>(m_design.elements().size()))
            .arg(QString::fromStdString(m_design.title()).toHtmlEscaped()) +
        tr("<p>%n finding(s), of which %1 error(s)</p>", nullptr, static_cast<int>(findings.size()))
            .arg(errors));
}

} // namespace kg::ui
