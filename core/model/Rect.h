#pragma once

namespace kg {

// Position and size on the canvas, in scene units (1 unit = 1 px at 100 % zoom). For a nested
// element the position is absolute in the scene, not relative to the parent, so moving a
// container is an explicit edit of every descendant (one undo step, see MoveElementsEdit).
struct Rect
{
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    // Stacking among elements at the same nesting depth: a higher z is drawn above and picked
    // first (Bring to Front, Send to Back). Nesting always wins: a card is above its container.
    int z = 0;

    bool operator==(const Rect&) const = default;
};

} // namespace kg
