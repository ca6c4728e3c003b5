#pragma once

#include <string_view>
#include <vector>

namespace kg {

// The terms of the source article, in English and in its Simplified Chinese: a catalogue
// sentence that uses the English term says it with the Chinese one (CatalogueTest), and
// docs/GLOSSARY.md lists them for translators.
struct GlossaryTerm
{
    std::string_view english;
    std::string_view chinese;
};

const std::vector<GlossaryTerm>& glossary();

} // namespace kg
