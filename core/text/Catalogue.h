#pragma once

#include <string_view>
#include <vector>

namespace kg::catalogue {

// One sentence of the catalogue in every language Kubegate ships. Placeholders ({zone}) name
// the sentence's values; both languages use the same ones.
struct Entry
{
    std::string_view id;
    std::string_view english;
    std::string_view chinese;
};

// Every sentence: the three tables below together, sorted by id, for lookup by binary search.
const std::vector<Entry>& entries();

// The sentences of paths, fixes, reports and the command line (Catalogue.cpp), those of the
// rules' summaries and findings (FindingCatalogue.cpp), and those that say what is wrong with
// input (DiagnosticCatalogue.cpp); each sorted by id (CatalogueTest checks all three, and that
// no id is in two).
const std::vector<Entry>& pathEntries();
const std::vector<Entry>& findingEntries();
const std::vector<Entry>& diagnosticEntries();

} // namespace kg::catalogue
