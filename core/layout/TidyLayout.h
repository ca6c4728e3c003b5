#pragma once

#include "model/Element.h"
#include "model/Link.h"

#include <map>
#include <string>
#include <vector>

namespace kg {

class Design;

// Layout > Tidy and the import's layout: Graphviz's dot places the cards left to right along
// the links (a hub before its spokes, a client before what it reaches), containers as Graphviz
// clusters with room for their header, nested as they are nested. Only positions and container
// sizes change; cards keep their sizes. The same design gives the same result every time: items
// are given to Graphviz in id order, whatever order they were added in.
class TidyLayout
{
public:
    // The elements `roots` and everything nested in them, with new geometry (only those whose
    // geometry changes). Roots are laid out together per parent, each group keeping the top-left
    // corner of the area it covered; empty `roots` lays out the whole design from its top-left.
    // Parents of the roots are not grown here (ContainerFit does that for an edit).
    static std::vector<Element> arrange(const Design& design,
                                        const std::vector<std::string>& roots);

    // The same placement, and the links routed around the cards along Graphviz's edge routes
    // (polylines): for each link laid out with the group, its bends in scene coordinates (empty
    // when it runs straight).
    struct Arrangement
    {
        std::vector<Element> elements;
        std::map<std::string, std::vector<RoutePoint>> routes;
    };
    static Arrangement layout(const Design& design, const std::vector<std::string>& roots);
};

} // namespace kg
