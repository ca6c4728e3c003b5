#pragma once

#include "model/ElementKind.h"
#include "model/LinkKind.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kg {

// What the edits since the last analysis touched, as far as the design-wide rules care: the
// kinds of the elements and links added or changed, the kinds removed, and whether an element
// came, moved or was renamed. LiveAnalysis gathers it; Analyzer::rerunRules keeps the findings
// of a design-wide rule that reads none of it (Rule::Reads).
struct EditScope
{
    std::uint64_t elementKinds = 0;        // added or changed, one bit per ElementKind
    std::uint32_t linkKinds = 0;           // added or changed, one bit per LinkKind
    std::uint64_t removedElementKinds = 0; // removed
    std::uint32_t removedLinkKinds = 0;
    bool namesOrPlaces = false; // an element added, renamed or moved
    // The elements added or changed, while few and each known (a rule may then look at them
    // alone: Rule::Reads::joins); `elementsKnown` false when not.
    std::vector<std::string> elements;
    bool elementsKnown = true;
    static constexpr std::size_t kMaxElements = 64;
    void note(const std::string& id)
    {
        if (elements.size() < kMaxElements)
            elements.push_back(id);
        else
            elementsKnown = false;
    }

    void touch(ElementKind kind) { elementKinds |= bit64(kind); }
    void touch(LinkKind kind) { linkKinds |= bit32(kind); }
    void remove(ElementKind kind) { removedElementKinds |= bit64(kind); }
    void remove(LinkKind kind) { removedLinkKinds |= bit32(kind); }
    bool touched(ElementKind kind) const { return (elementKinds & bit64(kind)) != 0; }
    bool touched(LinkKind kind) const { return (linkKinds & bit32(kind)) != 0; }
    bool removed(ElementKind kind) const { return (removedElementKinds & bit64(kind)) != 0; }
    bool removed(LinkKind kind) const { return (removedLinkKinds & bit32(kind)) != 0; }

private:
    static std::uint64_t bit64(ElementKind kind)
    {
        return std::uint64_t{1} << static_cast<unsigned>(kind);
    }
    static std::uint32_t bit32(LinkKind kind)
    {
        return std::uint32_t{1} << static_cast<unsigned>(kind);
    }
};

static_assert(static_cast<unsigned>(ElementKind::AzureNsg) < 64, "one bit per element kind");
static_assert(static_cast<unsigned>(LinkKind::RegistryAccess) < 32, "one bit per link kind");

} // namespace kg
