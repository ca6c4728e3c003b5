#include "canvas/PathOverlay.h"

#include "canvas/CanvasTheme.h"
#include "canvas/StepBadge.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

namespace kg::ui {

PathOverlay::PathOverlay(const Path& path, QPolygonF route, QList<QLineF> lookups,
                         QList<Step> steps, QList<int> gaps)
    : m_path(path), m_route(std::move(route)), m_gaps(std::move(gaps)),
      m_lookups(std::move(lookups)), m_steps(std::move(steps))
{
    setZValue(2000); // above links and elements, below hints
    setAcceptedMouseButtons(Qt::NoButton);
    rebuildBadges();
}

QColor PathOverlay::colour(bool reachable)
{
    // Green and vermilion from the Okabe-Ito palette: told apart by people with the common
    // colour-vision deficiencies; the line style and the glyphs carry the verdict as well.
    return reachable ? QColor(0x00, 0x9E, 0x73) : QColor(0xD5, 0x5E, 0x00);
}

QColor PathOverlay::badgeFill(bool reachable)
{
    return reachable ? QColor(0x00, 0x7A, 0x5A) : QColor(0xB3, 0x47, 0x00);
}

QColor PathOverlay::textColour(bool reachable)
{
    if (CanvasTheme::current().dark)
        return reachable ? QColor(0x33, 0xC4, 0x9A) : QColor(0xF0, 0x88, 0x3E);
    return badgeFill(reachable);
}

void PathOverlay::rebuildBadges()
{
    for (QGraphicsItem* child : childItems())
        delete child;
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step& s = m_steps[i];
        if (!(m_stages & (1u << static_cast<unsigned>(s.stage))))
            continue;
        const auto verdict = !s.ok       ? StepBadge::Verdict::Blocked
                             : s.assumed ? StepBadge::Verdict::Assumed
                                         : StepBadge::Verdict::Passed;
        auto* badge = new StepBadge(s.stage, s.number, verdict, s.callout, this);
        badge->setAnchor(s.at, s.near);
        badge->setShowCallout(m_focused && m_current < 0);
        badge->setCurrent(m_focused && m_current == i);
        badge->setZValue(m_current == i ? 2 : 1);
    }
}

void PathOverlay::setVisibleStages(unsigned mask)
{
    m_stages = mask;
    rebuildBadges();
    update();
}

void PathOverlay::setFocus(bool focused, int current)
{
    m_focused = focused;
    m_current = current;
    rebuildBadges();
    update();
}

void PathOverlay::scaleBadgesWithScene()
{
    for (QGraphicsItem* child : childItems())
        if (child->type() == StepBadge::Type)
            child->setFlag(QGraphicsItem::ItemIgnoresTransformations, false);
}

std::vector<StepBadge*> PathOverlay::badges() const
{
    std::vector<StepBadge*> out;
    for (QGraphicsItem* child : childItems())
        if (child->type() == StepBadge::Type)
            out.push_back(static_cast<StepBadge*>(child));
    return out;
}

QRectF PathOverlay::boundingRect() const
{
    QRectF r = m_route.boundingRect();
    for (const QLineF& l : m_lookups)
        r |= QRectF(l.p1(), l.p2()).normalized();
    return r.adjusted(-12, -12, 12, 12);
}

void PathOverlay::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool reachable = m_path.reachable;
    const QColor c = colour(reachable);
    const double width = m_focused ? 5 : 3;
    if (m_stages & (1u << static_cast<unsigned>(Stage::Dns))) {
        QPen dns(c, 1.6, Qt::DotLine, Qt::RoundCap);
        dns.setCosmetic(false);
        painter->setPen(dns);
        for (const QLineF& l : m_lookups)
            painter->drawLine(l);
    }
    if (!(m_stages & (1u << static_cast<unsigned>(Stage::Network))) || m_route.size() < 2)
        return;
    // A halo in the canvas colour keeps the route readable over links and frames.
    QColor halo = CanvasTheme::current().background;
    halo.setAlpha(200);
    // The drawn runs: the route split at its gaps (where it passes through a card or chip).
    QList<QPolygonF> runs{QPolygonF{m_route.first()}};
    for (int i = 1; i < m_route.size(); ++i) {
        if (m_gaps.contains(i - 1))
            runs.append(QPolygonF{});
        runs.last() << m_route[i];
    }
    painter->setPen(QPen(halo, width + 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF& run : runs)
        painter->drawPolyline(run);
    // Solid: checked and reachable; dash-dot: reachable on an assumption; dashed: blocked.
    const Qt::PenStyle style = !reachable       ? Qt::DashLine
                               : m_path.assumed ? Qt::DashDotLine
                                                : Qt::SolidLine;
    QPen pen(c, width, style, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    for (const QPolygonF& run : runs)
        painter->drawPolyline(run);
    // An arrow head at the end: the direction of the request.
    const QPointF tip = m_route.last();
    const QLineF last(m_route[m_route.size() - 2], tip);
    if (last.length() > 1) {
        QLineF back = QLineF(tip, last.p1());
        back.setLength(14);
        QPolygonF head;
        QLineF a(tip, back.p2());
        a.setAngle(a.angle() + 25);
        a.setLength(14);
        QLineF b(tip, back.p2());
        b.setAngle(b.angle() - 25);
        b.setLength(14);
        head << tip << a.p2() << b.p2();
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawPolygon(head);
    }
}

} // namespace kg::ui
