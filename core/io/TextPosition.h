#pragma once

#include <cstddef>
#include <string_view>

namespace kg {

struct TextPosition
{
    int line = 1;
    int column = 1;
};

// Line and column (1-based, columns counted in UTF-8 code points) of byte `offset` in `text`.
TextPosition positionOf(std::string_view text, std::size_t offset);

// Offset of the first byte that is not valid UTF-8 (overlongs, surrogates and code points above
// U+10FFFF count as invalid), or npos when the whole text is valid.
std::size_t firstInvalidUtf8(std::string_view text);

} // namespace kg
