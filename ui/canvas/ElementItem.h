#pragma once

#include "model/Element.h"

#include <QGraphicsItem>

namespace kg::ui {

// A thin view over one element of the design: it keeps the id and a copy of what it paints,
// and paint() only reads. Containers (networks, subnets) draw as framed areas with a header;
// other elements as cards with their icon, name and kind. A badge shows the worst finding.
class ElementItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    enum class Badge { None, Info, Warning, Error };
    // A drop or connect target under the cursor: accepted (green, solid) or refused (red, dashed).
    enum class Highlight { None, Accept, Refuse };

    explicit ElementItem(const Element& element);

    int type() const override { return Type; }
    const std::string& id() const { return m_element.id; }
    void setElement(const Element& element);
    void setBadge(Badge badge, int count);
    Badge badge() const { return m_badge; }
    const Element& element() const { return m_element; }
    // The element's rectangle in the scene (without badge and handle overhang).
    QRectF sceneBoundingRectOfElement() const
    {
        return QRectF(pos(), QSizeF(m_element.geometry.width, m_element.geometry.height));
    }
    void setHighlight(Highlight highlight);
    // The corner square a selected element is resized by, in item coordinates.
    QRectF resizeHandle() const;
    int badgeCount() const { return m_badgeCount; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    static bool isContainer(ElementKind kind);
    // The element as a plain rectangle in scene coordinates, for the overview (the minimap),
    // where a card is a few pixels: no text, no icon, no rounded frame.
    // `scale`: overview pixels per scene unit. Tiny cards become solid blocks of their cloud's
    // colour, as on the canvas zoomed far out.
    void paintOverview(QPainter* painter, double scale) const;

private:
    void paintContainer(QPainter* painter, double detail) const;
    void paintCard(QPainter* painter, double detail) const;
    void paintBadge(QPainter* painter) const;
    void paintHighlight(QPainter* painter) const;
    void paintResizeHandle(QPainter* painter) const;
    QString subtitle() const;

    Element m_element;
    Badge m_badge = Badge::None;
    int m_badgeCount = 0;
    Highlight m_highlight = Highlight::None;
};

} // namespace kg::ui
