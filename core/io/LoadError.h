#pragma once

#include <string>

namespace kg {

// Why a file could not be loaded, with the most precise location known: a line and column for
// syntax and encoding problems, a JSON pointer (and the element or link id) for content problems.
struct LoadError
{
    std::string message;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    std::string pointer;
    std::string itemId;

    // "FILE:LINE:COLUMN: message" or "FILE: at POINTER (element 'ID'): message".
    std::string format(const std::string& fileName) const;
};

} // namespace kg
