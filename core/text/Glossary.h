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

// The terms an English text uses (whole words, any case, plurals too) whose Chinese a
// translation of it lacks. A longer term is matched before the shorter ones inside it, so
// "private cluster" asks for 专用群集 and not also for 群集 on its own; placeholders
// ({cluster}), API names (private_cluster_public_fqdn_enabled) and code in double quotes or
// backquotes ("cluster", `aws eks describe-cluster`) are not words and never match.
std::vector<GlossaryTerm> missingTerms(std::string_view english, std::string_view chinese);

} // namespace kg
