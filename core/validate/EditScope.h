#pragma once

#include "model/ElementKind.h"
#include "model/LinkKind.h"

#include <cstdint>

namespace kg {

// What the edits since the last analysis touched, as far as the design-wide rules care: the
// kinds of the elements and links added, removed or changed, and whether an element came, went,
// moved or was renamed. LiveAnalysis gathers it; Analyzer::rerunRules keeps the findings of a
// design-wide rule that reads none of it (Rule::Reads).
struct EditScope
{
    std::uint64_t elementKinds = 0; // one bit per ElementKind
    std::uint32_t linkKinds = 0;    // one bit per LinkKind
    bool namesOrPlaces = false;     // an element added, removed, renamed or moved

    void touch(ElementKind kind)
    {
        elementKinds |= std::uint64_t{1} << static_cast<unsigned>(kind);
    }
    void touch(LinkKind kind) { linkKinds |= std::uint32_t{1} << static_cast<unsigned>(kind); }
    bool touched(ElementKind kind) const
    {
        return (elementKinds >> static_cast<unsigned>(kind)) & 1u;
    }
    bool touched(LinkKind kind) const { return (linkKinds >> static_cast<unsigned>(kind)) & 1u; }
};

static_assert(static_cast<unsigned>(ElementKind::AzureNsg) < 64, "one bit per element kind");
static_assert(static_cast<unsigned>(LinkKind::RegistryAccess) < 32, "one bit per link kind");

} // namespace kg
