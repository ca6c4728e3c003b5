#pragma once

#include "analysis/Path.h"

#include <QGraphicsItem>
#include <QPolygonF>
#include <vector>

namespace kg::ui {

class StepBadge;

// One analysed path drawn over the canvas: the network route from the client through the
// links and gateways it uses to the cluster, DNS lookups as thin side trips to the zone or
// resolver that answered, and a numbered badge per step (D, N, A, I for the stage). A reachable
// path is a solid green line; a blocked one a dashed red line that ends at the failing step,
// marked with a cross. Shape and dash tell the verdict as well as colour. The geometry comes
// from the scene (where the elements are); everything else from the analysis's Path.
class PathOverlay : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    struct Step
    {
        Stage stage = Stage::Dns;
        bool ok = true;
        bool assumed = false; // passed only on an assumption (drawn hollow)
        int number = 1;
        QPointF at;      // where the badge would go, in scene coordinates
        QRectF near;     // the element or chip the step is about (scene), empty for none
        QString callout; // rule id and sentence (and the fix on a blocked step)
    };

    // `route`: client to cluster through the network hops; `lookups`: DNS side trips; `gaps`:
    // the route's segments not drawn (segment i runs from point i to i + 1), where it passes
    // through a card or chip.
    PathOverlay(const Path& path, QPolygonF route, QList<QLineF> lookups, QList<Step> steps,
                QList<int> gaps = {});

    int type() const override { return Type; }
    const Path& path() const { return m_path; }
    // Which stages are drawn (bit i for Stage i).
    void setVisibleStages(unsigned mask);
    // Emphasised (the path being walked through or clicked in the matrix): thicker, with the
    // callouts of its steps; `current` (0-based, -1 for all) is the walkthrough's step.
    void setFocus(bool focused, int current = -1);
    // The step badges drawn (the visible stages'), in step order. The scene places them and
    // their callouts (DiagramScene::arrangeCallouts), none covering another or any text.
    std::vector<StepBadge*> badges() const;
    // Badges and callouts at the scene's scale instead of the screen's: a picture exported at
    // any scale keeps them in proportion with the cards.
    void scaleBadgesWithScene();

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // The verdict's colour for lines and rings (Okabe-Ito green and vermilion).
    static QColor colour(bool reachable);
    // A darker shade of it for badge fills under white letters (at least 4.5:1 against white).
    static QColor badgeFill(bool reachable);
    // The verdict's colour for words on the window or a card: the darker shade in the light
    // theme, a lighter tint in the dark one (at least 4.5:1 either way).
    static QColor textColour(bool reachable);

private:
    void rebuildBadges();

    Path m_path;
    QPolygonF m_route;
    QList<int> m_gaps;
    QList<QLineF> m_lookups;
    QList<Step> m_steps;
    unsigned m_stages = 0xF;
    bool m_focused = false;
    int m_current = -1;
};

} // namespace kg::ui
