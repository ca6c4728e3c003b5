#include "layout/PlaneGeometry.h"

#include <algorithm>
#include <cmath>

namespace kg {

RoutePoint PlaneGeometry::borderPoint(const Rect& r, RoutePoint toward)
{
    const RoutePoint c{r.x + r.width / 2, r.y + r.height / 2};
    const double dx = toward.x - c.x;
    const double dy = toward.y - c.y;
    if (std::abs(dx) < 1e-12 && std::abs(dy) < 1e-12)
        return c;
    const double sx = dx != 0 ? (r.width / 2) / std::abs(dx) : 1e9;
    const double sy = dy != 0 ? (r.height / 2) / std::abs(dy) : 1e9;
    const double s = std::min({sx, sy, 1.0});
    return {c.x + dx * s, c.y + dy * s};
}

bool PlaneGeometry::clipToRect(const Rect& r, RoutePoint& a, RoutePoint& b)
{
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    double t0 = 0;
    double t1 = 1;
    const double pq[4][2] = {
        {-dx, a.x - r.x}, {dx, r.x + r.width - a.x}, {-dy, a.y - r.y}, {dy, r.y + r.height - a.y}};
    for (const auto& [p, q] : pq) {
        if (p == 0) {
            if (q < 0)
                return false;
            continue;
        }
        const double t = q / p;
        if (p < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const RoutePoint from = a;
    a = {from.x + dx * t0, from.y + dy * t0};
    b = {from.x + dx * t1, from.y + dy * t1};
    return true;
}

bool PlaneGeometry::crossesRect(const Rect& r, RoutePoint a, RoutePoint b)
{
    const Rect inner{r.x + 1, r.y + 1, r.width - 2, r.height - 2};
    return clipToRect(inner, a, b) && std::hypot(b.x - a.x, b.y - a.y) > 1;
}

} // namespace kg
