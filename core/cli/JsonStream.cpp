#include "cli/JsonStream.h"

#include <algorithm>

namespace kg {

void JsonStream::newline()
{
    static const std::string kSpaces(64, ' ');
    m_out += '\n';
    for (std::size_t n = static_cast<std::size_t>(m_depth) * 2; n > 0;) {
        const std::size_t step = std::min(n, kSpaces.size());
        m_out.append(kSpaces, 0, step);
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
    // Runs of characters that need no escape are copied at once.
    static const char* const kHex = "0123456789abcdef";
    std::size_t from = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + from, i - from);
        from = i + 1;
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
    out.append(text.data() + from, text.size() - from);
}

} // namespace kg
