#pragma once

#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <vector>

namespace kg::ui {

// Where a dragged box snaps among its neighbours, and the guides that show why: an edge or
// centre lined up with a neighbour's (a line through both), or the same gap as between two
// neighbours in its row or column (a marker in each equal gap). Pure geometry, in scene units;
// the select tool asks while dragging and the canvas draws the result (GuideItem).
class AlignmentGuides
{
public:
    struct Result
    {
        QPointF offset;              // add to the box to snap it (0 on an axis that does not)
        std::vector<QLineF> lines;   // alignment lines through the box and its neighbours
        std::vector<QLineF> spacing; // one marker per equal gap
    };

    // `box` where the drag puts it now; `others` the boxes it may line up with (its
    // neighbours, never what moves with it); `threshold` how close counts (about six pixels
    // on screen, in scene units).
    static Result snap(const QRectF& box, const std::vector<QRectF>& others, double threshold);
};

} // namespace kg::ui
