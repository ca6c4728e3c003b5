#include "canvas/ElementItem.h"

#include "canvas/CanvasTheme.h"
#include "canvas/KindIcons.h"
#include "canvas/KindNames.h"
#include "canvas/PathOverlay.h"
#include "model/KindRegistry.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace kg::ui {

namespace {

QColor accent(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Azure:
        return QColor(0x2F, 0x6F, 0xDB);
    case Cloud::Aws:
        return QColor(0xE8, 0x86, 0x0C);
    case Cloud::Neutral:
        return QColor(0x1A, 0x9A, 0x8A);
    }
    return QColor(0x1A, 0x9A, 0x8A);
}

} // namespace

ElementItem::ElementItem(const Element& element) : m_element(element)
{
    setElement(element);
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(false);
    // Cards are small and many: painted once into a pixmap at the current zoom and blitted
    // until they change. Containers are large (a VNet at 200 % would be megabytes), so they
    // paint directly; they draw little.
    if (!isContainer(element.kind))
        setCacheMode(DeviceCoordinateCache);
}

void ElementItem::setHighlight(Highlight highlight)
{
    if (m_highlight == highlight)
        return;
    m_highlight = highlight;
    update();
}

QRectF ElementItem::resizeHandle() const
{
    return QRectF(m_element.geometry.width - 10, m_element.geometry.height - 10, 12, 12);
}

bool ElementItem::isContainer(ElementKind kind)
{
    return KindRegistry::info(kind).container;
}

void ElementItem::setElement(const Element& element)
{
    prepareGeometryChange();
    m_element = element;
    m_titleWidth = -1;
    setPos(element.geometry.x, element.geometry.y);
    setToolTip(QStringLiteral("%1 (%2)").arg(QString::fromStdString(element.label()),
                                             KindNames::name(element.kind)));
    update();
}

void ElementItem::setBadge(Badge badge, int count)
{
    m_badge = badge;
    m_badgeCount = count;
    update();
}

QRectF ElementItem::boundingRect() const
{
    const double w = std::max(m_element.geometry.width, 40.0);
    const double h = std::max(m_element.geometry.height, 30.0);
    return QRectF(-6, -16, w + 18, h + 22); // the badge and the comparison tag stand out above
}

ElementItem::Words ElementItem::words() const
{
    const double w = m_element.geometry.width;
    const double h = m_element.geometry.height;
    Words out;
    out.titleFont = QApplication::font();
    out.titleFont.setBold(true);
    out.subtitleFont = QApplication::font();
    if (isContainer(m_element.kind)) {
        // The icon at the top-left corner, the name and the address beside it.
        out.titleFont.setPointSizeF(9.5);
        out.subtitleFont.setPointSizeF(8);
        out.icon = QRectF(8, 6, 20, 20);
        out.title = QRectF(32, 4, w - 40, 14);
        out.subtitle = QRectF(32, 17, w - 40, 12);
        return out;
    }
    // The icon after the cloud's strip, two lines around the middle to the right edge less 6.
    out.titleFont.setPointSizeF(9);
    out.subtitleFont.setPointSizeF(7.5);
    const double icon = std::min(28.0, h - 12);
    const double left = 18 + icon;
    out.icon = QRectF(12, (h - icon) / 2, icon, icon);
    out.title = QRectF(left, h / 2 - 15, w - left - 6, 15);
    out.subtitle = QRectF(left, h / 2 + 1, w - left - 6, 13);
    return out;
}

QRectF ElementItem::textRect() const
{
    const Words layout = words();
    QRectF r = layout.icon | layout.title | layout.subtitle;
    if (isContainer(m_element.kind)) {
        // A container's lines are as wide as the frame; its words reach only as far as written.
        if (m_titleWidth < 0)
            m_titleWidth =
                std::max(QFontMetricsF(layout.titleFont)
                             .horizontalAdvance(QString::fromStdString(m_element.label())),
                         QFontMetricsF(layout.subtitleFont).horizontalAdvance(subtitle()));
        r.setRight(
            std::max(r.left() + 20, std::min(r.right(), layout.title.left() + m_titleWidth + 2)));
    }
    return r.translated(pos());
}

void ElementItem::setComparison(int gained, int lost, int changed)
{
    if (gained == m_gained && lost == m_lost && changed == m_changed)
        return;
    m_gained = gained;
    m_lost = lost;
    m_changed = changed;
    update();
}

