#include "io/JsonText.h"

#include "io/TextPosition.h"
#include "model/Limits.h"
#include "text/Utf8.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace kg {

namespace {

using json = nlohmann::json;

// Thrown from the parser callback to stop parsing a document nested too deeply.
struct TooDeep
{
    std::size_t depth;
};

std::string shown(const std::string& s)
{
    constexpr std::size_t kMax = 60;
    return s.size() > kMax ? utf8Prefix(s, kMax) + "..." : s;
}

Sentence sizeLimitMessage(std::size_t bytes)
{
    return Sentence("load.file.too-big",
                    {{"size", std::to_string(bytes / (1024 * 1024))},
                     {"limit", std::to_string(limits::kMaxFileBytes / (1024 * 1024))}});
}

LoadError errorAt(std::string_view bytes, std::size_t offset, Sentence message)
{
    TextPosition pos = positionOf(bytes, offset);
    LoadError e;
    e.line = pos.line;
    e.column = pos.column;
    e.text = std::move(message);
    return e;
}

LoadError plainError(Sentence message)
{
    LoadError e;
    e.text = std::move(message);
    return e;
}

} // namespace

std::optional<json> JsonText::parse(std::string_view bytes, const Options& options,
                                    std::vector<LoadError>& errors)
{
    if (bytes.size() > limits::kMaxFileBytes) {
        errors.push_back(plainError(sizeLimitMessage(bytes.size())));
        return std::nullopt;
    }
    std::size_t offset = 0;
    std::string_view rest = bytes;
    if (rest.substr(0, 2) == "\xFF\xFE" || rest.substr(0, 2) == "\xFE\xFF") {
        errors.push_back(plainError(Sentence("load.file.utf16", {}, {{"what", options.what}})));
        return std::nullopt;
    }
    if (rest.substr(0, 3) == "\xEF\xBB\xBF")
        offset = 3; // a UTF-8 byte order mark is harmless: skip it
    rest.remove_prefix(offset);
    if (rest.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        errors.push_back(plainError(Sentence("load.file.empty")));
        return std::nullopt;
    }
    if (options.describeNonJson) {
        if (auto nonJson = options.describeNonJson(rest)) {
            errors.push_back(plainError(*nonJson));
            return std::nullopt;
        }
    }
    if (std::size_t nul = rest.find('\0'); nul != std::string_view::npos) {
        const bool utf16 = rest.size() > 1 && (rest[0] == '\0' || rest[1] == '\0');
        errors.push_back(errorAt(bytes, offset + nul,
                                 Sentence(utf16 ? "load.file.looks-utf16" : "load.file.nul", {},
                                          {{"what", options.what}})));
        return std::nullopt;
    }
    if (std::size_t bad = firstInvalidUtf8(rest); bad != std::string_view::npos) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(rest[bad]));
        errors.push_back(errorAt(bytes, offset + bad, Sentence("load.file.utf8", {{"byte", hex}})));
        return std::nullopt;
    }
    try {
        // The nesting is measured by a scan of its own rather than a parser callback: with a
        // callback, nlohmann's parser searches the enclosing array for discarded values each
        // time an object ends, which made a 100,000-element design take 16 s to read.
        if (std::size_t depth = nestingPastLimit(rest))
            throw TooDeep{depth};
        return json::parse(rest.begin(), rest.end(), nullptr, true, false);
    } catch (const json::parse_error& e) {
        std::string what = e.what();
        // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: "
        std::size_t colon = what.find(": ");
        std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
        std::replace(reason.begin(), reason.end(), '\n', ' ');
        std::size_t byte = e.byte > 0 ? e.byte - 1 : 0;
        errors.push_back(errorAt(bytes, offset + byte,
                                 Sentence("load.json.syntax", {{"reason", shown(reason)}})));
    } catch (const json::out_of_range& e) {
        // nlohmann reports numbers beyond double range (1e999) this way, without a position.
        std::string what = e.what();
        std::size_t quote = what.find('\'');
        std::string number = quote == std::string::npos ? std::string{} : what.substr(quote);
        errors.push_back(plainError(Sentence("load.json.number", {{"number", shown(number)}})));
    } catch (const json::exception& e) {
        errors.push_back(plainError(Sentence("load.json.syntax", {{"reason", shown(e.what())}})));
    } catch (const TooDeep& t) {
        errors.push_back(plainError(Sentence(
            "load.json.deep",
            {{"limit", std::to_string(limits::kMaxJsonDepth)}, {"depth", std::to_string(t.depth)}},
            {{"what", options.what}})));
    }
    return std::nullopt;
}

std::size_t JsonText::nestingPastLimit(std::string_view text)
{
    std::size_t open = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character, a quote included, is part of the string
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (open >= limits::kMaxJsonDepth)
                return open + 1;
            ++open;
        } else if ((c == '}' || c == ']') && open > 0) {
            --open;
        }
    }
    return 0;
}

Sentence JsonText::typeName(const json& j)
{
    if (j.is_number_integer() || j.is_number_unsigned())
        return Sentence("phrase.json.integer");
    if (j.is_number_float())
        return Sentence("phrase.json.number");
    if (j.is_boolean())
        return Sentence("phrase.json.boolean");
    if (j.is_string())
        return Sentence("phrase.json.string");
    if (j.is_array())
        return Sentence("phrase.json.array");
    if (j.is_object())
        return Sentence("phrase.json.object");
    return Sentence("phrase.json.null");
}

Sentence JsonText::mustBe(const std::string& key, const char* expected, const json& found)
{
    return Sentence("load.key.must-be", {{"key", key}},
                    {{"expected", Sentence(expected)}, {"found", typeName(found)}});
}

std::string JsonText::pointerToken(std::string_view token)
{
    std::string out;
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::optional<std::string> JsonText::readFile(const std::string& path, LoadError& error)
{
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        error = plainError(Sentence("load.file.missing"));
        return std::nullopt;
    }
    if (std::filesystem::is_directory(status)) {
        error = plainError(Sentence("load.file.folder"));
        return std::nullopt;
    }
    auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > limits::kMaxFileBytes) {
        error = plainError(sizeLimitMessage(static_cast<std::size_t>(size)));
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = plainError(Sentence("load.file.unreadable"));
        return std::nullopt;
    }
    // Read by the file's size, not the limit: a 3 KB design must not cost a 64 MiB buffer.
    // The first read asks one byte past the size (a file that grew since shows it); files whose
    // size is not known ahead (pipes, /proc) are read in chunks. Either stops one byte past the
    // limit, which parse() then refuses with the size message.
    const bool sized = !ec && std::filesystem::is_regular_file(status);
    constexpr std::size_t kChunk = 64 * 1024;
    std::string bytes;
    std::size_t have = 0;
    while (have <= limits::kMaxFileBytes) {
        const std::size_t next = have == 0 && sized ? static_cast<std::size_t>(size) + 1 : kChunk;
        const std::size_t want = std::min(next, limits::kMaxFileBytes + 1 - have);
        bytes.resize(have + want);
        in.read(bytes.data() + have, static_cast<std::streamsize>(want));
        const auto got = static_cast<std::size_t>(in.gcount());
        have += got;
        if (got < want)
            break;
    }
    bytes.resize(have);
    return bytes;
}

} // namespace kg
