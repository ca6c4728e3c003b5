#pragma once

#include "io/LoadError.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Untrusted bytes to a JSON document, for every reader of JSON files (designs, imports).
// Checks the size, the encoding (UTF-16, NUL bytes, invalid UTF-8, a harmless UTF-8 byte order
// mark), the syntax and the nesting depth; each problem becomes a LoadError with a line and
// column where one is known. Nothing throws.
class JsonText
{
public:
    // `what` names the expected content in messages (the phrase "a Kubegate design");
    // `describeNonJson` may say what bytes that are not JSON look like (a PDF, YAML ...) before
    // parsing fails.
    struct Options
    {
        Sentence what = Sentence("phrase.what.design");
        std::optional<Sentence> (*describeNonJson)(std::string_view) = nullptr;
    };

    static std::optional<nlohmann::json> parse(std::string_view bytes, const Options& options,
                                               std::vector<LoadError>& errors);

    // Reads a whole file, refusing it unread when it is missing, a folder, unreadable or over
    // the size limit. The error says which.
    static std::optional<std::string> readFile(const std::string& path, LoadError& error);

    // The phrase "an integer", "a number", "a boolean", "a string", "an array", "an object" or
    // "null", for messages that say what was found.
    static Sentence typeName(const nlohmann::json& value);
    // "\"KEY\" must be EXPECTED, found FOUND": `expected` is a phrase id ("phrase.json.string"),
    // what was found named by typeName().
    static Sentence mustBe(const std::string& key, const char* expected,
                           const nlohmann::json& found);
    // How deeply the containers of JSON `text` nest once past limits::kMaxJsonDepth (the depth
    // of the first container too deep), or 0 within it. Strings and escapes are skipped;
    // brackets in malformed text are counted as they come (the parser reports the syntax).
    static std::size_t nestingPastLimit(std::string_view text);

    // One reference token of a JSON pointer (RFC 6901): "~" as "~0", "/" as "~1".
    static std::string pointerToken(std::string_view token);
};

} // namespace kg
