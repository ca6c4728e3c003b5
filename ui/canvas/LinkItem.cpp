#include "canvas/LinkItem.h"

#include "canvas/CanvasTheme.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace kg::ui {

namespace {

// The point where the segment from the rectangle's centre towards `toward` leaves it.
QPointF border(const QRectF& r, const QPointF& toward)
{
    const QPointF c = r.center();
    const QPointF d = toward - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const double sx = d.x() != 0 ? (r.width() / 2) / std::abs(d.x()) : 1e9;
    const double sy = d.y() != 0 ? (r.height() / 2) / std::abs(d.y()) : 1e9;
    return c + d * std::min({sx, sy, 1.0});
}

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

// The part of the segment inside `r` (Liang-Barsky); false when none is.
bool clipTo(const QRectF& r, QLineF& line)
{
    const QPointF p = line.p1();
    const QPointF d = line.p2() - line.p1();
    double t0 = 0;
    double t1 = 1;
    const double pq[4][2] = {{-d.x(), p.x() - r.left()},
                             {d.x(), r.right() - p.x()},
                             {-d.y(), p.y() - r.top()},
                             {d.y(), r.bottom() - p.y()}};
    for (const auto& [pk, qk] : pq) {
        if (pk == 0) {
            if (qk < 0)
                return false;
            continue;
        }
        const double t = qk / pk;
        if (pk < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    line = QLineF(p + d * t0, p + d * t1);
    return true;
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
    setEnds(from, to);
}

void LinkItem::setLink(const Link& link)
{
    m_link = link;
    update();
}

void LinkItem::setEnds(const QRectF& from, const QRectF& to)
{
    prepareGeometryChange();
    m_line = QLineF(border(from, to.center()), border(to, from.center()));
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10); // easy to click
    return stroker.createStroke(path);
}

QRectF LinkItem::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-60, -20, 60, 20);
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
    QLineF visible = m_line;
    if (!clipTo(option->exposedRect.adjusted(-4, -4, 4, 4), visible))
        return;
    // Dashes keep their phase from the line's start, so a scrolled view does not make them crawl.
    if (dns)
        pen.setDashOffset(QLineF(m_line.p1(), visible.p1()).length() / pen.widthF());
    painter->setPen(pen);
    painter->drawLine(visible);
    if (detail < 0.25)
        return; // zoomed far out: the line is all that reads
    for (const QPointF& end : {m_line.p1(), m_line.p2()}) {
        painter->setBrush(pen.color());
        painter->drawEllipse(end, 2.5, 2.5);
    }
    if (detail < 0.5)
        return;
    QFont f = painter->font();
    f.setPointSizeF(7.5);
    painter->setFont(f);
    const QString text = label(m_link.kind);
    QRectF box = painter->fontMetrics().boundingRect(text);
    box.adjust(-4, -1, 4, 1);
    box.moveCenter(m_line.center());
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme.labelFill);
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(pen.color());
    painter->drawText(box, Qt::AlignCenter, text);
}

} // namespace kg::ui
