#pragma once

// The shipped templates (resources/templates/*.kubegate), sorted, for tests that run over all
// of them. KUBEGATE_SOURCE_DIR is defined by the test targets.
#include <algorithm>
#include <filesystem>
#include <vector>

namespace kg {

inline std::vector<std::filesystem::path> templateFiles()
{
    std::vector<std::filesystem::path> out;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(KUBEGATE_SOURCE_DIR) / "resources/templates"))
        if (entry.path().extension() == ".kubegate")
            out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace kg
