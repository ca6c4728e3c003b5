#pragma once

#include <nlohmann/json.hpp>

namespace kg {

// Brings a parsed .kubegate document of an older format version up to the current one, one
// version step at a time, before it is read. Each step only reshapes JSON; the reader then
// checks the result like any other file. See docs/FILE-FORMAT.md for the version history.
class Migration
{
public:
    static constexpr int kCurrentVersion = 2;
    static constexpr int kOldestVersion = 1;

    // Migrates `document` in place from `fromVersion` to kCurrentVersion.
    static void upgrade(nlohmann::json& document, int fromVersion);
};

} // namespace kg
