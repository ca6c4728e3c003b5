// MainWindow's presentation: the canvas alone, full screen, with type a room can read, and the
// build-up that reveals a design one element at a time.
#include "ActionRegistry.h"
#include "MainWindow.h"
#include "Retranslator.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/ElementItem.h"
#include "canvas/WalkthroughBar.h"
#include "commands/ChangeLessonCommand.h"
#include "document/DesignDocument.h"
#include "layout/BuildUpOrder.h"
#include "panels/BuildOrderDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace kg::ui {

namespace {

// The presentation scales offered: the smallest zoom a presenting canvas shows, and the
// walkthrough's type size, relative to the editor's.
constexpr int kScales[] = {100, 150, 200, 300};

double presentationScale()
{
    return QSettings().value(QStringLiteral("presentation/scale"), 150).toInt() / 100.0;
}

} // namespace

QAction* MainWindow::createPresentation()
{
    ActionRegistry& a = *m_actions;
    QAction* present = a.add(QStringLiteral("view.presentation"),
                             [] { return tr("P&resentation Mode"); }, {QKeySequence(Qt::Key_F11)});
    present->setCheckable(true);
    connect(present, &QAction::toggled, this, &MainWindow::setPresentation);
    addAction(present); // its key works with the menus hidden
    // View > Presentation Scale: how large a presenting canvas and its narration are.
    auto* scales = new QActionGroup(this);
    const int current = qRound(presentationScale() * 100);
    for (int percent : kScales) {
        QAction* s = a.add(QStringLiteral("view.presentationScale.%1").arg(percent),
                           [percent] { return tr("%1 %").arg(percent); });
        s->setCheckable(true);
        s->setChecked(percent == current);
        scales->addAction(s);
        connect(s, &QAction::triggered, this, [this, percent, present] {
            QSettings().setValue(QStringLiteral("presentation/scale"), percent);
            if (present->isChecked())
                setPresentation(true); // again, at the new scale
        });
    }
    QAction* build = a.add(QStringLiteral("view.buildUp"), [] { return tr("&Build Up"); },
                           {QKeySequence(Qt::CTRL | Qt::Key_B)});
    build->setCheckable(true);
    a.setToolTip(QStringLiteral("view.buildUp"), [] {
        return tr("Reveal the design one element at a time (Page Down shows the next, Page Up "
                  "hides it again)");
    });
    connect(build, &QAction::toggled, this, &MainWindow::setBuildUp);
    addAction(build);
    // Page Down and Page Up: what a presenter's remote sends.
    QAction* next = a.add(QStringLiteral("view.buildUpNext"), [] { return tr("Reveal &Next"); },
                          {QKeySequence(Qt::Key_PageDown)});
    QAction* back = a.add(QStringLiteral("view.buildUpBack"), [] { return tr("Hide &Last"); },
                          {QKeySequence(Qt::Key_PageUp)});
    for (QAction* step : {next, back}) {
        step->setEnabled(false);
        addAction(step); // reachable with the menus hidden
    }
    connect(next, &QAction::triggered, this, [this] { revealTo(m_buildStep + 1); });
    connect(back, &QAction::triggered, this, [this] { revealTo(m_buildStep - 1); });
    // Teach > Build-Up Order: the trainer's order, kept in the design.
    connect(a.add(QStringLiteral("view.buildUpOrder"), [] { return tr("Build-Up &Order..."); }),
            &QAction::triggered, this, [this] {
                BuildOrderDialog dialog(m_document->design(), this);
                if (dialog.exec() != QDialog::Accepted)
                    return;
                Lesson lesson = m_document->design().lesson();
                std::vector<std::string> order = dialog.chosenOrder();
                if (order == lesson.prunedFor(m_document->design()).buildOrder)
                    return; // unchanged: no undo step
                lesson.buildOrder = std::move(order);
                m_document->push(new ChangeLessonCommand(m_document, std::move(lesson), [] {
                    return QCoreApplication::translate("Commands", "Change Build-Up Order");
                }));
            });
    // An edit changes what there is to reveal: the build-up ends and shows everything.
    connect(m_document, &DesignDocument::changed, this, [build] {
        if (build->isChecked())
            build->setChecked(false);
    });
    return present;
}

void MainWindow::setPresentation(bool on)
{
    const double scale = presentationScale();
    if (on) {
        if (!isFullScreen()) {
            m_statebeforePresentation = saveState();
            m_minimapBeforePresentation = m_view->minimapVisible();
        }
        for (QDockWidget* d : findChildren<QDockWidget*>())
            d->hide();
        for (QToolBar* t : findChildren<QToolBar*>())
            t->hide();
        menuBar()->hide();
        statusBar()->hide();
        m_view->setMinimapVisible(false); // the room sees the design, not the overview
        m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_view->setPresentationZoom(scale);
        m_view->walkthrough()->setScale(scale);
        showFullScreen();
        m_view->fitDesign();
        updateQuizBanner(); // a quiz's question, where the room can read it
    } else {
        m_view->setPresentationZoom(0);
        m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // as the editor has them
        m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        m_view->walkthrough()->setScale(1.0);
        showNormal();
        menuBar()->show();
        statusBar()->show();
        restoreState(m_statebeforePresentation);
        m_view->setMinimapVisible(m_minimapBeforePresentation);
        m_view->fitDesign();
        updateQuizBanner();
    }
}

void MainWindow::setBuildUp(bool on)
{
    m_actions->action(QStringLiteral("view.buildUpNext"))->setEnabled(on);
    m_actions->action(QStringLiteral("view.buildUpBack"))->setEnabled(false);
    if (!on) {
        m_buildOrder.clear();
        m_buildStep = 0;
        m_scene->setBuildUp(std::nullopt);
        return;
    }
    if (QAction* quiz = m_actions->action(QStringLiteral("quiz.mode")); quiz && quiz->isChecked())
        quiz->setChecked(false); // Page Down is the build-up's now
    m_scene->clearSelection();   // the inspector and the paths follow nothing hidden
    m_buildOrder = buildUpOrder(m_document->design());
    revealTo(0);
}

void MainWindow::revealTo(int step)
{
    if (!m_scene->buildingUp() && step > 0)
        return;
    const int count = static_cast<int>(m_buildOrder.size());
    m_buildStep = std::clamp(step, 0, count);
    std::set<std::string> shown(m_buildOrder.begin(), m_buildOrder.begin() + m_buildStep);
    m_scene->setBuildUp(std::move(shown));
    m_actions->action(QStringLiteral("view.buildUpNext"))->setEnabled(m_buildStep < count);
    m_actions->action(QStringLiteral("view.buildUpBack"))->setEnabled(m_buildStep > 0);
    // What just appeared is in view, even when a readable scale leaves the design larger
    // than the screen.
    if (m_buildStep > 0)
        if (ElementItem* item =
                m_scene->item(m_buildOrder[static_cast<std::size_t>(m_buildStep - 1)]))
            m_view->ensureVisible(item->sceneBoundingRect(), 40, 40);
}

} // namespace kg::ui
