#pragma once

#include "model/Edit.h"
#include "model/Element.h"
#include "model/Link.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kg {

// Replaces whole elements (same ids) with new values: renames, property changes, moves,
// resizes and re-nesting are all this edit with different before/after pairs. One drag of
// several items is one ChangeElementsEdit.
//
// Links' drawn routes follow their ends: when both ends of a routed link move by the same
// offset (a container dragged with everything in it), the route moves with them; when one end
// moves alone or changes size, the route no longer fits and is dropped (the line is straight
// again). `routes` sets new routes instead (Layout > Tidy, which routes the links it placed).
// The links changed are worked out on the first apply and restored on revert.
class ChangeElementsEdit : public Edit
{
public:
    ChangeElementsEdit(std::vector<std::pair<Element, Element>> beforeAfter, std::string label,
                       std::map<std::string, std::vector<RoutePoint>> routes = {});
    ChangeElementsEdit(Element before, Element after, std::string label);

    void apply(Design& design) override;
    void revert(Design& design) override;
    std::string label() const override { return m_label; }
    // For steps merged into one (keyboard nudges): the links as `first` found them and as
    // `second` left them. Both must have been applied.
    void takeLinksFrom(const ChangeElementsEdit& first, const ChangeElementsEdit& second);

private:
    void planLinks(const Design& design);

    std::vector<std::pair<Element, Element>> m_changes;
    std::string m_label;
    std::map<std::string, std::vector<RoutePoint>> m_routes;
    std::optional<std::vector<std::pair<Link, Link>>> m_links; // planned on the first apply
};

} // namespace kg
