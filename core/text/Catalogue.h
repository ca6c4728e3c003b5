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

// Every sentence: the two tables below together, sorted by id, for lookup by binary search.
const std::vector<Entry>& entries();

// The sentences of paths, fixes, reports and the command line (Catalogue.cpp), and those of the
// rules' summaries and findings (FindingCatalogue.cpp); each sorted by id (CatalogueTest checks
// both, and that no id is in both).
const std::vector<Entry>& pathEntries();
const std::vector<Entry>& findingEntries();

} // namespace kg::catalogue
