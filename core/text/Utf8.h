#pragma once

#include <string>
#include <string_view>

namespace kg {

// `text` cut to at most `maxBytes` bytes at a character's boundary: a cut that would fall
// inside a UTF-8 sequence moves back to its start, so the result never holds half a character
// (which a name or notes field refuses when the design is read again) and never loses a whole
// character it had room for.
inline std::string utf8Prefix(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return std::string(text);
    std::size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return std::string(text.substr(0, end));
}

} // namespace kg
