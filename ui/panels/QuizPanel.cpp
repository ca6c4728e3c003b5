#include "panels/QuizPanel.h"

#include "ActionRegistry.h"
#include "Retranslator.h"
#include "canvas/PathOverlay.h"
#include "document/DesignDocument.h"
#include "document/QuizController.h"
#include "model/Design.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kg::ui {

namespace {

QToolButton* button(ActionRegistry* actions, const char* id, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setDefaultAction(actions->action(QString::fromLatin1(id)));
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(false);
    return b;
}

} // namespace

QuizPanel::QuizPanel(QuizController* quiz, DesignDocument* document, ActionRegistry* actions,
                     QWidget* parent)
    : QWidget(parent), m_quiz(quiz), m_document(document)
{
    setObjectName(QStringLiteral("quizPanel"));
    auto* column = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont large = m_heading->font();
    large.setPointSizeF(large.pointSizeF() * 1.35);
    large.setBold(true);
    m_heading->setFont(large);
    m_pair = new QLabel(this);
    QFont pairFont = m_pair->font();
    pairFont.setPointSizeF(pairFont.pointSizeF() * 1.2);
    m_pair->setFont(pairFont);
    m_pair->setWordWrap(true);
    m_pair->setTextFormat(Qt::PlainText);
    column->addWidget(m_heading);
    column->addWidget(m_pair);

    // The class's prediction: one button per answer (keys 1 to 5).
    auto* predictions = new QHBoxLayout;
    for (const char* id : {"quiz.predict.reachable", "quiz.predict.dns", "quiz.predict.network",
                           "quiz.predict.admission", "quiz.predict.identity"})
        predictions->addWidget(button(actions, id, this));
    predictions->addStretch(1);
    column->addLayout(predictions);
    auto* steps = new QHBoxLayout;
    for (const char* id : {"quiz.reveal", "quiz.previous", "quiz.next", "quiz.restart"})
        steps->addWidget(button(actions, id, this));
    steps->addStretch(1);
    column->addLayout(steps);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("quizQuestions"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    // The question takes what the verdicts leave: a long name is elided, never the answer.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setTextElideMode(Qt::ElideMiddle);
    column->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && !m_filling)
            m_quiz->setCurrent(m_list->indexOfTopLevelItem(item));
    });

    // The trainer's edits: saved in the design, each an undo step.
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_source);
    auto* edits = new QHBoxLayout;
    for (const char* id : {"quiz.add", "quiz.remove", "quiz.moveUp", "quiz.moveDown"})
        edits->addWidget(button(actions, id, this));
    edits->addStretch(1);
    column->addLayout(edits);

    m_score = new QLabel(this);
    m_score->setWordWrap(true);
    m_score->setObjectName(QStringLiteral("quizScore"));
    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.15);
    m_score->setFont(scoreFont);
    column->addWidget(m_score);

    Retranslator::bind(this, [this] {
        m_list->setHeaderLabels({tr("#"), tr("Question"), tr("Prediction"), tr("Answer")});
        refresh();
    });
    connect(m_quiz, &QuizController::changed, this, &QuizPanel::refresh);
    connect(m_document, &DesignDocument::analysisUpdated, this, &QuizPanel::refresh);
}

void QuizPanel::focusQuestions()
{
    m_list->setFocus(Qt::OtherFocusReason);
}

QString QuizPanel::nameOf(const std::string& id) const
{
    const auto slash = id.find('/');
    if (slash != std::string::npos) // a cluster's implicit nodes
        return tr("%1 nodes").arg(nameOf(id.substr(0, slash)));
    const Element* e = m_document->design().element(id);
    return QString::fromStdString(e ? e->label() : id);
}

QString QuizPanel::questionText() const
{
    if (!m_quiz->active() || m_quiz->current() >= m_quiz->count())
        return {};
    const QuizCell& q = m_quiz->questions()[static_cast<std::size_t>(m_quiz->current())];
    return tr("Question %1 of %2: can %3 reach the API server of %4?")
        .arg(m_quiz->current() + 1)
        .arg(m_quiz->count())
        .arg(nameOf(q.client), nameOf(q.cluster));
}

