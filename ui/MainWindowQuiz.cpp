// MainWindow's quiz mode: the matrix hides its verdicts, the class predicts each question (keys
// 1 to 5), Reveal shows the answer and walks its path, and the panel keeps the score.
#include "ActionRegistry.h"
#include "MainWindow.h"
#include "Retranslator.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/ElementItem.h"
#include "canvas/QuizBanner.h"
#include "canvas/WalkthroughBar.h"
#include "document/DesignDocument.h"
#include "document/PathController.h"
#include "document/QuizController.h"
#include "panels/AccessMatrixPanel.h"
#include "panels/QuizPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>

namespace kg::ui {

namespace {

struct Prediction
{
    const char* id;
    QuizAnswer answer;
    Qt::Key key;
};
constexpr Prediction kPredictions[] = {
    {"quiz.predict.reachable", QuizAnswer::Reachable, Qt::Key_1},
    {"quiz.predict.dns", QuizAnswer::Dns, Qt::Key_2},
    {"quiz.predict.network", QuizAnswer::Network, Qt::Key_3},
    {"quiz.predict.admission", QuizAnswer::Admission, Qt::Key_4},
    {"quiz.predict.identity", QuizAnswer::Identity, Qt::Key_5},
};

} // namespace

void MainWindow::createQuiz()
{
    ActionRegistry& a = *m_actions;
    m_quiz = new QuizController(m_document, this);
    QAction* mode = a.add(QStringLiteral("quiz.mode"), [] { return tr("&Quiz Mode"); },
                          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)});
    mode->setCheckable(true);
    a.setToolTip(QStringLiteral("quiz.mode"), [] {
        return tr("Hide the access matrix's verdicts and let the class predict each one");
    });
    connect(mode, &QAction::toggled, this, &MainWindow::setQuiz);
    addAction(mode); // reachable in presentation, with the menus hidden

    // The keys act only while a quiz runs; in the editor, 1 to 5 and R stay plain keys.
    QList<QAction*> quizOnly;
    auto* predictions = new QActionGroup(this);
    predictions->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (const Prediction& p : kPredictions) {
        const QuizAnswer answer = p.answer;
        QAction* predict =
            a.add(QString::fromLatin1(p.id),
                  [answer] { return QuizController::answerName(answer); }, {QKeySequence(p.key)});
        predict->setCheckable(true);
        const int number = static_cast<int>(p.key - Qt::Key_0);
        a.setToolTip(QString::fromLatin1(p.id), [answer, number] {
            return tr("The class predicts: %1 (key %2)")
                .arg(QuizController::answerLabel(answer))
                .arg(number);
        });
        predictions->addAction(predict);
        connect(predict, &QAction::triggered, m_quiz, [this, answer] { m_quiz->predict(answer); });
        quizOnly << predict;
    }
    struct Step
    {
        const char* id;
        ActionRegistry::Label label;
        QList<QKeySequence> keys;
        void (QuizController::*slot)();
    };
    const Step steps[] = {
        {"quiz.reveal",
         [] { return tr("&Reveal Answer"); },
         {QKeySequence(Qt::Key_R)},
         &QuizController::reveal},
        {"quiz.next",
         [] { return tr("&Next Question"); },
         {QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_PageDown)},
         &QuizController::next},
        {"quiz.previous",
         [] { return tr("&Previous Question"); },
         {QKeySequence(Qt::Key_PageUp)},
         &QuizController::previous},
        {"quiz.restart", [] { return tr("Re&start Quiz"); }, {}, &QuizController::restart},
    };
    for (const Step& s : steps) {
        QAction* action = a.add(QString::fromLatin1(s.id), s.label, s.keys);
        connect(action, &QAction::triggered, m_quiz, s.slot);
        quizOnly << action;
    }
    // The trainer's edits of the questions (undo steps the file keeps).
    QAction* add = a.add(QStringLiteral("quiz.add"), [] { return tr("&Ask Matrix Cell"); });
    a.setToolTip(QStringLiteral("quiz.add"),
                 [] { return tr("Add the access matrix's current cell to the quiz"); });
    connect(add, &QAction::triggered, this, [this] {
        const auto [client, cluster] = m_matrix->currentPair();
        if (client.empty())
            statusBar()->showMessage(tr("Choose a cell of the access matrix first."), 5000);
        else
            m_quiz->addQuestion({client, cluster});
    });
    QAction* remove = a.add(QStringLiteral("quiz.remove"), [] { return tr("Re&move Question"); });
    connect(remove, &QAction::triggered, this,
            [this] { m_quiz->removeQuestion(m_quiz->current()); });
    QAction* up = a.add(QStringLiteral("quiz.moveUp"), [] { return tr("Move &Up"); });
    connect(up, &QAction::triggered, this,
            [this] { m_quiz->moveQuestion(m_quiz->current(), m_quiz->current() - 1); });
    QAction* down = a.add(QStringLiteral("quiz.moveDown"), [] { return tr("Move &Down"); });
    connect(down, &QAction::triggered, this,
            [this] { m_quiz->moveQuestion(m_quiz->current(), m_quiz->current() + 1); });
    quizOnly << add << remove << up << down;
    for (QAction* action : quizOnly) {
        action->setEnabled(false);
        addAction(action); // the keys work with the panel hidden and in presentation
    }

    m_quizPanel = new QuizPanel(m_quiz, m_document, m_actions, this);
    m_quizDock = new QDockWidget(this);
    Retranslator::bind(m_quizDock, [this] { m_quizDock->setWindowTitle(tr("Quiz")); });
    m_quizDock->setObjectName(QStringLiteral("quiz"));
    m_quizDock->setWidget(m_quizPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_quizDock);
    auto* inspector = findChild<QDockWidget*>(QStringLiteral("inspector"));
    if (inspector)
        tabifyDockWidget(inspector, m_quizDock);
    m_quizDock->hide();
    if (inspector)
        inspector->raise(); // hiding the quiz's tab left another in front
    m_matrix->setQuiz(m_quiz);
    m_quizBanner = new QuizBanner(m_view->viewport());
    connect(m_quiz, &QuizController::changed, this, &MainWindow::updateQuizBanner);
    connect(m_document, &DesignDocument::analysisUpdated, this, &MainWindow::updateQuizBanner);
    Retranslator::bind(m_quizBanner, [this] { updateQuizBanner(); });

    auto update = [this, quizOnly] {
        const bool on = m_quiz->active();
        const int current = m_quiz->current();
        const bool asking = on && current < m_quiz->count();
        const bool open = asking && !m_quiz->revealed(current);
        for (QAction* action : quizOnly)
            action->setEnabled(on);
        const auto predicted = asking ? m_quiz->prediction(current) : std::nullopt;
        for (const Prediction& p : kPredictions) {
            QAction* action = m_actions->action(QString::fromLatin1(p.id));
            action->setEnabled(open);
            action->setChecked(predicted == p.answer);
        }
        m_actions->action(QStringLiteral("quiz.reveal"))->setEnabled(open);
        m_actions->action(QStringLiteral("quiz.remove"))->setEnabled(on && m_quiz->count() > 1);
        m_actions->action(QStringLiteral("quiz.moveUp"))->setEnabled(asking && current > 0);
        m_actions->action(QStringLiteral("quiz.moveDown"))
            ->setEnabled(asking && current + 1 < m_quiz->count());
        m_matrix->showAnalysis(m_document->analysis(), m_document->design());
    };
    connect(m_quiz, &QuizController::changed, this, update);
    // A question asked: nothing on the canvas gives its answer away; one revealed: its path.
    int shown = -1;
    connect(m_quiz, &QuizController::changed, this, [this, shown]() mutable {
        if (!m_quiz->active() || m_quiz->current() == shown)
            return;
        shown = m_quiz->current();
        m_view->walkthrough()->stop();
        if (m_quiz->revealed(shown)) {
            const QuizCell& q = m_quiz->questions()[static_cast<std::size_t>(shown)];
            showQuizPath(q.client, q.cluster, false);
        } else {
            m_paths->clear();
            m_scene->clearSelection();
            m_view->fitDesign(); // the whole design while the class thinks
        }
    });
    connect(m_quiz, &QuizController::answerShown, this,
            [this](const QString& client, const QString& cluster) {
                showQuizPath(client.toStdString(), cluster.toStdString(), true);
            });
    connect(m_matrix, &AccessMatrixPanel::quizCellActivated, this,
            [this](const QString& client, const QString& cluster) {
                const int question = m_quiz->indexOf(client.toStdString(), cluster.toStdString());
                if (question >= 0)
                    m_quiz->setCurrent(question);
                else
                    statusBar()->showMessage(tr("Not asked in this quiz: Ask Matrix Cell adds it."),
                                             5000);
            });
}

