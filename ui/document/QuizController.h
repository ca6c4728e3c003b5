#pragma once

#include "analysis/Quiz.h"
#include "commands/DesignCommand.h"
#include "model/Lesson.h"

#include <QObject>
#include <QString>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace kg::ui {

class DesignDocument;

// Quiz mode for a class: the questions (the design's own, Lesson::quiz, or Kubegate's choice
// when the trainer has prepared none), the class's prediction for each, which are revealed,
// and the score. The right answers come from the document's analysis as it is now, so an edit
// during a quiz is answered truthfully. Predictions and reveals belong to the class in the
// room, not to the design; the questions and their order are the design's and editing them is
// an undo step the file keeps.
class QuizController : public QObject
{
    Q_OBJECT

public:
    explicit QuizController(DesignDocument* document, QObject* parent = nullptr);

    bool active() const { return m_active; }
    void setActive(bool active);

    // The questions in the order they are asked.
    const std::vector<QuizCell>& questions() const { return m_questions; }
    // Whether they are the design's own (saved in the file) rather than Kubegate's choice.
    bool prepared() const;
    int count() const { return static_cast<int>(m_questions.size()); }
    int current() const { return m_current; }
    void setCurrent(int index);
    // The question asking about this pair, or -1.
    int indexOf(const std::string& client, const std::string& cluster) const;

    std::optional<QuizAnswer> prediction(int index) const;
    bool revealed(int index) const;
    // The right answer (nullopt for a pair without a path).
    std::optional<QuizAnswer> answer(int index) const;
    bool finished() const;
    QuizScore score() const;

    // The class's prediction for the current question; again the same answer takes it back.
    void predict(QuizAnswer answer);
    // Shows the current question's answer (the window walks its path).
    void reveal();
    // The next question not yet revealed (after the current one, then from the start).
    void next();
    void previous();
    // Every prediction and reveal forgotten: the quiz for the next class.
    void restart();

    // The trainer's edits of the questions: each is an undo step, saved with the design.
    void addQuestion(const QuizCell& cell);
    void removeQuestion(int index);
    void moveQuestion(int from, int to);

    // A right answer's name, short ("DNS") or as the class reads it ("Blocked at DNS").
    static QString answerName(QuizAnswer answer);
    static QString answerLabel(QuizAnswer answer);

signals:
    void changed();
    void activeChanged(bool active);
    // The current question was revealed: the window shows and walks its path.
    void answerShown(const QString& client, const QString& cluster);

private:
    struct State
    {
        std::optional<QuizAnswer> prediction;
        bool revealed = false;
    };
    void reload();
    void setQuestions(std::vector<QuizCell> questions, CommandLabel label);
    const State* stateOf(int index) const;

    DesignDocument* m_document;
    bool m_active = false;
    std::vector<QuizCell> m_questions;
    int m_current = 0;
    // By pair, so that a question moved or asked again keeps what the class said.
    std::map<std::pair<std::string, std::string>, State> m_states;
};

} // namespace kg::ui
