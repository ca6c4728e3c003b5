#include "canvas/StepBadge.h"

#include "canvas/CanvasTheme.h"
#include "canvas/PathOverlay.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace kg::ui {

namespace {
constexpr double kRadius = 11;
constexpr double kCalloutWidth = 300;
constexpr double kCompactWidth = 170;

QFont calloutFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * 0.95);
    return f;
}
} // namespace

StepBadge::StepBadge(Stage stage, int number, Verdict verdict, const QString& callout,
                     QGraphicsItem* parent)
    : QGraphicsItem(parent), m_stage(stage), m_number(number), m_verdict(verdict),
      m_callout(callout)
{
    setFlag(ItemIgnoresTransformations);
    setToolTip(callout);
}

QString StepBadge::stageLetter(Stage stage)
{
    // D, N, A, I: the four stages every path passes, as the legend names them.
    switch (stage) {
    case Stage::Dns:
        return QCoreApplication::translate("StepBadge", "D", "DNS stage");
    case Stage::Network:
        return QCoreApplication::translate("StepBadge", "N", "network stage");
    case Stage::Admission:
        return QCoreApplication::translate("StepBadge", "A", "admission stage");
    case Stage::Identity:
        return QCoreApplication::translate("StepBadge", "I", "identity stage");
    }
    return {};
}

void StepBadge::setShowCallout(bool show)
{
    prepareGeometryChange();
    m_showCallout = show;
    update();
}

void StepBadge::setCurrent(bool current)
{
    prepareGeometryChange();
    m_current = current;
    update();
}

void StepBadge::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    prepareGeometryChange();
    m_compact = compact;
    m_calloutAt.reset();
    update();
}

QString StepBadge::shownCallout(const QFontMetricsF& fm) const
{
    return compact() ? fm.elidedText(m_callout, Qt::ElideRight, kCompactWidth) : m_callout;
}

QSizeF StepBadge::calloutSize() const
{
    const QFontMetricsF fm(calloutFont());
    const QRectF text =
        fm.boundingRect(QRectF(0, 0, kCalloutWidth, 1000), Qt::TextWordWrap, shownCallout(fm));
    return {text.width() + 16, text.height() + 10};
}

QRectF StepBadge::calloutRect() const
{
    const QSizeF size = calloutSize();
    return QRectF(m_calloutAt.value_or(QPointF(kRadius + 8, -size.height() / 2)), size);
}

QRectF StepBadge::discRect() const
{
    // The disc of radius r, and the verdict's mark of radius 5 centred at (0.8 r, -0.8 r).
    const double r = kRadius * (m_current ? 1.4 : 1.0);
    const double mark = 0.8 * r + 5;
    return QRectF(QPointF(-r, -std::max(r, mark)), QPointF(std::max(r, mark), r))
        .adjusted(-1, -1, 1, 1);
}

void StepBadge::setAnchor(const QPointF& at, const QRectF& near)
{
    m_anchor = at;
    m_near = near;
    setPos(at);
}

void StepBadge::placeCallout(const QPointF& topLeft)
{
    prepareGeometryChange();
    m_calloutAt = topLeft;
    update();
}

QRectF StepBadge::boundingRect() const
{
    const double r = kRadius * (m_current ? 1.4 : 1.0) + 3;
    QRectF box(-r, -r, 2 * r + 16, 2 * r);
    if (m_showCallout || m_current)
        box |= calloutRect().adjusted(-2, -2, 2, 2) | QRectF(QPointF(0, 0), calloutRect().center());
    return box;
}

void StepBadge::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const CanvasTheme& theme = CanvasTheme::current();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool ok = m_verdict != Verdict::Blocked;
    const bool assumed = m_verdict == Verdict::Assumed;
    const QColor colour = PathOverlay::colour(ok);
    const double r = kRadius * (m_current ? 1.4 : 1.0);
    // An assumed step is hollow: a ring in the verdict's colour around the card colour.
    if (assumed) {
        painter->setPen(QPen(m_current ? theme.selection : colour, m_current ? 2.5 : 2.2));
        painter->setBrush(theme.cardFill);
    } else {
        painter->setPen(QPen(m_current ? theme.selection : Qt::white, m_current ? 2.5 : 1.5));
        painter->setBrush(PathOverlay::badgeFill(ok)); // white letters on it read at 4.5:1
    }
    painter->drawEllipse(QPointF(0, 0), r, r);
    QFont f = QApplication::font();
    f.setBold(true);
    f.setPointSizeF(m_current ? 9.5 : 7.5);
    painter->setFont(f);
    painter->setPen(assumed ? PathOverlay::textColour(ok) : QColor(Qt::white));
    painter->drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt::AlignCenter,
                      stageLetter(m_stage) + QString::number(m_number));
    // The verdict as a glyph too, on a small disc at the badge's edge.
    const QPointF mark(r * 0.8, -r * 0.8);
    painter->setPen(QPen(colour, 1.2));
    painter->setBrush(Qt::white);
    painter->drawEllipse(mark, 5, 5);
    painter->setPen(QPen(colour, 1.8, Qt::SolidLine, Qt::RoundCap));
    const QPolygonF tick{mark + QPointF(-2.5, 0), mark + QPointF(-0.5, 2), mark + QPointF(2.5, -2)};
    if (assumed) { // a hollow tick: its outline only
        painter->setPen(QPen(colour, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPolyline(tick);
        painter->setPen(QPen(Qt::white, 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPolyline(tick);
    } else if (ok) {
        painter->drawPolyline(tick);
    } else {
        painter->drawLine(mark + QPointF(-2.2, -2.2), mark + QPointF(2.2, 2.2));
        painter->drawLine(mark + QPointF(-2.2, 2.2), mark + QPointF(2.2, -2.2));
    }
    if (!m_showCallout && !m_current)
        return;
    const QRectF box = calloutRect();
    const QPointF to(std::clamp(0.0, box.left(), box.right()),
                     std::clamp(0.0, box.top(), box.bottom()));
    if (QLineF(QPointF(0, 0), to).length() > r + 10) { // set apart: a leader back to the badge
        QLineF leader(QPointF(0, 0), to);
        leader.setP1(leader.pointAt(r / leader.length()));
        painter->setPen(QPen(colour, 1.2));
        painter->drawLine(leader);
    }
    painter->setPen(QPen(colour, 1.5));
    painter->setBrush(theme.cardFill);
    painter->drawRoundedRect(box, 5, 5);
    const QFont cf = calloutFont();
    painter->setFont(cf);
    painter->setPen(theme.text);
    painter->drawText(box.adjusted(8, 5, -8, -5), Qt::TextWordWrap,
                      shownCallout(QFontMetricsF(cf)));
}

} // namespace kg::ui
