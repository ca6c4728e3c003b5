#pragma once

#include <QWidget>

class QLabel;

namespace kg::ui {

// The quiz's question across the top of the canvas while presenting, where the room can read
// it: the docks (and the Quiz panel with them) are hidden in presentation. Says the question,
// the class's prediction and, once revealed, whether it was right, set at the presentation's
// type scale. It only shows texts; MainWindow fills and shows it.
class QuizBanner : public QWidget
{
    Q_OBJECT

public:
    explicit QuizBanner(QWidget* parent);

    void setTexts(const QString& question, const QString& detail);
    void setScale(double scale);
    QString question() const;

private:
    void place();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QLabel* m_question = nullptr;
    QLabel* m_detail = nullptr;
    double m_scale = 1.0;
};

} // namespace kg::ui
