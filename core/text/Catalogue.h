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

// Sorted by id (CatalogueTest checks it), for lookup by binary search.
const std::vector<Entry>& entries();

} // namespace kg::catalogue
