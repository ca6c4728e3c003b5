#include "canvas/HintItem.h"

#include "canvas/CanvasTheme.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace kg::ui {

namespace {
constexpr double kMaxWidth = 320;
}

HintItem::HintItem()
{
    setFlag(ItemIgnoresTransformations);
    setZValue(1e6);
}

void HintItem::setHint(const QString& text, bool refused)
{
    prepareGeometryChange();
    m_text = text;
    m_refused = refused;
    const QFontMetricsF fm(QApplication::font());
    QRectF r = fm.boundingRect(QRectF(0, 0, kMaxWidth, 1000), Qt::TextWordWrap, text);
    m_size = QSizeF(r.width() + 16, r.height() + 10);
    placeBox(false, false);
}

void HintItem::placeBox(bool left, bool above)
{
    prepareGeometryChange();
    // Like a tooltip: below and to the right of the cursor unless that runs off the view.
    const double x = left ? -16 - m_size.width() : 16;
    const double y = above ? -10 - m_size.height() : 18;
    m_box = QRectF(QPointF(x, y), m_size);
    update();
}

QRectF HintItem::boundingRect() const
{
    return m_box.adjusted(-2, -2, 2, 2);
}

void HintItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const CanvasTheme& theme = CanvasTheme::current();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor edge = m_refused ? theme.refuse : theme.accept;
    painter->setPen(QPen(edge, 1.5));
    painter->setBrush(theme.cardFill);
    painter->drawRoundedRect(m_box, 5, 5);
    // A bar on the left in the verdict's colour, so the hint reads without colour too: the
    // refused one is dashed.
    QPen bar(edge, 4);
    if (m_refused)
        bar.setStyle(Qt::DotLine);
    painter->setPen(bar);
    painter->drawLine(m_box.topLeft() + QPointF(3, 4), m_box.bottomLeft() + QPointF(3, -4));
    painter->setFont(QApplication::font());
    painter->setPen(theme.text);
    painter->drawText(m_box.adjusted(10, 5, -6, -5), Qt::TextWordWrap, m_text);
}

} // namespace kg::ui
