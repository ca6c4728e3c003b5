#pragma once

#include <string>

namespace kg {

class Design;

// A reversible change to a Design. Contract: apply() then revert() leaves the design equal
// (operator==) to what it was, including document order; revert() then apply() likewise.
// An Edit stores ids and before/after values, never pointers into the design. apply() is
// called on a design in the state the edit was made for; the undo stack guarantees the order.
class Edit
{
public:
    virtual ~Edit() = default;
    virtual void apply(Design& design) = 0;
    virtual void revert(Design& design) = 0;
    // English description for logs and the CLI; the UI shows its own translated label.
    virtual std::string label() const = 0;
};

} // namespace kg
