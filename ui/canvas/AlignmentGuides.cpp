#include "canvas/AlignmentGuides.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kg::ui {

namespace {

// One axis of a box: its low edge, centre and high edge; and its extent on the other axis.
struct Span
{
    double low, mid, high;
};

Span along(const QRectF& r, bool x)
{
    return x ? Span{r.left(), r.center().x(), r.right()}
             : Span{r.top(), r.center().y(), r.bottom()};
}

bool overlapsAcross(const QRectF& a, const QRectF& b, bool x)
{
    // Same row (for x) or same column (for y): their extents on the other axis overlap.
    return x ? a.top() < b.bottom() && b.top() < a.bottom()
             : a.left() < b.right() && b.left() < a.right();
}

struct Best
{
    double delta = std::numeric_limits<double>::infinity();
    bool spacing = false;
    double gap = 0;
};

// The best snap along one axis: an edge or centre matching a neighbour's, or an equal gap.
Best bestAlong(const QRectF& box, const std::vector<QRectF>& others, double threshold, bool x)
{
    Best best;
    const Span m = along(box, x);
    auto consider = [&](double delta, bool spacing, double gap) {
        if (std::abs(delta) <= threshold && std::abs(delta) < std::abs(best.delta) - 1e-9)
            best = {delta, spacing, gap};
    };
    for (const QRectF& o : others) {
        const Span s = along(o, x);
        for (double mine : {m.low, m.mid, m.high})
            for (double theirs : {s.low, s.mid, s.high})
                consider(theirs - mine, false, 0);
    }
    // Equal gaps with the neighbours in the same row or column.
    std::vector<QRectF> row;
    for (const QRectF& o : others)
        if (overlapsAcross(o, box, x))
            row.push_back(o);
    std::sort(row.begin(), row.end(),
              [x](const QRectF& a, const QRectF& b) { return along(a, x).low < along(b, x).low; });
    for (std::size_t i = 0; i + 1 < row.size(); ++i) {
        const Span a = along(row[i], x);
        const Span b = along(row[i + 1], x);
        const double gap = b.low - a.high;
        if (gap <= 0)
            continue;
        // After the pair, or before it, at the same gap.
        consider(b.high + gap - m.low, true, gap);
        consider(a.low - gap - m.high, true, gap);
    }
    // Between two neighbours, at equal distance from both.
    for (const QRectF& left : row)
        for (const QRectF& right : row) {
            const Span a = along(left, x);
            const Span b = along(right, x);
            const double room = b.low - a.high - (m.high - m.low);
            if (room <= 0)
                continue;
            consider(a.high + room / 2 - m.low, true, room / 2);
        }
    return best;
}

// Gap markers: every gap of `gap` between neighbours in the row, the box's own included.
void markGaps(const QRectF& box, const std::vector<QRectF>& others, bool x, double gap,
              std::vector<QLineF>& out)
{
    std::vector<QRectF> row;
    for (const QRectF& o : others)
        if (overlapsAcross(o, box, x))
            row.push_back(o);
    row.push_back(box);
    std::sort(row.begin(), row.end(),
              [x](const QRectF& a, const QRectF& b) { return along(a, x).low < along(b, x).low; });
    for (std::size_t i = 0; i + 1 < row.size(); ++i) {
        const Span a = along(row[i], x);
        const Span b = along(row[i + 1], x);
        if (std::abs((b.low - a.high) - gap) > 0.5)
            continue;
        if (x) {
            const double y = (std::max(row[i].top(), row[i + 1].top()) +
                              std::min(row[i].bottom(), row[i + 1].bottom())) /
                             2;
            out.emplace_back(a.high, y, b.low, y);
        } else {
            const double at = (std::max(row[i].left(), row[i + 1].left()) +
                               std::min(row[i].right(), row[i + 1].right())) /
                              2;
            out.emplace_back(at, a.high, at, b.low);
        }
    }
}

} // namespace

AlignmentGuides::Result AlignmentGuides::snap(const QRectF& box, const std::vector<QRectF>& others,
                                              double threshold)
{
    Result r;
    const Best bx = bestAlong(box, others, threshold, true);
    const Best by = bestAlong(box, others, threshold, false);
    r.offset = QPointF(std::isinf(bx.delta) ? 0 : bx.delta, std::isinf(by.delta) ? 0 : by.delta);
    const QRectF placed = box.translated(r.offset);
    // Lines through every neighbour that now shares an edge or centre with the box.
    const Span px = along(placed, true);
    const Span py = along(placed, false);
    for (const QRectF& o : others) {
        const Span ox = along(o, true);
        const Span oy = along(o, false);
        if (!std::isinf(bx.delta) && !bx.spacing)
            for (double mine : {px.low, px.mid, px.high})
                for (double theirs : {ox.low, ox.mid, ox.high})
                    if (std::abs(mine - theirs) < 0.5)
                        r.lines.emplace_back(mine, std::min(placed.top(), o.top()), mine,
                                             std::max(placed.bottom(), o.bottom()));
        if (!std::isinf(by.delta) && !by.spacing)
            for (double mine : {py.low, py.mid, py.high})
                for (double theirs : {oy.low, oy.mid, oy.high})
                    if (std::abs(mine - theirs) < 0.5)
                        r.lines.emplace_back(std::min(placed.left(), o.left()), mine,
                                             std::max(placed.right(), o.right()), mine);
    }
    if (bx.spacing)
        markGaps(placed, others, true, bx.gap, r.spacing);
    if (by.spacing)
        markGaps(placed, others, false, by.gap, r.spacing);
    return r;
}

} // namespace kg::ui
