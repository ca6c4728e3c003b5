#include "canvas/Legend.h"

#include "canvas/CanvasTheme.h"
#include "canvas/PathOverlay.h"

#include <QPainter>
#include <algorithm>

namespace kg::ui {

namespace {
constexpr int kRow = 19;
constexpr int kRows = 11;
constexpr int kWidth = 330;
} // namespace

Legend::Legend(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    resize(sizeHint());
}

QStringList Legend::texts()
{
    return {tr("reachable path"),
            tr("reachable on an assumption (not checked)"),
            tr("blocked path (✗ at the failing step)"),
            tr("DNS lookup"),
            tr("steps: DNS, network, admission, identity"),
            tr("assumed step (the design does not say enough)"),
            tr("public endpoint (outside the network)"),
            tr("private endpoint, ILB, EKS ENI"),
            tr("command invoke through ARM"),
            tr("finding: error, warning, info"),
            tr("zone link, DNS forwarding")};
}

QSize Legend::sizeHint() const
{
    // As wide as its longest line needs (translations differ in length), never narrower than
    // the default, so that no line is cut.
    int widest = 0;
    for (const QString& text : texts())
        widest = std::max(widest, fontMetrics().horizontalAdvance(text));
    return {std::max(kWidth, 54 + widest + 14), kRow * kRows + 30};
}

void Legend::paintEvent(QPaintEvent*)
{
    const CanvasTheme& theme = CanvasTheme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = theme.cardFill;
    fill.setAlpha(235);
    p.setPen(QPen(theme.cardBorder, 1));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(theme.text);
    p.drawText(QRect(10, 6, width() - 20, 18), Qt::AlignLeft | Qt::AlignVCenter, tr("Legend"));
    p.setFont(font());
    const QStringList t = texts();
    int y = 28;
    auto row = [&](const QString& text, auto&& glyph) {
        glyph(QRectF(10, y, 36, kRow));
        p.setPen(theme.text);
        p.drawText(QRect(54, y, width() - 62, kRow), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += kRow;
    };
    auto line = [&](const QColor& c, Qt::PenStyle style, double w) {
        return [&p, c, style, w](const QRectF& r) {
            p.setPen(QPen(c, w, style, Qt::RoundCap));
            p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        };
    };
    row(t[0], line(PathOverlay::colour(true), Qt::SolidLine, 3));
    row(t[1], line(PathOverlay::colour(true), Qt::DashDotLine, 3));
    row(t[2], line(PathOverlay::colour(false), Qt::DashLine, 3));
    row(t[3], line(PathOverlay::colour(true), Qt::DotLine, 1.6));
    row(t[4], [&](const QRectF& r) {
        p.setPen(Qt::NoPen);
        p.setBrush(PathOverlay::badgeFill(true));
        p.drawEllipse(QPointF(r.left() + 9, r.center().y()), 8, 8);
        p.setPen(Qt::white);
        QFont f = font();
        f.setBold(true);
        f.setPointSizeF(6.5);
        p.setFont(f);
        p.drawText(QRectF(r.left() + 1, r.top(), 16, r.height()), Qt::AlignCenter,
                   QStringLiteral("N2"));
        p.setFont(font());
    });
    row(t[5], [&](const QRectF& r) {
        p.setPen(QPen(PathOverlay::colour(true), 2));
        p.setBrush(theme.cardFill);
        p.drawEllipse(QPointF(r.left() + 9, r.center().y()), 7.5, 7.5);
        p.setPen(PathOverlay::textColour(true));
        QFont f = font();
        f.setBold(true);
        f.setPointSizeF(6.5);
        p.setFont(f);
        p.drawText(QRectF(r.left() + 1, r.top(), 16, r.height()), Qt::AlignCenter,
                   QStringLiteral("I4"));
        p.setFont(font());
    });
    auto chip = [&](const QColor& c) {
        return [&p, c, &theme](const QRectF& r) {
            p.setPen(QPen(c, 1.3));
            p.setBrush(theme.cardFill);
            p.drawRoundedRect(QRectF(r.left(), r.center().y() - 7, 34, 14), 7, 7);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(QPointF(r.left() + 8, r.center().y()), 4, 4);
        };
    };
    row(t[6], chip(QColor(0xC2, 0x41, 0x0C)));
    row(t[7], chip(QColor(0x0B, 0x6E, 0x4F)));
    row(t[8], chip(QColor(0x6B, 0x4F, 0xBB)));
    row(t[9], [&](const QRectF& r) {
        const double cy = r.center().y();
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(QColor(0xC6, 0x28, 0x28));
        p.drawRoundedRect(QRectF(r.left(), cy - 6, 12, 12), 2, 2);
        p.setBrush(QColor(0xE0, 0x8E, 0x00));
        p.drawPolygon(QPolygonF{{r.left() + 20, cy - 7},
                                {r.left() + 27, cy},
                                {r.left() + 20, cy + 7},
                                {r.left() + 13, cy}});
        p.setBrush(QColor(0x2F, 0x6F, 0xDB));
        p.drawEllipse(QPointF(r.left() + 34, cy), 6, 6);
    });
    row(t[10], line(theme.linkDns, Qt::DashLine, 1.4));
}

} // namespace kg::ui
