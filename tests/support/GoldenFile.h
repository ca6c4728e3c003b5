#pragma once

// Golden files: the exact bytes an output is expected to have, kept under tests/golden/. A
// change to an output format shows up as a failing comparison naming the first line that
// differs; after checking the new output by eye, regenerate with tools/update-golden.sh
// (KUBEGATE_UPDATE_GOLDEN=1), and review the diff in the commit.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace kg::test {

inline std::string readFileBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline bool updatingGolden()
{
    const char* v = std::getenv("KUBEGATE_UPDATE_GOLDEN");
    return v && std::string(v) == "1";
}

// Empty when `actual` equals tests/golden/<name>; otherwise what differs, and where the actual
// output was written for diffing. With KUBEGATE_UPDATE_GOLDEN=1 the golden file is rewritten.
inline std::string compareGolden(const std::string& name, const std::string& actual)
{
    namespace fs = std::filesystem;
    const fs::path golden = fs::path(KUBEGATE_SOURCE_DIR) / "tests" / "golden" / name;
    if (updatingGolden()) {
        fs::create_directories(golden.parent_path());
        std::ofstream(golden, std::ios::binary) << actual;
        return {};
    }
    if (!fs::exists(golden))
        return "no golden file " + golden.string() + " (run tools/update-golden.sh to create it)";
    const std::string expected = readFileBytes(golden);
    if (expected == actual)
        return {};
    const fs::path out = fs::temp_directory_path() / "kubegate-golden-actual" / name;
    fs::create_directories(out.parent_path());
    std::ofstream(out, std::ios::binary) << actual;
    std::istringstream e(expected);
    std::istringstream a(actual);
    std::string el;
    std::string al;
    for (int line = 1;; ++line) {
        const bool moreE = static_cast<bool>(std::getline(e, el));
        const bool moreA = static_cast<bool>(std::getline(a, al));
        if (!moreE && !moreA)
            break;
        if (!moreE || !moreA || el != al)
            return name + " differs at line " + std::to_string(line) +
                   ":\n  golden: " + (moreE ? el.substr(0, 200) : "(end of file)") +
                   "\n  actual: " + (moreA ? al.substr(0, 200) : "(end of file)") +
                   "\n  actual output: " + out.string();
    }
    return name + " differs (line endings or a final newline); actual output: " + out.string();
}

} // namespace kg::test
