#include "io/MarkdownText.h"

namespace kg {

std::string MarkdownText::escaped(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '\n':
        case '\r':
            out += ' ';
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '#':
        case '!':
            out += '\\';
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace kg
