#include "cli/JsonStream.h"

#include <algorithm>
#include <array>

namespace kg {

void JsonStream::newline()
{
    // A line break and the indent in one append (deeper than the prepared run: in steps).
    static const std::string kBreak = "\n" + std::string(128, ' ');
    std::size_t n = static_cast<std::size_t>(m_depth) * 2;
    const std::size_t first = std::min(n, kBreak.size() - 1);
    m_out.append(kBreak, 0, first + 1);
    for (n -= first; n > 0;) {
        const std::size_t step = std::min(n, kBreak.size() - 1);
        m_out.append(kBreak, 1, step);
        n -= step;
    }
}

void JsonStream::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out += ',';
    if (m_depth > 0)
        newline();
    m_first = false;
}

void JsonStream::beginObject()
{
    beforeValue();
    m_out += '{';
    ++m_depth;
    m_first = true;
}

void JsonStream::endObject()
{
    --m_depth;
    if (!m_first)
        newline();
    m_out += '}';
    m_first = false;
}

void JsonStream::beginArray()
{
    beforeValue();
    m_out += '[';
    ++m_depth;
    m_first = true;
}

void JsonStream::endArray()
{
    --m_depth;
    if (!m_first)
        newline();
    m_out += ']';
    m_first = false;
}

void JsonStream::key(std::string_view name)
{
    if (!m_first)
        m_out += ',';
    newline();
    m_first = false;
    m_out += '"';
    escape(name, m_out);
    m_out += "\": ";
    m_afterKey = true;
}

void JsonStream::value(std::string_view text)
{
    beforeValue();
    m_out += '"';
    escape(text, m_out);
    m_out += '"';
}

void JsonStream::value(bool b)
{
    beforeValue();
    m_out += b ? "true" : "false";
}

void JsonStream::null()
{
    beforeValue();
    m_out += "null";
}

void JsonStream::escape(std::string_view text, std::string& out)
{
    // Runs of characters that need no escape are found by a table and copied at once: the
    // JSON of a 10,000-element design is 126 MB of mostly plain text.
    static constexpr std::array<bool, 256> kPlain = [] {
        std::array<bool, 256> t{};
        for (int c = 0; c < 256; ++c)
            t[static_cast<std::size_t>(c)] = c >= 0x20 && c != '"' && c != '\\';
        return t;
    }();
    static const char* const kHex = "0123456789abcdef";
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (true) {
        const std::size_t from = i;
        while (i < n && kPlain[bytes[i]])
            ++i;
        out.append(text.data() + from, i - from);
        if (i == n)
            return;
        const unsigned char c = bytes[i++];
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += kHex[(c >> 4) & 0xF];
            out += kHex[c & 0xF];
        }
    }
}

} // namespace kg
