#include "document/QuizController.h"

#include "commands/ChangeLessonCommand.h"
#include "document/DesignDocument.h"
#include "model/Design.h"

#include <QCoreApplication>
#include <algorithm>

namespace kg::ui {

QuizController::QuizController(DesignDocument* document, QObject* parent)
    : QObject(parent), m_document(document)
{
    // The questions follow the design (a prepared quiz edited or undone, an element removed)
    // and the answers follow the analysis.
    connect(m_document, &DesignDocument::analysisUpdated, this, [this] {
        if (m_active)
            reload();
    });
    connect(m_document, &DesignDocument::changed, this, [this](const DesignChange& change) {
        if (m_active && (change.type == DesignChange::Type::InfoChanged ||
                         change.type == DesignChange::Type::Reset))
            reload();
    });
}

void QuizController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_states.clear(); // a fresh class
        m_current = 0;
        reload();
    }
    emit activeChanged(active);
    emit changed();
}

bool QuizController::prepared() const
{
    return !m_document->design().lesson().prunedFor(m_document->design()).quiz.empty();
}

void QuizController::reload()
{
    const Design& d = m_document->design();
    std::vector<QuizCell> questions = d.lesson().prunedFor(d).quiz;
    if (questions.empty())
        questions = defaultQuiz(m_document->analysis());
    // The current question stays the same pair when it is still asked.
    const QuizCell was =
        m_current >= 0 && m_current < count() ? m_questions[m_current] : QuizCell{};
    m_questions = std::move(questions);
    const int at = indexOf(was.client, was.cluster);
    m_current = at >= 0 ? at : std::clamp(m_current, 0, std::max(0, count() - 1));
    emit changed();
}

void QuizController::setCurrent(int index)
{
    if (index < 0 || index >= count() || index == m_current)
        return;
    m_current = index;
    emit changed();
}

int QuizController::indexOf(const std::string& client, const std::string& cluster) const
{
    for (int i = 0; i < count(); ++i)
        if (m_questions[static_cast<std::size_t>(i)].client == client &&
            m_questions[static_cast<std::size_t>(i)].cluster == cluster)
            return i;
    return -1;
}

const QuizController::State* QuizController::stateOf(int index) const
{
    if (index < 0 || index >= count())
        return nullptr;
    const QuizCell& c = m_questions[static_cast<std::size_t>(index)];
    auto it = m_states.find({c.client, c.cluster});
    return it == m_states.end() ? nullptr : &it->second;
}

std::optional<QuizAnswer> QuizController::prediction(int index) const
{
    const State* s = stateOf(index);
    return s ? s->prediction : std::nullopt;
}

bool QuizController::revealed(int index) const
{
    const State* s = stateOf(index);
    return s && s->revealed;
}

std::optional<QuizAnswer> QuizController::answer(int index) const
{
    if (index < 0 || index >= count())
        return std::nullopt;
    return quizAnswer(m_document->analysis(), m_questions[static_cast<std::size_t>(index)]);
}

bool QuizController::finished() const
{
    for (int i = 0; i < count(); ++i)
        if (!revealed(i))
            return false;
    return count() > 0;
}

QuizScore QuizController::score() const
{
    QuizScore score;
    for (int i = 0; i < count(); ++i)
        if (revealed(i))
            if (const auto truth = answer(i))
                score.add(*truth, prediction(i));
    return score;
}

void QuizController::predict(QuizAnswer answer)
{
    if (!m_active || m_current >= count() || revealed(m_current))
        return; // once revealed, the prediction stands as it was
    const QuizCell& c = m_questions[static_cast<std::size_t>(m_current)];
    State& s = m_states[{c.client, c.cluster}];
    s.prediction = s.prediction == answer ? std::nullopt : std::optional(answer);
    emit changed();
}

void QuizController::reveal()
{
    if (!m_active || m_current >= count())
        return;
    const QuizCell& c = m_questions[static_cast<std::size_t>(m_current)];
    m_states[{c.client, c.cluster}].revealed = true;
    emit changed();
    emit answerShown(QString::fromStdString(c.client), QString::fromStdString(c.cluster));
}

void QuizController::next()
{
    for (int step = 1; step <= count(); ++step) {
        const int i = (m_current + step) % count();
        if (!revealed(i)) {
            setCurrent(i);
            return;
        }
    }
    setCurrent(std::min(m_current + 1, count() - 1)); // all revealed: simply the next one
}

void QuizController::previous()
{
    setCurrent(std::max(0, m_current - 1));
}

void QuizController::restart()
{
    m_states.clear();
    m_current = 0;
    emit changed();
}

void QuizController::setQuestions(std::vector<QuizCell> questions, CommandLabel label)
{
    Lesson lesson = m_document->design().lesson();
    lesson.quiz = std::move(questions);
    m_document->push(new ChangeLessonCommand(m_document, std::move(lesson), std::move(label)));
    reload(); // at once: the analysis need not run again for a lesson
}

void QuizController::addQuestion(const QuizCell& cell)
{
    if (indexOf(cell.client, cell.cluster) >= 0) {
        setCurrent(indexOf(cell.client, cell.cluster));
        return;
    }
    std::vector<QuizCell> questions = m_questions;
    const auto at = std::min(static_cast<std::size_t>(m_current + 1), questions.size());
    questions.insert(questions.begin() + static_cast<std::ptrdiff_t>(at), cell);
    setQuestions(std::move(questions),
                 [] { return QCoreApplication::translate("Commands", "Add Quiz Question"); });
    setCurrent(indexOf(cell.client, cell.cluster));
}

void QuizController::removeQuestion(int index)
{
    if (index < 0 || index >= count() || count() == 1)
        return; // a quiz keeps one question at least; ending it is Quiz Mode's toggle
    std::vector<QuizCell> questions = m_questions;
    questions.erase(questions.begin() + index);
    setQuestions(std::move(questions),
                 [] { return QCoreApplication::translate("Commands", "Remove Quiz Question"); });
}

void QuizController::moveQuestion(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to)
        return;
    std::vector<QuizCell> questions = m_questions;
    const QuizCell moved = questions[static_cast<std::size_t>(from)];
    questions.erase(questions.begin() + from);
    questions.insert(questions.begin() + to, moved);
    setQuestions(std::move(questions),
                 [] { return QCoreApplication::translate("Commands", "Move Quiz Question"); });
    setCurrent(to);
}

QString QuizController::answerName(QuizAnswer answer)
{
    switch (answer) {
    case QuizAnswer::Reachable:
        return tr("Reachable");
    case QuizAnswer::Dns:
        return tr("DNS");
    case QuizAnswer::Network:
        return tr("Network");
    case QuizAnswer::Admission:
        return tr("Admission");
    case QuizAnswer::Identity:
        return tr("Identity");
    }
    return {};
}

QString QuizController::answerLabel(QuizAnswer answer)
{
    switch (answer) {
    case QuizAnswer::Reachable:
        return tr("Reachable");
    case QuizAnswer::Dns:
        return tr("Blocked at DNS");
    case QuizAnswer::Network:
        return tr("Blocked in the network");
    case QuizAnswer::Admission:
        return tr("Blocked at admission");
    case QuizAnswer::Identity:
        return tr("Blocked by identity");
    }
    return {};
}

} // namespace kg::ui
