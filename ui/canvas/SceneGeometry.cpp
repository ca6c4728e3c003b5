#include "canvas/SceneGeometry.h"

#include "layout/PlaneGeometry.h"

namespace kg::ui {

namespace {

Rect rect(const QRectF& r)
{
    return {r.x(), r.y(), r.width(), r.height()};
}

RoutePoint point(const QPointF& p)
{
    return {p.x(), p.y()};
}

QPointF point(const RoutePoint& p)
{
    return {p.x, p.y};
}

} // namespace

QPointF borderPoint(const QRectF& r, const QPointF& toward)
{
    return point(PlaneGeometry::borderPoint(rect(r), point(toward)));
}

bool clipToRect(const QRectF& r, QLineF& line)
{
    RoutePoint a = point(line.p1());
    RoutePoint b = point(line.p2());
    if (!PlaneGeometry::clipToRect(rect(r), a, b))
        return false;
    line = QLineF(point(a), point(b));
    return true;
}

bool crossesRect(const QRectF& r, const QLineF& line)
{
    return PlaneGeometry::crossesRect(rect(r), point(line.p1()), point(line.p2()));
}

} // namespace kg::ui