QString QuizPanel::answerText() const
{
    const int i = m_quiz->current();
    if (!m_quiz->active() || i >= m_quiz->count())
        return {};
    const auto predicted = m_quiz->prediction(i);
    if (!m_quiz->revealed(i))
        return predicted ? tr("The class predicts: %1").arg(QuizController::answerLabel(*predicted))
                         : tr("Predict with the keys 1 to 5, then R reveals the answer");
    const auto truth = m_quiz->answer(i);
    if (!truth)
        return tr("No path");
    const QString answer = QuizController::answerLabel(*truth);
    if (predicted == truth)
        return tr("✓ %1: the class was right").arg(answer);
    return tr("✗ %1: the class said %2")
        .arg(answer, predicted ? QuizController::answerLabel(*predicted) : tr("nothing"));
}

QString QuizPanel::scoreText() const
{
    const QuizScore score = m_quiz->score();
    if (score.revealed == 0)
        return tr("No answer revealed yet.");
    QString text = tr("Score: %1 of %2 right").arg(score.right).arg(score.revealed);
    const auto missed = score.mostMissed();
    if (!missed.empty()) {
        QStringList parts;
        for (const auto& [answer, times] : missed)
            parts << tr("%1 (%n)", nullptr, times).arg(QuizController::answerName(answer));
        text += QLatin1Char('\n') + tr("Most often mispredicted: %1").arg(parts.join(tr(", ")));
    }
    if (m_quiz->finished())
        text = tr("Quiz complete.") + QLatin1Char(' ') + text;
    return text;
}

void QuizPanel::refresh()
{
    if (!m_quiz->active()) {
        m_heading->setText(tr("Quiz mode is off"));
        m_pair->setText(tr("Start it from Teach > Quiz Mode: the access matrix hides its "
                           "verdicts, and the class predicts each question before you reveal "
                           "it."));
        m_list->clear();
        m_source->clear();
        m_score->clear();
        return;
    }
    const int current = m_quiz->current();
    if (m_quiz->count() == 0) {
        m_heading->setText(tr("No questions"));
        m_pair->setText(tr("The design has no client and cluster to ask about."));
    } else {
        const QuizCell& q = m_quiz->questions()[static_cast<std::size_t>(current)];
        m_heading->setText(tr("Question %1 of %2").arg(current + 1).arg(m_quiz->count()));
        m_pair->setText(
            tr("Can %1 reach the API server of %2?").arg(nameOf(q.client), nameOf(q.cluster)));
    }
    m_filling = true;
    m_list->clear();
    for (int i = 0; i < m_quiz->count(); ++i) {
        const QuizCell& q = m_quiz->questions()[static_cast<std::size_t>(i)];
        auto* row = new QTreeWidgetItem(m_list);
        row->setText(0, QString::number(i + 1));
        row->setText(1, tr("%1 → %2").arg(nameOf(q.client), nameOf(q.cluster)));
        const auto predicted = m_quiz->prediction(i);
        // Short names: the list sits in a narrow dock; the full wording is in the tooltip.
        row->setText(2, predicted ? QuizController::answerName(*predicted) : tr("—"));
        if (predicted)
            row->setToolTip(2, QuizController::answerLabel(*predicted));
        if (!m_quiz->revealed(i)) {
            row->setText(3, tr("?"));
            continue;
        }
        const auto truth = m_quiz->answer(i);
        if (!truth) {
            row->setText(3, tr("No path"));
            continue;
        }
        const bool right = predicted == truth;
        // A glyph as well as the colour: right or wrong reads without colour.
        row->setText(3, (right ? tr("✓ %1") : tr("✗ %1")).arg(QuizController::answerName(*truth)));
        row->setToolTip(3, QuizController::answerLabel(*truth));
        row->setForeground(3, PathOverlay::colour(right));
        QFont bold = row->font(3);
        bold.setBold(true);
        row->setFont(3, bold);
    }
    if (QTreeWidgetItem* item = m_list->topLevelItem(current))
        m_list->setCurrentItem(item);
    m_filling = false;
    m_source->setText(m_quiz->prepared()
                          ? tr("These questions are the design's own: the file keeps them in "
                               "this order.")
                          : tr("Kubegate chose these questions. Add, remove or move one to keep "
                               "your own in the design."));
    m_score->setText(scoreText());
}

} // namespace kg::ui
