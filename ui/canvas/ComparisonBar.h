#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace kg::ui {

class ComparisonController;

// Above the canvas while a comparison or a what-if is on: what is compared, the difference in
// a line (and the changes a cloud cannot make in place), Apply for a what-if and Close. It takes
// its own room in the window's layout, so it hides nothing of the design. The canvas and the
// matrix mark the paths themselves.
class ComparisonBar : public QWidget
{
    Q_OBJECT

public:
    ComparisonBar(ComparisonController* comparison, QWidget* parent);

private:
    void refresh();

    ComparisonController* m_comparison;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace kg::ui
