#include "io/Suggestion.h"

#include <algorithm>
#include <cctype>

namespace kg {

std::size_t editDistance(const std::string& a, const std::string& b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            char ca = static_cast<char>(std::tolower(static_cast<unsigned char>(a[i - 1])));
            char cb = static_cast<char>(std::tolower(static_cast<unsigned char>(b[j - 1])));
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (ca == cb ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

Sentence suggestion(const std::string& given, const std::vector<std::string>& candidates)
{
    if (given.size() > 200)
        return {};
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(2, given.size() / 3) + 1;
    for (const auto& c : candidates) {
        std::size_t d = editDistance(given, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best.empty() ? Sentence{} : Sentence("phrase.did-you-mean", {{"name", best}});
}

} // namespace kg
