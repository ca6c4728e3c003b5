#pragma once

#include "model/Link.h"

#include <QGraphicsItem>
#include <QPolygonF>
#include <optional>

namespace kg::ui {

// A link drawn between the borders of its two elements, through the bends of its route when it
// has one (Layout > Tidy routes links around the cards): solid for network connections, dashed
// for DNS zone links and forwarding, with the link kind as a small label.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    LinkItem(const Link& link, const QRectF& from, const QRectF& to);

    int type() const override { return Type; }
    const std::string& id() const { return m_link.id; }
    const Link& link() const { return m_link; }
    // Its kind and properties (the drawn line is set by setEnds, from the link's route).
    void setLink(const Link& link);
    // The rectangles of the two ends, in scene coordinates (they move during a drag).
    void setEnds(const QRectF& from, const QRectF& to);
    QPainterPath shape() const override;
    // From the first end to the second, in scene coordinates (the item sits at the origin).
    QLineF line() const { return QLineF(m_points.first(), m_points.last()); }
    // The drawn line with its bends: the two ends' border points and the route between.
    const QPolygonF& polyline() const { return m_points; }
    // The point at fraction `t` (0 to 1) of the drawn line's length.
    QPointF pointAt(double t) const;
    // The point of the drawn line nearest to `p`.
    QPointF nearestPoint(const QPointF& p) const;
    // The kind's label: centred on the line until the scene places it where it covers no
    // other text (placeLabel), or hidden when there is no such place near the line.
    QSizeF labelSize() const { return m_labelSize; }
    // The label's box in scene coordinates; empty when hidden.
    QRectF labelRect() const;
    void placeLabel(std::optional<QPointF> centre);
    // Zoomed out below this the label is not drawn (nor counted as text on the canvas).
    static constexpr double kLabelDetail = 0.5;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void measureLabel();

    Link m_link;
    QPolygonF m_points;
    QSizeF m_labelSize;
    QPointF m_labelCentre;
    bool m_labelHidden = false;
};

} // namespace kg::ui
