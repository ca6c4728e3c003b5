#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace kg::ui {

class ActionRegistry;
class DesignDocument;
class QuizController;

// Quiz mode's panel: the question on the board (which client, which cluster), the class's
// prediction (reachable, or the stage that blocks), Reveal and Next, every question with its
// prediction and, once revealed, its answer, the trainer's edits of the list, and the score
// with the stages most often mispredicted. Its buttons are the registry's quiz commands, so
// the keys, the menu and the panel do one thing.
class QuizPanel : public QWidget
{
    Q_OBJECT

public:
    QuizPanel(QuizController* quiz, DesignDocument* document, ActionRegistry* actions,
              QWidget* parent = nullptr);

    // Gives the keyboard focus to the list of questions.
    void focusQuestions();
    // The score as the panel shows it (public for tests).
    QString scoreText() const;
    // The current question and what the class said of it, for the banner a presenting canvas
    // shows instead of the panel; empty strings when there is no question.
    QString questionText() const;
    QString answerText() const;

private:
    void refresh();
    QString nameOf(const std::string& id) const;

    QuizController* m_quiz;
    DesignDocument* m_document;
    QLabel* m_heading = nullptr;
    QLabel* m_pair = nullptr;
    QLabel* m_source = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_score = nullptr;
    bool m_filling = false;
};

} // namespace kg::ui
