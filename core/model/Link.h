#pragma once

#include "model/LinkKind.h"
#include "model/PropertyValue.h"

#include <string>
#include <vector>

namespace kg {

// A bend of a link's drawn line, in scene coordinates.
struct RoutePoint
{
    double x = 0;
    double y = 0;
    bool operator==(const RoutePoint&) const = default;
};

// A relationship between two elements (peering, VPN, zone link ...), addressed by its own id.
struct Link
{
    std::string id;
    LinkKind kind = LinkKind::Peering;
    std::string from;
    std::string to;
    PropertyMap properties;
    // Where the drawn line bends between its two ends (Layout > Tidy routes links around the
    // cards with Graphviz); empty for a straight line. Only the drawing reads it: it belongs to
    // the geometry of the two ends, and moving one end alone drops it (ChangeElementsEdit).
    std::vector<RoutePoint> route = {};

    bool operator==(const Link&) const = default;
};

} // namespace kg
