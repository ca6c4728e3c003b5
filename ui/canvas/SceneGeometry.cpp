#include "canvas/SceneGeometry.h"

#include <algorithm>
#include <cmath>

namespace kg::ui {

QPointF borderPoint(const QRectF& r, const QPointF& toward)
{
    const QPointF c = r.center();
    const QPointF d = toward - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const double sx = d.x() != 0 ? (r.width() / 2) / std::abs(d.x()) : 1e9;
    const double sy = d.y() != 0 ? (r.height() / 2) / std::abs(d.y()) : 1e9;
    return c + d * std::min({sx, sy, 1.0});
}

bool clipToRect(const QRectF& r, QLineF& line)
{
    const QPointF p = line.p1();
    const QPointF d = line.p2() - line.p1();
    double t0 = 0;
    double t1 = 1;
    const double pq[4][2] = {{-d.x(), p.x() - r.left()},
                             {d.x(), r.right() - p.x()},
                             {-d.y(), p.y() - r.top()},
                             {d.y(), r.bottom() - p.y()}};
    for (const auto& [pk, qk] : pq) {
        if (pk == 0) {
            if (qk < 0)
                return false;
            continue;
        }
        const double t = qk / pk;
        if (pk < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    line = QLineF(p + d * t0, p + d * t1);
    return true;
}

bool crossesRect(const QRectF& r, const QLineF& line)
{
    QLineF inside = line;
    return clipToRect(r.adjusted(1, 1, -1, -1), inside) && inside.length() > 1;
}

} // namespace kg::ui
