#pragma once

#include <string>
#include <string_view>

namespace kg {

// Text placed in Markdown that a reader renders, possibly to HTML. Every value a design carries
// (names, messages, file names) is data: its HTML is turned into entities, its Markdown syntax
// is backslash-escaped and its line breaks become spaces, so it can neither open a tag nor start
// a list, table, link or code span.
class MarkdownText
{
public:
    static std::string escaped(std::string_view text);
};

} // namespace kg