std::vector<ElementItem::Pill> ElementItem::comparisonPills() const
{
    std::vector<Pill> out;
    QFont f = QApplication::font();
    f.setPointSizeF(7);
    f.setBold(true);
    const QFontMetricsF fm(f);
    double x = 8;
    // Glyphs as well as colours: gained, lost and changed read without colour.
    const std::pair<int, std::pair<QString, QColor>> parts[] = {
        {m_gained, {QStringLiteral("▲ %1"), PathOverlay::badgeFill(true)}},
        {m_lost, {QStringLiteral("▼ %1"), PathOverlay::badgeFill(false)}},
        {m_changed, {QStringLiteral("◆ %1"), QColor(0x7A, 0x4F, 0x00)}}, // 7.1:1 under white
    };
    for (const auto& [n, look] : parts) {
        if (n == 0)
            continue;
        const QString text = look.first.arg(n);
        const double w = fm.horizontalAdvance(text) + 10;
        out.push_back({QRectF(x, -15, w, 14), text, look.second});
        x += w + 3;
    }
    return out;
}

QRectF ElementItem::comparisonRect() const
{
    QRectF r;
    for (const Pill& p : comparisonPills())
        r |= p.rect;
    return r.isNull() ? QRectF() : r.translated(pos());
}

void ElementItem::paintComparison(QPainter* painter) const
{
    QFont f = painter->font();
    f.setPointSizeF(7);
    f.setBold(true);
    painter->setFont(f);
    for (const Pill& p : comparisonPills()) {
        painter->setPen(QPen(Qt::white, 1.2));
        painter->setBrush(p.colour);
        painter->drawRoundedRect(p.rect, 7, 7);
        painter->setPen(Qt::white);
        painter->drawText(p.rect, Qt::AlignCenter, p.text);
    }
}

QRectF ElementItem::badgeRect() const
{
    if (m_badge == Badge::None)
        return {};
    return QRectF(pos() + QPointF(m_element.geometry.width - 10, -10), QSizeF(20, 20));
}

QString ElementItem::subtitle() const
{
    for (const char* key : {"addressPrefix", "cidrBlock"}) {
        if (KindRegistry::property(m_element.kind, key))
            return QString::fromStdString(m_element.stringValue(key));
    }
    for (const char* key : {"addressSpace", "cidrBlocks"}) {
        if (KindRegistry::property(m_element.kind, key)) {
            QStringList blocks;
            for (const auto& b : m_element.listValue(key))
                blocks << QString::fromStdString(b);
            return blocks.join(QStringLiteral(", "));
        }
    }
    return KindNames::name(m_element.kind);
}

void ElementItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    if (detail < 0.08) {
        // A whole estate in view: a box in the cloud's colour is all that can be seen.
        const QRectF r(0, 0, m_element.geometry.width, m_element.geometry.height);
        QColor c = accent(KindRegistry::info(m_element.kind).cloud);
        if (isContainer(m_element.kind))
            c.setAlphaF(0.15);
        painter->fillRect(r, isSelected() ? CanvasTheme::current().selection : c);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    if (isContainer(m_element.kind))
        paintContainer(painter, detail);
    else
        paintCard(painter, detail);
    if (m_highlight != Highlight::None)
        paintHighlight(painter);
    if (isSelected() && detail > 0.3)
        paintResizeHandle(painter);
    if (m_badge != Badge::None && detail > kBadgeDetail)
        paintBadge(painter);
    if ((m_gained || m_lost || m_changed) && detail >= kBadgeDetail)
        paintComparison(painter);
}

void ElementItem::paintHighlight(QPainter* painter) const
{
    const CanvasTheme& theme = CanvasTheme::current();
    QColor color = m_highlight == Highlight::Accept ? theme.accept : theme.refuse;
    QPen pen(color, 3);
    if (m_highlight == Highlight::Refuse)
        pen.setStyle(Qt::DashLine); // not only the hue says "no"
    painter->setPen(pen);
    color.setAlphaF(0.08);
    painter->setBrush(color);
    painter->drawRoundedRect(
        QRectF(0, 0, m_element.geometry.width, m_element.geometry.height).adjusted(-3, -3, 3, 3), 9,
        9);
}

void ElementItem::paintResizeHandle(QPainter* painter) const
{
    const QRectF h = resizeHandle().adjusted(2, 2, -2, -2);
    painter->setPen(QPen(CanvasTheme::current().selection, 1.2));
    painter->setBrush(CanvasTheme::current().cardFill);
    painter->drawRect(h);
}

void ElementItem::paintOverview(QPainter* painter, double scale) const
{
    const Cloud cloud = KindRegistry::info(m_element.kind).cloud;
    if (!isContainer(m_element.kind) && m_element.geometry.width * scale < 16) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent(cloud));
    } else if (isContainer(m_element.kind)) {
        const bool subnet =
            m_element.kind == ElementKind::AzureSubnet || m_element.kind == ElementKind::AwsSubnet;
        QColor fill = accent(cloud);
        fill.setAlphaF(subnet ? 0.06 : 0.08);
        QColor frame = accent(cloud);
        frame.setAlphaF(subnet ? 0.35 : 0.6);
        painter->setPen(QPen(frame, 0)); // cosmetic: one pixel at any scale
        painter->setBrush(fill);
    } else {
        painter->setPen(QPen(CanvasTheme::current().cardBorder, 0));
        painter->setBrush(CanvasTheme::current().cardFill);
    }
    painter->drawRect(sceneBoundingRectOfElement());
}

