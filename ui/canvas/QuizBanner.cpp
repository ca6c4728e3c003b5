#include "canvas/QuizBanner.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace kg::ui {

QuizBanner::QuizBanner(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("quizBanner"));
    setAutoFillBackground(true);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(16, 10, 16, 10);
    m_question = new QLabel(this);
    m_detail = new QLabel(this);
    for (QLabel* l : {m_question, m_detail}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setAlignment(Qt::AlignHCenter);
        column->addWidget(l);
    }
    setScale(1.0);
    parent->installEventFilter(this);
    hide();
}

void QuizBanner::setTexts(const QString& question, const QString& detail)
{
    m_question->setText(question);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    place();
}

QString QuizBanner::question() const
{
    return m_question->text();
}

void QuizBanner::setScale(double scale)
{
    m_scale = scale;
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.35 * scale);
    big.setBold(true);
    m_question->setFont(big);
    QFont body = font();
    body.setPointSizeF(font().pointSizeF() * 1.15 * scale);
    m_detail->setFont(body);
    place();
}

void QuizBanner::place()
{
    const QWidget* host = parentWidget();
    const int width = std::min(host->width() - 40, static_cast<int>(1000 * m_scale));
    const QMargins m = layout()->contentsMargins();
    const int inner = width - m.left() - m.right();
    int height = m.top() + m.bottom() + m_question->heightForWidth(inner);
    if (m_detail->isVisible())
        height += layout()->spacing() + m_detail->heightForWidth(inner);
    setGeometry((host->width() - width) / 2, 16, width, height);
}

bool QuizBanner::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

} // namespace kg::ui
