#pragma once

#include <QWidget>

namespace kg::ui {

// The canvas legend, in a corner of the view: what the path lines, step badges, endpoint
// markers and finding badges mean. Drawn with the same colours and shapes as the canvas.
class Legend : public QWidget
{
    Q_OBJECT

public:
    explicit Legend(QWidget* parent);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // The rows' texts, in the order they are drawn.
    static QStringList texts();
};

} // namespace kg::ui
