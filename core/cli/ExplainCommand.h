#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace kg {

// `kubegate explain FILE --client ID --cluster ID [--endpoint KIND] [--lang en|zh_CN]`: one
// client's paths to a cluster, step by step, the one its DNS selects first, and the fix of a
// blocked one, in the locale's language or --lang's. Exit codes: 0 the client reaches the
// cluster, 1 it does not, 2 unreadable input or a usage error.
class ExplainCommand
{
public:
    static int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
};

} // namespace kg
