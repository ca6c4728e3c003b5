#pragma once

#include "model/Link.h"

#include <QGraphicsItem>
#include <optional>

namespace kg::ui {

// A link drawn between the borders of its two elements: solid for network connections,
// dashed for DNS zone links and forwarding, with the link kind as a small label.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    LinkItem(const Link& link, const QRectF& from, const QRectF& to);

    int type() const override { return Type; }
    const std::string& id() const { return m_link.id; }
    const Link& link() const { return m_link; }
    void setLink(const Link& link);
    // The rectangles of the two ends, in scene coordinates (they move during a drag).
    void setEnds(const QRectF& from, const QRectF& to);
    QPainterPath shape() const override;
    // The drawn line, in scene coordinates (the item sits at the origin).
    QLineF line() const { return m_line; }
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
    QLineF m_line;
    QSizeF m_labelSize;
    QPointF m_labelCentre;
    bool m_labelHidden = false;
};

} // namespace kg::ui
