#pragma once

#include "text/Sentence.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kg {

// Brings a parsed .kubegate document of an older format version up to the current one, one
// version step at a time, before it is read. Each step only reshapes JSON; the reader then
// checks the result like any other file. See docs/FILE-FORMAT.md for the version history.
class Migration
{
public:
    static constexpr int kCurrentVersion = 4;
    static constexpr int kOldestVersion = 1;

    // Migrates `document` in place from `fromVersion` to kCurrentVersion; `notes` gets what a
    // person should know about the result (a setting that had no effect and was dropped).
    static void upgrade(nlohmann::json& document, int fromVersion, std::vector<Sentence>& notes);
};

} // namespace kg
