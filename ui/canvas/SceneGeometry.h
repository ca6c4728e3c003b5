#pragma once

#include <QLineF>
#include <QRectF>

namespace kg::ui {

// The core's PlaneGeometry in scene coordinates, for the canvas's items: where lines leave
// cards, and what part of a line lies inside a rectangle.

// The point where the segment from the rectangle's centre towards `toward` leaves it.
QPointF borderPoint(const QRectF& r, const QPointF& toward);
// The part of the segment inside `r` (Liang-Barsky); false when none of it is.
bool clipToRect(const QRectF& r, QLineF& line);
// Whether the segment passes through the inside of `r` (not only along an edge).
bool crossesRect(const QRectF& r, const QLineF& line);

} // namespace kg::ui