void ElementItem::paintContainer(QPainter* painter, double detail) const
{
    const KindInfo& info = KindRegistry::info(m_element.kind);
    const QRectF r(0, 0, m_element.geometry.width, m_element.geometry.height);
    const bool subnet =
        m_element.kind == ElementKind::AzureSubnet || m_element.kind == ElementKind::AwsSubnet;
    QColor fill = accent(info.cloud);
    fill.setAlphaF(subnet ? 0.06 : 0.08);
    QPen pen(accent(info.cloud), subnet ? 1.2 : 1.8);
    if (subnet)
        pen.setStyle(Qt::DashLine);
    if (isSelected())
        pen = QPen(CanvasTheme::current().selection, 2.5);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(r, 8, 8);
    if (detail < kTextDetail)
        return; // zoomed far out: the frame is enough
    const Words layout = words();
    KindIcons::paint(painter, m_element.kind, layout.icon);
    painter->setFont(layout.titleFont);
    painter->setPen(CanvasTheme::current().text);
    painter->drawText(layout.title, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(QString::fromStdString(m_element.label()),
                                                        Qt::ElideRight, int(layout.title.width())));
    painter->setFont(layout.subtitleFont);
    painter->setPen(CanvasTheme::current().subtleText);
    painter->drawText(layout.subtitle, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(subtitle(), Qt::ElideRight,
                                                        int(layout.subtitle.width())));
}

void ElementItem::paintCard(QPainter* painter, double detail) const
{
    const KindInfo& info = KindRegistry::info(m_element.kind);
    const QRectF r(0, 0, m_element.geometry.width, m_element.geometry.height);
    const CanvasTheme& theme = CanvasTheme::current();
    painter->setPen(isSelected() ? QPen(theme.selection, 2.5) : QPen(theme.cardBorder, 1));
    painter->setBrush(theme.cardFill);
    painter->drawRoundedRect(r, 6, 6);
    // A strip in the cloud's colour on the left edge.
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent(info.cloud));
    painter->drawRoundedRect(QRectF(0, 0, 5, r.height()), 2, 2);
    if (detail < kTextDetail)
        return;
    const Words layout = words();
    KindIcons::paint(painter, m_element.kind, layout.icon);
    painter->setFont(layout.titleFont);
    painter->setPen(theme.text);
    painter->drawText(layout.title, Qt::AlignLeft | Qt::AlignBottom,
                      painter->fontMetrics().elidedText(QString::fromStdString(m_element.label()),
                                                        Qt::ElideRight, int(layout.title.width())));
    painter->setFont(layout.subtitleFont);
    painter->setPen(theme.subtleText);
    painter->drawText(layout.subtitle, Qt::AlignLeft | Qt::AlignTop,
                      painter->fontMetrics().elidedText(KindNames::name(m_element.kind),
                                                        Qt::ElideRight,
                                                        int(layout.subtitle.width())));
}

std::pair<QColor, QColor> ElementItem::badgeColours(Badge badge)
{
    // White on red and blue; amber is too light for white letters, so dark ones.
    switch (badge) {
    case Badge::Error:
        return {QColor(0xC6, 0x28, 0x28), Qt::white};
    case Badge::Warning:
        return {QColor(0xE0, 0x8E, 0x00), QColor(0x1A, 0x1A, 0x1A)};
    case Badge::Info:
    case Badge::None:
        break;
    }
    return {QColor(0x2F, 0x6F, 0xDB), Qt::white};
}

void ElementItem::paintBadge(QPainter* painter) const
{
    const auto [color, ink] = badgeColours(m_badge);
    const QRectF circle(m_element.geometry.width - 9, -9, 18, 18);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(color);
    // Shape as well as colour: a square for errors, a diamond for warnings, a circle for info.
    if (m_badge == Badge::Error) {
        painter->drawRoundedRect(circle, 3, 3);
    } else if (m_badge == Badge::Warning) {
        QPolygonF diamond{{circle.center().x(), circle.top()},
                          {circle.right(), circle.center().y()},
                          {circle.center().x(), circle.bottom()},
                          {circle.left(), circle.center().y()}};
        painter->drawPolygon(diamond);
    } else {
        painter->drawEllipse(circle);
    }
    QFont f = painter->font();
    f.setPointSizeF(7);
    f.setBold(true);
    painter->setFont(f);
    painter->setPen(ink);
    painter->drawText(circle, Qt::AlignCenter, QString::number(m_badgeCount));
}

} // namespace kg::ui
