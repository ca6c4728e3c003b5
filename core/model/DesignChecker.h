#pragma once

#include "model/StructureProblem.h"

#include <vector>

namespace kg {

class Design;

// The invariants every loaded or edited design holds: parents exist and may contain their
// children, no containment cycles or chains deeper than the limit, link ends exist and have
// kinds the link allows, references in properties point at existing elements of allowed kinds.
// A design with problems is never handed to the rest of the program; the loader refuses it
// and the UI refuses the edit that would cause it.
class DesignChecker
{
public:
    static std::vector<StructureProblem> check(const Design& design, std::size_t maxProblems = 20);
};

} // namespace kg
