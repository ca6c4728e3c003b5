#pragma once

#include "text/Sentence.h"

#include <string>

namespace kg {

// A violation of a design's structural invariants, located by the item it is on and the field
// (a JSON-pointer suffix such as "parent" or "properties/apiServerAccessProfile/subnetId").
struct StructureProblem
{
    std::string itemId;
    bool isLink = false;
    std::string field;
    Sentence text; // what is wrong, a catalogue sentence
};

} // namespace kg
