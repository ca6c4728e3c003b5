#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <vector>

namespace kg::ui {

// The alignment guides and equal-gap markers of a drag (AlignmentGuides), drawn over the
// cards in the canvas's accent colour with hairlines that stay one pixel wide at any zoom.
class GuideItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 9 };

    GuideItem();
    int type() const override { return Type; }
    void setGuides(std::vector<QLineF> lines, std::vector<QLineF> spacing);
    const std::vector<QLineF>& lines() const { return m_lines; }
    const std::vector<QLineF>& spacing() const { return m_spacing; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    std::vector<QLineF> m_lines;
    std::vector<QLineF> m_spacing;
    QRectF m_bounds;
};

} // namespace kg::ui
