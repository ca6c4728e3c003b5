#pragma once

#include "model/Element.h"

#include <vector>

namespace kg {

// Sizes an imported design's cards (wider for long names) and packs them into a first
// arrangement: containers that wrap their children in rows under a header, top-level items in
// columns left to right. The importer then hands the design to TidyLayout (Graphviz), which
// places everything along the links and keeps these sizes; the packing stays the fallback that
// gives every element a sensible size and corner before that.
class ImportLayout
{
public:
    struct Node
    {
        std::size_t element = 0; // index into the elements being placed
        std::vector<Node> children;
        double width = 180;
        double height = 64;
        int columns = 0; // children per row; 0 chooses about a square
        bool container = false;
    };

    // Writes geometry into `elements` for every node of every column.
    static void place(std::vector<std::vector<Node>>& columns, std::vector<Element>& elements);

    static constexpr double kGap = 24;
    static constexpr double kHeader = 46;
    static constexpr double kMargin = 20;
};

} // namespace kg
