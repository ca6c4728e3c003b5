#include "iac/IacQuoting.h"

#include "model/TextForm.h"

#include <cstdio>
#include <utility>

namespace kg::iac {

namespace {

std::string hex(unsigned value, int digits)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%0*X", digits, value);
    return buffer;
}

// The code point of the UTF-8 sequence starting at s[at] when YAML must see it escaped: a C1
// control (U+0080..U+009F, U+0085 being a line break) or the line breaks U+2028 and U+2029,
// with its length; {0, 0} otherwise.
std::pair<unsigned, std::size_t> yamlBreak(std::string_view s, std::size_t at)
{
    auto byte = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
    if (byte(at) == 0xC2 && byte(at + 1) >= 0x80 && byte(at + 1) <= 0x9F)
        return {byte(at + 1), 2};
    if (byte(at) == 0xE2 && byte(at + 1) == 0x80 && (byte(at + 2) == 0xA8 || byte(at + 2) == 0xA9))
        return {byte(at + 2) == 0xA8 ? 0x2028u : 0x2029u, 3};
    return {0, 0};
}

// The escapes HCL and Bicep strings share: a backslash, line breaks and tabs. False when `c`
// needs none of them.
bool commonEscape(char c, std::string& out)
{
    switch (c) {
    case '\\':
        out += "\\\\";
        return true;
    case '\n':
        out += "\\n";
        return true;
    case '\r':
        out += "\\r";
        return true;
    case '\t':
        out += "\\t";
        return true;
    default:
        return false;
    }
}

} // namespace

std::string shellWord(std::string_view value)
{
    std::string out = "'";
    for (char c : value) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

std::string hclString(std::string_view value)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        const auto u = static_cast<unsigned char>(c);
        const bool opensTemplate = i + 1 < value.size() && value[i + 1] == '{';
        if (commonEscape(c, out))
            continue;
        if (c == '"')
            out += "\\\"";
        else if (u < 0x20 || u == 0x7F)
            out += "\\u" + hex(u, 4);
        else if ((c == '$' || c == '%') && opensTemplate)
            out += std::string(2, c); // $${ and %%{ are the literal ${ and %{
        else
            out += c;
    }
    return out + "\"";
}

std::string bicepString(std::string_view value)
{
    std::string out = "'";
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        const auto u = static_cast<unsigned char>(c);
        if (commonEscape(c, out))
            continue;
        if (c == '\'')
            out += "\\'";
        else if (c == '$' && i + 1 < value.size() && value[i + 1] == '{')
            out += "\\$";
        else if (u < 0x20 || u == 0x7F)
            out += "\\u{" + hex(u, 1) + "}";
        else
            out += c;
    }
    return out + "'";
}

std::string yamlString(std::string_view value)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        const auto u = static_cast<unsigned char>(c);
        if (auto [cp, length] = yamlBreak(value, i); length != 0) {
            out += "\\u" + hex(cp, 4);
            i += length - 1;
        } else if (c == '\\') {
            out += "\\\\";
        } else if (c == '"') {
            out += "\\\"";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (u < 0x20 || u == 0x7F) {
            out += "\\x" + hex(u, 2);
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string commentText(std::string_view value)
{
    return cleanedText(value);
}

} // namespace kg::iac
