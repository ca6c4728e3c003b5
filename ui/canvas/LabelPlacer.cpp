#include "canvas/LabelPlacer.h"

#include "canvas/SceneGeometry.h"

#include <algorithm>
#include <cmath>

namespace kg::ui {

namespace {

// Rectangles that share an edge, or overlap by less than this, do not collide: a label set
// flush against a card's edge covers nothing of it.
constexpr double kHair = 0.5;

quint64 key(int x, int y)
{
    return (static_cast<quint64>(static_cast<quint32>(x)) << 32) | static_cast<quint32>(y);
}

} // namespace

LabelPlacer::LabelPlacer(double cell, const LabelPlacer* base)
    : m_cell(cell > 1 ? cell : 1), m_base(base)
{}

QRectF LabelPlacer::shrunk(const QRectF& r)
{
    return r.normalized().adjusted(kHair, kHair, -kHair, -kHair);
}

template <typename F> void LabelPlacer::forCells(const QRectF& r, F f) const
{
    const int x0 = static_cast<int>(std::floor(r.left() / m_cell));
    const int x1 = static_cast<int>(std::floor(r.right() / m_cell));
    const int y0 = static_cast<int>(std::floor(r.top() / m_cell));
    const int y1 = static_cast<int>(std::floor(r.bottom() / m_cell));
    for (int x = x0; x <= x1; ++x)
        for (int y = y0; y <= y1; ++y)
            f(key(x, y));
}

void LabelPlacer::occupy(const QRectF& rect)
{
    const QRectF r = shrunk(rect);
    if (r.width() <= 0 || r.height() <= 0)
        return;
    const int index = static_cast<int>(m_rects.size());
    m_rects.push_back(r);
    forCells(r, [&](quint64 k) {
        // The hash holds the head's entry index plus one (a new cell's value is 0: empty).
        int& head = m_heads[k];
        m_entries.push_back({index, head - 1});
        head = static_cast<int>(m_entries.size());
    });
}

bool LabelPlacer::collidesHere(const QRectF& r) const
{
    bool hit = false;
    forCells(r, [&](quint64 k) {
        if (hit)
            return;
        auto it = m_heads.constFind(k);
        if (it == m_heads.cend())
            return;
        for (int e = *it - 1; e >= 0; e = m_entries[static_cast<std::size_t>(e)].next)
            if (m_rects[static_cast<std::size_t>(m_entries[static_cast<std::size_t>(e)].rect)]
                    .intersects(r)) {
                hit = true;
                return;
            }
    });
    return hit;
}

bool LabelPlacer::collides(const QRectF& rect) const
{
    const QRectF r = shrunk(rect);
    return collidesHere(r) || (m_base && m_base->collides(rect));
}

bool LabelPlacer::crosses(const QLineF& line, const QRectF& except) const
{
    const QRectF box = QRectF(line.p1(), line.p2()).normalized();
    const QRectF skip = shrunk(except);
    bool hit = false;
    forCells(box, [&](quint64 k) {
        if (hit)
            return;
        auto it = m_heads.constFind(k);
        if (it == m_heads.cend())
            return;
        for (int e = *it - 1; e >= 0; e = m_entries[static_cast<std::size_t>(e)].next) {
            const QRectF& r =
                m_rects[static_cast<std::size_t>(m_entries[static_cast<std::size_t>(e)].rect)];
            if (r != skip && crossesRect(r, line)) {
                hit = true;
                return;
            }
        }
    });
    return hit;
}

std::optional<QRectF> LabelPlacer::firstFree(const std::vector<QRectF>& candidates,
                                             const std::function<bool(const QRectF&)>& accept) const
{
    for (const QRectF& c : candidates)
        if (!collides(c) && (!accept || accept(c)))
            return c;
    return std::nullopt;
}

std::optional<QRectF>
LabelPlacer::nearestFree(const QRectF& start, double step, double reach, const QRectF& within,
                         const std::function<bool(const QRectF&)>& accept) const
{
    if (step <= 0)
        return std::nullopt;
    auto fits = [&](const QRectF& r) {
        return (within.isEmpty() || within.contains(r)) && !collides(r) && (!accept || accept(r));
    };
    if (fits(start))
        return start;
    const int rings = static_cast<int>(reach / step);
    for (int k = 1; k <= rings; ++k) {
        // The positions of the square ring k steps out, nearest first; ties keep a fixed order
        // (right, below, left, above) so that the result never depends on anything else.
        std::vector<std::pair<double, QPointF>> ring;
        for (int i = -k; i <= k; ++i)
            for (const QPointF d : {QPointF(k, i), QPointF(i, k), QPointF(-k, -i), QPointF(-i, -k)})
                ring.emplace_back(std::hypot(d.x(), d.y()), d * step);
        std::stable_sort(ring.begin(), ring.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [distance, offset] : ring) {
            const QRectF r = start.translated(offset);
            if (fits(r))
                return r;
        }
    }
    return std::nullopt;
}

QRectF LabelPlacer::place(const std::vector<QRectF>& candidates, double step, double reach,
                          const QRectF& within, const std::function<bool(const QRectF&)>& accept)
{
    if (candidates.empty())
        return {};
    std::optional<QRectF> chosen;
    for (const QRectF& c : candidates)
        if ((within.isEmpty() || within.contains(c)) && !collides(c) && (!accept || accept(c))) {
            chosen = c;
            break;
        }
    if (!chosen)
        chosen = nearestFree(candidates.front(), step, reach, within, accept);
    if (!chosen && accept) // nowhere that also passes the extra test: free is what matters
        chosen = nearestFree(candidates.front(), step, reach, within);
    const QRectF r = chosen.value_or(candidates.front());
    occupy(r);
    return r;
}

int LabelPlacer::countOverlaps(const std::vector<QRectF>& rects,
                               std::vector<std::pair<int, int>>* pairs)
{
    // Sweep along x: sorted by left edge, each rectangle is compared with those whose left
    // edge lies before its right edge.
    std::vector<int> order(rects.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::vector<QRectF> r(rects.size());
    for (std::size_t i = 0; i < rects.size(); ++i)
        r[i] = shrunk(rects[i]);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return r[static_cast<std::size_t>(a)].left() < r[static_cast<std::size_t>(b)].left();
    });
    int count = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const QRectF& a = r[static_cast<std::size_t>(order[i])];
        if (a.width() <= 0 || a.height() <= 0)
            continue;
        for (std::size_t j = i + 1; j < order.size(); ++j) {
            const QRectF& b = r[static_cast<std::size_t>(order[j])];
            if (b.left() >= a.right())
                break;
            if (b.width() > 0 && b.height() > 0 && a.intersects(b)) {
                ++count;
                if (pairs)
                    pairs->emplace_back(std::min(order[i], order[j]), std::max(order[i], order[j]));
            }
        }
    }
    return count;
}

} // namespace kg::ui
