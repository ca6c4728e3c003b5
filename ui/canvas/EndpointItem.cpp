#include "canvas/EndpointItem.h"

#include "canvas/CanvasTheme.h"
#include "canvas/SceneGeometry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace kg::ui {

namespace {

QColor colourOfKind(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Public:
        return QColor(0xC2, 0x41, 0x0C); // outside: a warm colour
    case EndpointKind::RunCommand:
        return QColor(0x6B, 0x4F, 0xBB);
    default:
        return QColor(0x0B, 0x6E, 0x4F); // inside the network
    }
}

} // namespace

EndpointItem::EndpointItem(EndpointKind kind, const QString& detail, const QRectF& cluster)
    : m_kind(kind), m_detail(detail), m_card(cluster)
{
    setZValue(1500);
    m_chip = measureChip();
    setToolTip(detail.isEmpty() ? title(kind) : title(kind) + QLatin1Char('\n') + detail);
}

QColor EndpointItem::colour(EndpointKind kind)
{
    return colourOfKind(kind);
}

QString EndpointItem::title(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Public:
        return QCoreApplication::translate("EndpointItem", "Public endpoint");
    case EndpointKind::Private:
        return QCoreApplication::translate("EndpointItem", "Private endpoint");
    case EndpointKind::VnetIntegration:
        return QCoreApplication::translate("EndpointItem", "API server ILB (VNet integration)");
    case EndpointKind::EksEni:
        return QCoreApplication::translate("EndpointItem", "EKS-managed ENI");
    case EndpointKind::UserEndpoint:
        return QCoreApplication::translate("EndpointItem", "Private endpoint (own)");
    case EndpointKind::RunCommand:
        return QCoreApplication::translate("EndpointItem", "Command invoke (ARM)");
    }
    return {};
}

void EndpointItem::setCandidates(std::vector<QPointF> centres)
{
    m_candidates = std::move(centres);
    if (!m_candidates.empty())
        moveTo(m_candidates.front());
}

void EndpointItem::moveTo(const QPointF& centre)
{
    if (pos() == centre)
        return;
    prepareGeometryChange();
    setPos(centre);
}

QLineF EndpointItem::tether() const
{
    const QRectF chip = sceneChipRect();
    if (chip.intersects(m_card))
        return {};
    const QPointF card = borderPoint(m_card, chip.center());
    return QLineF(borderPoint(chip, card), card);
}

QRectF EndpointItem::measureChip() const
{
    QFont f = QApplication::font();
    f.setPointSizeF(7.5);
    QFont bold = f;
    bold.setBold(true); // the title is drawn bold
    const double w =
        std::max(QFontMetricsF(bold).horizontalAdvance(title(m_kind)),
                 m_detail.isEmpty() ? 0.0 : QFontMetricsF(f).horizontalAdvance(m_detail)) +
        30;
    const double h = m_detail.isEmpty() ? 18 : 30;
    return QRectF(-w / 2, -h / 2, std::min(w, 260.0), h);
}

QRectF EndpointItem::boundingRect() const
{
    const QLineF t = tether();
    QRectF r = chip();
    if (!t.isNull())
        r |= QRectF(mapFromScene(t.p1()), mapFromScene(t.p2())).normalized();
    return r.adjusted(-3, -3, 3, 3);
}

void EndpointItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    if (detail < kDetail)
        return;
    const CanvasTheme& theme = CanvasTheme::current();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor c = colourOfKind(m_kind);
    if (const QLineF t = tether(); !t.isNull()) {
        painter->setPen(QPen(c, 1.2, Qt::DashLine));
        painter->drawLine(mapFromScene(t.p1()), mapFromScene(t.p2()));
    }
    const QRectF r = chip();
    painter->setPen(QPen(c, 1.4));
    painter->setBrush(theme.cardFill);
    painter->drawRoundedRect(r, 9, 9);
    // The door glyph: a filled half-disc on the chip's left, different per kind of door.
    const QRectF glyph(r.left() + 5, r.center().y() - 6, 12, 12);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c);
    if (m_kind == EndpointKind::Public) {
        painter->drawEllipse(glyph); // a globe: outside, reachable from the internet
        painter->setPen(QPen(theme.cardFill, 1));
        painter->drawLine(QPointF(glyph.left(), glyph.center().y()),
                          QPointF(glyph.right(), glyph.center().y()));
        painter->drawEllipse(glyph.adjusted(3.5, 0, -3.5, 0));
    } else if (m_kind == EndpointKind::RunCommand) {
        painter->drawRoundedRect(glyph, 2, 2); // a console
        painter->setPen(QPen(theme.cardFill, 1.3));
        painter->drawPolyline(QPolygonF{glyph.topLeft() + QPointF(3, 3),
                                        glyph.topLeft() + QPointF(6, 6),
                                        glyph.topLeft() + QPointF(3, 9)});
    } else {
        painter->drawRect(glyph.adjusted(2, 0, -2, 0)); // a door in the wall
        painter->setBrush(theme.cardFill);
        painter->drawEllipse(QPointF(glyph.right() - 4.5, glyph.center().y()), 1.2, 1.2);
    }
    QFont f = QApplication::font();
    f.setPointSizeF(7.5);
    f.setBold(true);
    painter->setFont(f);
    painter->setPen(theme.text);
    const QRectF text = r.adjusted(22, 2, -6, -2);
    const QFontMetricsF fm(f);
    painter->drawText(QRectF(text.left(), text.top(), text.width(), 13),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(title(m_kind), Qt::ElideRight, text.width()));
    if (!m_detail.isEmpty()) {
        f.setBold(false);
        painter->setFont(f);
        painter->setPen(theme.subtleText);
        painter->drawText(QRectF(text.left(), text.top() + 13, text.width(), 13),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(f).elidedText(m_detail, Qt::ElideRight, text.width()));
    }
}

} // namespace kg::ui
