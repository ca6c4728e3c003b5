#pragma once

#include "model/Element.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace kg {

class Design;

// Containers grow with their children: after elements move, resize or change parent, every
// container that holds one of them (in its new place) is widened, up the ancestry, until each
// child sits inside it with a margin. Containers never shrink here: a person's layout is kept.
class ContainerFit
{
public:
    // Space kept between a container's border and its children; the top keeps room for the
    // container's header (icon, name, address space).
    static constexpr double kMargin = 16;
    static constexpr double kHeader = 40;

    // `changed` holds the after-state of edited elements (same ids as in `design`). Returns the
    // after-state of every container that has to grow, ancestors included; containers that are
    // themselves in `changed` come back grown when needed (their entry replaces the caller's).
    static std::vector<Element> grow(const Design& design, const std::vector<Element>& changed);

    // Moves `id` and everything nested in it by (dx, dy) into `after` (after-states by id;
    // elements already there are moved from their after-state).
    static void shift(const Design& design, const std::string& id, double dx, double dy,
                      std::map<std::string, Element>& after);
    // The before/after pairs for an edit: `after` plus the containers that must grow to hold it,
    // leaving out elements that did not change.
    static std::vector<std::pair<Element, Element>> changes(const Design& design,
                                                            std::map<std::string, Element> after);

    // Where something added to `container` can go without covering what it holds: the bottom
    // of its lowest child, or below its header when it holds nothing (y, design coordinates).
    static double contentBottom(const Design& design, const Element& container);

    // The smallest rectangle a container must keep to hold its current children (for resizing);
    // a zero-size rectangle at the container's corner when it has none.
    static Rect minimumFor(const Design& design, const Element& container);
};

} // namespace kg
