#pragma once

#include <string>

namespace kg {

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
    Type type = Type::Reset;
    std::string id;
    bool parentChanged = false;
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
