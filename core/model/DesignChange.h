#pragma once

#include <cstddef>
#include <string>

namespace kg {

struct Element;
struct Link;

// What one mutation of a Design did, announced to observers after it happened.
struct DesignChange
{
    enum class Type {
        ElementAdded,
        ElementRemoved,
        ElementChanged, // any field but the id; `parentChanged` tells containment moves apart
        LinkAdded,
        LinkRemoved,
        LinkChanged,
        InfoChanged, // title or notes
        Reset,       // everything may have changed (a new design was assigned)
    };
    // For ElementChanged: which fields differ, so that a follower can skip what does not
    // concern it (the analysis ignores geometry and notes). For LinkChanged, Geometry alone
    // means only the link's route changed.
    enum Field : unsigned {
        Name = 1u << 0,
        Parent = 1u << 1,
        Geometry = 1u << 2,
        Notes = 1u << 3,
        Properties = 1u << 4,
        Kind = 1u << 5,
    };

    Type type = Type::Reset;
    std::string id;
    bool parentChanged = false;
    unsigned fields = 0;
    // For ElementRemoved and LinkRemoved: what was removed (its kind, parent or ends), so that a
    // follower can tell what the removal affects. Valid only during the notification.
    const Element* removedElement = nullptr;
    const Link* removedLink = nullptr;
    // For ElementAdded and ElementRemoved of one element alone (insertElement, eraseElement):
    // its index in the element list, where it now is or where it was. kNoIndex for the items of
    // a batch, which are announced after the whole batch moved.
    static constexpr std::size_t kNoIndex = ~std::size_t{0};
    std::size_t index = kNoIndex;
};

// Implemented by whoever follows a design (the canvas, the live analysis). Called synchronously
// after each mutation, on the thread that mutated. Observers must not mutate the design.
class DesignObserver
{
public:
    virtual ~DesignObserver() = default;
    virtual void designChanged(const DesignChange& change) = 0;
};

} // namespace kg
