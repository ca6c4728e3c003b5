#include "canvas/ElementItem.h"

#include "canvas/CanvasTheme.h"
#include "canvas/KindIcons.h"
#include "canvas/KindNames.h"
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
    return QRectF(-6, -12, w + 18, h + 18);
}

QRectF ElementItem::textRect() const
{
    const double w = m_element.geometry.width;
    const double h = m_element.geometry.height;
    if (isContainer(m_element.kind)) {
        // As paintContainer draws it: the icon at (8, 6), the name from 32 on the first line,
        // the address below, both cut at the frame's right edge less 8.
        if (m_titleWidth < 0) {
            QFont title = QApplication::font();
            title.setPointSizeF(9.5);
            title.setBold(true);
            QFont small = QApplication::font();
            small.setPointSizeF(8);
            m_titleWidth = std::max(
                QFontMetricsF(title).horizontalAdvance(QString::fromStdString(m_element.label())),
                QFontMetricsF(small).horizontalAdvance(subtitle()));
        }
        const double right = std::min(32 + m_titleWidth + 2, w - 8);
        return QRectF(pos() + QPointF(8, 4), QSizeF(std::max(20.0, right - 8), 25));
    }
    // As paintCard draws it: the icon from 12, the text column to the right edge less 6, two
    // lines around the middle.
    const double icon = std::min(28.0, h - 12);
    const double top = std::min(h / 2 - 15, (h - icon) / 2);
    return QRectF(pos() + QPointF(12, top), QSizeF(std::max(0.0, w - 18), h - 2 * top));
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
    KindIcons::paint(painter, m_element.kind, QRectF(8, 6, 20, 20));
    QFont title = QApplication::font();
    title.setPointSizeF(9.5);
    title.setBold(true);
    painter->setFont(title);
    painter->setPen(CanvasTheme::current().text);
    const QRectF text(32, 4, r.width() - 40, 14);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(QString::fromStdString(m_element.label()),
                                                        Qt::ElideRight, int(text.width())));
    QFont small = title;
    small.setBold(false);
    small.setPointSizeF(8);
    painter->setFont(small);
    painter->setPen(CanvasTheme::current().subtleText);
    const QRectF sub(32, 17, r.width() - 40, 12);
    painter->drawText(
        sub, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(subtitle(), Qt::ElideRight, int(sub.width())));
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
    const double icon = std::min(28.0, r.height() - 12);
    KindIcons::paint(painter, m_element.kind, QRectF(12, (r.height() - icon) / 2, icon, icon));
    QFont title = QApplication::font();
    title.setPointSizeF(9);
    title.setBold(true);
    painter->setFont(title);
    painter->setPen(theme.text);
    const double left = 18 + icon;
    const QRectF text(left, r.height() / 2 - 15, r.width() - left - 6, 15);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom,
                      painter->fontMetrics().elidedText(QString::fromStdString(m_element.label()),
                                                        Qt::ElideRight, int(text.width())));
    QFont small = title;
    small.setBold(false);
    small.setPointSizeF(7.5);
    painter->setFont(small);
    painter->setPen(theme.subtleText);
    const QRectF sub(left, r.height() / 2 + 1, r.width() - left - 6, 13);
    painter->drawText(sub, Qt::AlignLeft | Qt::AlignTop,
                      painter->fontMetrics().elidedText(KindNames::name(m_element.kind),
                                                        Qt::ElideRight, int(sub.width())));
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
