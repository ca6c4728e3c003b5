#pragma once

#include "model/Design.h"

#include <string>
#include <vector>

namespace kg {

// The order in which presentation's build-up reveals a design, one element per step: the
// networks, then what connects them, the clusters, DNS, the ways in, services and last the
// clients, each group from the outside in (a network before its subnets) and in document order.
// A trainer's chosen order (the design's Lesson::buildOrder) comes first, and what it does not
// name follows in that story. A container always comes before what it holds, so nothing appears
// floating: an element chosen before its container brings the container along.
std::vector<std::string> buildUpOrder(const Design& design);

} // namespace kg