void MainWindow::updateQuizBanner()
{
    const bool presenting = m_actions->action(QStringLiteral("view.presentation"))->isChecked();
    const QString question = m_quizPanel->questionText();
    if (!presenting || question.isEmpty()) {
        m_quizBanner->hide();
        return;
    }
    m_quizBanner->setScale(m_view->walkthrough()->scale());
    m_quizBanner->setTexts(question, m_quizPanel->answerText());
    m_quizBanner->show();
    m_quizBanner->raise();
}

void MainWindow::showQuizPath(const std::string& client, const std::string& cluster, bool walk)
{
    m_scene->selectIds({client.substr(0, client.find('/')), cluster});
    m_paths->showPair(client, cluster);
    QRectF area;
    for (const auto& id : {client.substr(0, client.find('/')), cluster})
        if (ElementItem* item = m_scene->item(id))
            area |= item->sceneBoundingRectOfElement();
    m_view->showArea(area);
    if (walk)
        startWalkthrough();
}

void MainWindow::setQuiz(bool on)
{
    if (on == m_quiz->active())
        return;
    QAction* build = m_actions->action(QStringLiteral("view.buildUp"));
    if (on && build->isChecked())
        build->setChecked(false); // Page Down is the quiz's now
    // What would give the answers away leaves the screen while the class thinks: the findings
    // and the dashboard, and the paths of whatever is selected.
    for (const char* name : {"findings", "dashboard"})
        if (auto* d = findChild<QDockWidget*>(QString::fromLatin1(name))) {
            if (on) {
                m_hiddenForQuiz[QString::fromLatin1(name)] = d->isVisible();
                d->hide();
            } else if (m_hiddenForQuiz.value(QString::fromLatin1(name), false)) {
                d->show();
            }
        }
    m_view->walkthrough()->stop();
    m_paths->clear();
    m_scene->clearSelection();
    m_counts->setVisible(!on); // "4 reachable, 4 blocked" is a hint the class should not get
    m_quiz->setActive(on);
    m_quizDock->setVisible(on);
    if (!on)
        if (auto* inspector = findChild<QDockWidget*>(QStringLiteral("inspector")))
            inspector->raise();
    if (on) {
        m_quizDock->raise();
        // The panel tall enough for its list, the matrix no taller than its rows, and the
        // design in view: the room looks at the canvas.
        resizeDocks({m_quizDock}, {height() * 2 / 3}, Qt::Vertical);
        if (auto* matrix = findChild<QDockWidget*>(QStringLiteral("matrix"))) {
            matrix->show();
            matrix->raise();
            const int rows = m_matrix->rowCount() + 1;
            const int wanted = m_matrix->horizontalHeader()->height() +
                               rows * m_matrix->verticalHeader()->defaultSectionSize() + 40;
            resizeDocks({matrix}, {std::min(wanted, height() / 3)}, Qt::Vertical);
        }
        m_view->fitDesign();
        // The keys 1 to 5, R and N are the quiz's: away from any text field that would take
        // them as typing.
        m_quizPanel->focusQuestions();
    }
    statusBar()->showMessage(on ? tr("Quiz mode: the verdicts are hidden until you reveal them.")
                                : tr("Quiz mode ended."),
                             5000);
}

} // namespace kg::ui
