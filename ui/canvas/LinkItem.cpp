#include "canvas/LinkItem.h"

#include "canvas/CanvasTheme.h"
#include "canvas/SceneGeometry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

namespace kg::ui {

namespace {

QString label(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Peering:
        return QCoreApplication::translate("LinkItem", "peering");
    case LinkKind::Vpn:
        return QCoreApplication::translate("LinkItem", "VPN");
    case LinkKind::ExpressRoute:
        return QCoreApplication::translate("LinkItem", "ExpressRoute");
    case LinkKind::DirectConnect:
        return QCoreApplication::translate("LinkItem", "Direct Connect");
    case LinkKind::TgwAttachment:
        return QCoreApplication::translate("LinkItem", "attachment");
    case LinkKind::DnsZoneLink:
        return QCoreApplication::translate("LinkItem", "zone link");
    case LinkKind::DnsForwarding:
        return QCoreApplication::translate("LinkItem", "DNS forwarding");
    case LinkKind::RegistryAccess:
        return QCoreApplication::translate("LinkItem", "pulls from");
    }
    return {};
}

} // namespace

LinkItem::LinkItem(const Link& link, const QRectF& from, const QRectF& to) : m_link(link)
{
    setFlag(ItemIsSelectable);
    // paint() draws only the part of the line that is exposed: a dashed line thousands of
    // pixels long costs its whole length to stroke even where it is clipped away.
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(1000); // above containers and cards
    setToolTip(label(link.kind));
    measureLabel();
    setEnds(from, to);
}

void LinkItem::setLink(const Link& link)
{
    m_link = link;
    measureLabel();
    update();
}

void LinkItem::measureLabel()
{
    QFont f = QApplication::font();
    f.setPointSizeF(7.5);
    const QRectF box = QFontMetricsF(f).boundingRect(label(m_link.kind));
    m_labelSize = QSizeF(box.width() + 8, box.height() + 2);
}

QRectF LinkItem::labelRect() const
{
    if (m_labelHidden)
        return {};
    QRectF box(QPointF(0, 0), m_labelSize);
    box.moveCenter(m_labelCentre);
    return box;
}

void LinkItem::placeLabel(std::optional<QPointF> centre)
{
    // Most passes put a label back where it was: no geometry change then (each one moves the
    // item in the scene's index, which is what a drop at 10,000 elements paid for).
    if (centre ? !m_labelHidden && *centre == m_labelCentre : m_labelHidden)
        return;
    prepareGeometryChange();
    m_labelHidden = !centre;
    if (centre)
        m_labelCentre = *centre;
    update();
}

void LinkItem::setEnds(const QRectF& from, const QRectF& to)
{
    prepareGeometryChange();
    m_points.clear();
    QPolygonF bends;
    for (const RoutePoint& p : m_link.route)
        bends << QPointF(p.x, p.y);
    // Each end leaves its card towards the nearest bend (the other card when straight).
    m_points << borderPoint(from, bends.isEmpty() ? to.center() : bends.first());
    m_points << bends;
    m_points << borderPoint(to, bends.isEmpty() ? from.center() : bends.last());
    // On the line until the scene places it again.
    m_labelCentre = pointAt(0.5);
    m_labelHidden = false;
}

QPointF LinkItem::pointAt(double t) const
{
    double total = 0;
    for (int i = 1; i < m_points.size(); ++i)
        total += QLineF(m_points[i - 1], m_points[i]).length();
    double left = std::clamp(t, 0.0, 1.0) * total;
    for (int i = 1; i < m_points.size(); ++i) {
        const QLineF segment(m_points[i - 1], m_points[i]);
        if (left <= segment.length() || i + 1 == m_points.size())
            return segment.length() > 0 ? segment.pointAt(std::min(1.0, left / segment.length()))
                                        : segment.p1();
        left -= segment.length();
    }
    return m_points.first();
}

QPointF LinkItem::nearestPoint(const QPointF& p) const
{
    QPointF best = m_points.first();
    double bestDistance = 1e300;
    for (int i = 1; i < m_points.size(); ++i) {
        const QPointF a = m_points[i - 1];
        const QPointF d = m_points[i] - a;
        const double len2 = QPointF::dotProduct(d, d);
        const double t =
            len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
        const QPointF foot = a + d * t;
        const double distance = QLineF(foot, p).length();
        if (distance < bestDistance) {
            bestDistance = distance;
            best = foot;
        }
    }
    return best;
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path;
    path.addPolygon(m_points);
    QPainterPathStroker stroker;
    stroker.setWidth(10); // easy to click
    return stroker.createStroke(path);
}

QRectF LinkItem::boundingRect() const
{
    return m_points.boundingRect().adjusted(-6, -6, 6, 6) | labelRect().adjusted(-2, -2, 2, 2);
}

void LinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, detail >= 0.08);
    const bool dns = m_link.kind == LinkKind::DnsZoneLink || m_link.kind == LinkKind::DnsForwarding;
    const CanvasTheme& theme = CanvasTheme::current();
    QPen pen(dns ? theme.linkDns : theme.linkNetwork, isSelected() ? 3.5 : (dns ? 1.4 : 2));
    if (dns)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    const QRectF exposed = option->exposedRect.adjusted(-4, -4, 4, 4);
    double along = 0; // length drawn before this segment, for the dashes' phase
    for (int i = 1; i < m_points.size(); ++i) {
        const QLineF segment(m_points[i - 1], m_points[i]);
        QLineF visible = segment;
        if (clipToRect(exposed, visible)) {
            // Dashes keep their phase from the line's start, so a scrolled view does not make
            // them crawl.
            if (dns)
                pen.setDashOffset((along + QLineF(segment.p1(), visible.p1()).length()) /
                                  pen.widthF());
            painter->setPen(pen);
            painter->drawLine(visible);
        }
        along += segment.length();
    }
    if (detail < 0.25)
        return; // zoomed far out: the line is all that reads
    painter->setBrush(pen.color());
    painter->setPen(pen);
    for (const QPointF& end : {m_points.first(), m_points.last()})
        if (exposed.contains(end))
            painter->drawEllipse(end, 2.5, 2.5);
    if (detail < kLabelDetail || m_labelHidden || !exposed.intersects(labelRect()))
        return;
    QFont f = QApplication::font();
    f.setPointSizeF(7.5);
    painter->setFont(f);
    const QString text = label(m_link.kind);
    const QRectF box = labelRect();
    // Set beside the line (the middle was taken): a hairline leads back to it.
    const QPointF foot = nearestPoint(box.center());
    if (!box.contains(foot)) {
        painter->setPen(QPen(pen.color(), 0.8));
        painter->drawLine(foot, borderPoint(box, foot));
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme.labelFill);
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(pen.color());
    painter->drawText(box, Qt::AlignCenter, text);
}

} // namespace kg::ui
