#pragma once

#include "text/Sentence.h"

#include <string>

namespace kg {

// Why a file could not be loaded, with the most precise location known: a line and column for
// syntax and encoding problems, a JSON pointer (and the element or link id) for content problems.
// What is wrong is a catalogue sentence, so that the designer and the command line say it in
// the reader's language; the location is data, written the same in every language.
struct LoadError
{
    Sentence text;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    std::string pointer;
    std::string itemId;

    // What is wrong, without the location.
    std::string message(Language language = Language::English) const
    {
        return render(text, language);
    }
    // "FILE:LINE:COLUMN: message" or "FILE: at POINTER ('ID'): message" (in Chinese
    // "FILE: 位于 POINTER（“ID”）：message").
    std::string format(const std::string& fileName, Language language = Language::English) const;
};

} // namespace kg
