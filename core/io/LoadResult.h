#pragma once

#include "io/LoadError.h"
#include "model/Design.h"

#include <optional>
#include <string>
#include <vector>

namespace kg {

// Either a whole, checked design or the reasons there is none: a load never yields half a design.
struct LoadResult
{
    std::optional<Design> design;
    std::vector<LoadError> errors; // empty when design is set
    int migratedFromVersion = 0;   // the file's version when it was older than the current one
    // What the loader changed while reading (a zone named by Azure resource id resolved to a
    // zone element): saving the design keeps the change.
    std::vector<Sentence> notes;

    bool ok() const { return design.has_value(); }
};

} // namespace kg
