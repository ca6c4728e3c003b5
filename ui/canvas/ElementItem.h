#pragma once

#include "model/Element.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <utility>
#include <vector>

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
    // Where the element's words are written, in scene coordinates: a card's icon and text
    // column, or a container's icon, name and address as far as they reach. Labels the scene
    // places (endpoint chips, link labels, step badges, callouts) never cover it.
    QRectF textRect() const;
    // The finding badge at the top-right corner, in scene coordinates; empty without one.
    QRectF badgeRect() const;
    // A comparison's tag on the top-left corner: the paths this element ends that the shown
    // design gains, loses or changes against what it is compared with (all 0: no tag).
    void setComparison(int gained, int lost, int changed);
    // The tag in scene coordinates; empty without one.
    QRectF comparisonRect() const;
    // Zoomed out below these, the words and the badge are not drawn.
    static constexpr double kTextDetail = 0.25;
    static constexpr double kBadgeDetail = 0.3;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    static bool isContainer(ElementKind kind);
    // A finding badge's fill and the colour of the count on it (at least 4.5:1 between them).
    static std::pair<QColor, QColor> badgeColours(Badge badge);
    // The element as a plain rectangle in scene coordinates, for the overview (the minimap),
    // where a card is a few pixels: no text, no icon, no rounded frame.
    // `scale`: overview pixels per scene unit. Tiny cards become solid blocks of their cloud's
    // colour, as on the canvas zoomed far out.
    void paintOverview(QPainter* painter, double scale) const;

private:
    // Where paint puts the icon and the two lines of words, in item coordinates, and their
    // fonts: the one source for paint and for textRect.
    struct Words
    {
        QRectF icon, title, subtitle;
        QFont titleFont, subtitleFont;
    };
    Words words() const;
    void paintContainer(QPainter* painter, double detail) const;
    void paintCard(QPainter* painter, double detail) const;
    void paintBadge(QPainter* painter) const;
    void paintComparison(QPainter* painter) const;
    // The tag's parts (item coordinates): text and colour of each pill, left to right.
    struct Pill
    {
        QRectF rect;
        QString text;
        QColor colour;
    };
    std::vector<Pill> comparisonPills() const;
    void paintHighlight(QPainter* painter) const;
    void paintResizeHandle(QPainter* painter) const;
    QString subtitle() const;

    Element m_element;
    Badge m_badge = Badge::None;
    int m_badgeCount = 0;
    Highlight m_highlight = Highlight::None;
    int m_gained = 0;
    int m_lost = 0;
    int m_changed = 0;
    mutable double m_titleWidth = -1; // a container's measured title, -1 until measured
};

} // namespace kg::ui
