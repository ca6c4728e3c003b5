#pragma once

#include "model/Link.h"
#include "model/Rect.h"

namespace kg {

// Plane geometry the drawing of links relies on, in design coordinates: where a line leaves a
// card, and what part of a segment lies inside a rectangle. The canvas draws with it and the
// layout tests check routes with it, so both agree on what "crossing a card" means.
class PlaneGeometry
{
public:
    // The point where the segment from the rectangle's centre towards `toward` leaves it.
    static RoutePoint borderPoint(const Rect& r, RoutePoint toward);
    // Cuts the segment a-b to its part inside `r` (Liang-Barsky); false when none of it is.
    static bool clipToRect(const Rect& r, RoutePoint& a, RoutePoint& b);
    // Whether the segment passes through the inside of `r`: more than one unit of it inside the
    // rectangle shrunk by one on every side, so a line along an edge does not count.
    static bool crossesRect(const Rect& r, RoutePoint a, RoutePoint b);
};

} // namespace kg
