#include "canvas/GuideItem.h"

#include <QPainter>

namespace kg::ui {

namespace {
// Magenta: no card, link or finding uses it, so a guide never reads as part of the design.
const QColor kGuide(0xE0, 0x30, 0xA0);
constexpr double kTick = 5; // half the length of a gap marker's end ticks
} // namespace

GuideItem::GuideItem()
{
    setZValue(1e6); // above cards, links and overlays
    setAcceptedMouseButtons(Qt::NoButton);
}

void GuideItem::setGuides(std::vector<QLineF> lines, std::vector<QLineF> spacing)
{
    prepareGeometryChange();
    m_lines = std::move(lines);
    m_spacing = std::move(spacing);
    QRectF bounds;
    for (const auto& l : m_lines)
        bounds |= QRectF(l.p1(), l.p2()).normalized();
    for (const auto& l : m_spacing)
        bounds |= QRectF(l.p1(), l.p2()).normalized();
    m_bounds = bounds.adjusted(-kTick - 2, -kTick - 2, kTick + 2, kTick + 2);
    update();
}

QRectF GuideItem::boundingRect() const
{
    return m_bounds;
}

void GuideItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    QPen pen(kGuide, 0); // cosmetic: one pixel at any zoom
    painter->setPen(pen);
    for (const auto& l : m_lines)
        painter->drawLine(l);
    pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    for (const auto& l : m_spacing) {
        painter->drawLine(l);
        // End ticks across the gap.
        const QPointF n = l.p1().y() == l.p2().y() ? QPointF(0, kTick) : QPointF(kTick, 0);
        painter->setPen(QPen(kGuide, 0));
        painter->drawLine(l.p1() - n, l.p1() + n);
        painter->drawLine(l.p2() - n, l.p2() + n);
        painter->setPen(pen);
    }
}

} // namespace kg::ui
