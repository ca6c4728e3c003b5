#include "analysis/DesignSearch.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace kg {

namespace {

// Whether `text` holds `query`, ASCII letters compared without case (other characters, such
// as those of Chinese names, compare as they are).
bool holds(std::string_view text, std::string_view query)
{
    auto lower = [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    };
    return std::search(text.begin(), text.end(), query.begin(), query.end(),
                       [&](char a, char b) { return lower(a) == lower(b); }) != text.end();
}

} // namespace

std::vector<SearchMatch> DesignSearch::find(const Design& design,
                                            const std::vector<Finding>& findings,
                                            std::string_view query, Language language)
{
    std::vector<SearchMatch> out;
    if (query.empty())
        return out;
    // Names first, then ids, then property values, then findings: what a person most likely
    // means by the text comes first; each class in document order.
    std::vector<int> ranks;
    std::set<std::string> matched;
    auto add = [&](const std::string& id, std::string where, std::string text, int rank) {
        if (matched.insert(id).second) {
            out.push_back({id, std::move(where), std::move(text)});
            ranks.push_back(rank);
        }
    };
    for (const Element& e : design.elements()) {
        if (holds(e.name, query)) {
            add(e.id, "name", e.name, 0);
            continue;
        }
        if (holds(e.id, query)) {
            add(e.id, "id", e.id, 1);
            continue;
        }
        for (const auto& [key, value] : e.properties) {
            if (const auto* s = std::get_if<std::string>(&value); s && holds(*s, query)) {
                add(e.id, key, *s, 2);
                break;
            }
            if (const auto* list = std::get_if<StringList>(&value)) {
                auto hit = std::find_if(list->begin(), list->end(),
                                        [&](const std::string& s) { return holds(s, query); });
                if (hit != list->end()) {
                    add(e.id, key, *hit, 2);
                    break;
                }
            }
        }
    }
    for (const Finding& f : findings)
        if (holds(f.rule, query))
            for (const auto& id : f.elements)
                if (design.element(id))
                    add(id, f.rule, f.message(language), 3);
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return ranks[a] < ranks[b]; });
    std::vector<SearchMatch> sorted;
    sorted.reserve(out.size());
    for (std::size_t i : order)
        sorted.push_back(std::move(out[i]));
    return sorted;
}

} // namespace kg
