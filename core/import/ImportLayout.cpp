#include "import/ImportLayout.h"

#include <algorithm>
#include <cmath>

namespace kg {

namespace {

constexpr double kTop = 100; // room above for public endpoint markers
constexpr double kLeft = 40;
constexpr double kColumnGap = 80;
constexpr double kStackGap = 60;
constexpr double kEmptyWidth = 240;
constexpr double kEmptyHeight = 120;
constexpr double kMinContainerWidth = 260;

int columnsFor(const ImportLayout::Node& n)
{
    if (n.columns > 0)
        return n.columns;
    const auto count = static_cast<int>(n.children.size());
    return count <= 3 ? count : static_cast<int>(std::ceil(std::sqrt(double(count))));
}

void measure(ImportLayout::Node& n)
{
    if (!n.container)
        return;
    if (n.children.empty()) {
        n.width = std::max(n.width, kEmptyWidth);
        n.height = std::max(n.height, kEmptyHeight);
        return;
    }
    for (auto& child : n.children)
        measure(child);
    const int cols = columnsFor(n);
    double width = 0;
    double height = 0;
    for (std::size_t start = 0; start < n.children.size(); start += std::size_t(cols)) {
        std::size_t end = std::min(n.children.size(), start + std::size_t(cols));
        double rowWidth = 0;
        double rowHeight = 0;
        for (std::size_t i = start; i < end; ++i) {
            rowWidth += n.children[i].width + (i > start ? ImportLayout::kGap : 0);
            rowHeight = std::max(rowHeight, n.children[i].height);
        }
        width = std::max(width, rowWidth);
        height += rowHeight + (start > 0 ? ImportLayout::kGap : 0);
    }
    n.width = std::max({width + 2 * ImportLayout::kMargin, kMinContainerWidth, n.width});
    n.height = height + ImportLayout::kHeader + ImportLayout::kMargin;
}

void put(const ImportLayout::Node& n, double x, double y, std::vector<Element>& elements)
{
    elements[n.element].geometry = {x, y, n.width, n.height};
    if (!n.container || n.children.empty())
        return;
    const int cols = columnsFor(n);
    double cy = y + ImportLayout::kHeader;
    for (std::size_t start = 0; start < n.children.size(); start += std::size_t(cols)) {
        std::size_t end = std::min(n.children.size(), start + std::size_t(cols));
        double cx = x + ImportLayout::kMargin;
        double rowHeight = 0;
        for (std::size_t i = start; i < end; ++i) {
            put(n.children[i], cx, cy, elements);
            cx += n.children[i].width + ImportLayout::kGap;
            rowHeight = std::max(rowHeight, n.children[i].height);
        }
        cy += rowHeight + ImportLayout::kGap;
    }
}

} // namespace

void ImportLayout::place(std::vector<std::vector<Node>>& columns, std::vector<Element>& elements)
{
    double x = kLeft;
    for (auto& column : columns) {
        if (column.empty())
            continue;
        double y = kTop;
        double width = 0;
        for (auto& n : column) {
            measure(n);
            put(n, x, y, elements);
            y += n.height + kStackGap;
            width = std::max(width, n.width);
        }
        x += width + kColumnGap;
    }
}

} // namespace kg
