#pragma once

#include "model/Element.h"

#include <vector>

namespace kg {

// Lays out an imported design readably: cards of a fixed size, containers that wrap their
// children in rows under a header, top-level items stacked in columns left to right. The same
// packing as the scenario templates (tools/templates/make_templates.py), so that an imported
// design looks like one a person drew. Nested boxes in rows are a packing problem, not a graph
// layout, which is why this does not call Graphviz (docs/DESIGN.md).
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
