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

    bool operator==(const Rect&) const = default;
};

} // namespace kg
