#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace kg {

// `kubegate diff A B [--format text|json|md]`: what changes from design A to design B (paths
// gained and lost with the step that changed, findings added and removed, changes a cloud cannot
// make in place). Exit codes: 0 the designs are the same, 1 they differ, 2 unreadable input or
// a usage error.
class DiffCommand
{
public:
    static int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
};

} // namespace kg
