#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {

// The languages Kubegate writes its sentences in.
enum class Language { English, SimplifiedChinese };

// "en", "zh_CN", "zh-CN", "zh" (a locale name's language and region); nullopt for any other.
std::optional<Language> languageFromCode(std::string_view code);

// A sentence as the core keeps it: which sentence (an id of the catalogue, "fix.link-zone") and
// the values it names, by placeholder ({zone}, {network}). Names, addresses and API property
// names are values, written as they are in every language; the words around them are the
// catalogue's, so the interface and the command line render them in the reader's language.
//
// A value may itself be a sentence (`parts`): a phrase the catalogue translates too ("via the
// zone linked to {network}"), rendered in the same language where its placeholder stands. A
// placeholder is looked up in `args` first, then in `parts`.
struct Sentence
{
    using Args = std::vector<std::pair<std::string, std::string>>;
    using Parts = std::vector<std::pair<std::string, Sentence>>;

    Sentence() = default;
    Sentence(std::string id_, Args args_ = {}, Parts parts_ = {})
        : id(std::move(id_)), args(std::move(args_)), parts(std::move(parts_))
    {}

    std::string id;
    Args args;
    Parts parts;

    bool empty() const { return id.empty() && args.empty(); }
    bool operator==(const Sentence&) const = default;

    // A value written as it is in every language (an address, a name), for where a phrase may
    // stand: rendered as `value`.
    static Sentence literal(std::string value);
    // This sentence with a phrase for a placeholder. On a temporary it returns the temporary
    // itself as an rvalue, so that `Sentence(...).with(...)` passed on or assigned is moved, not
    // copied (findings and steps are made so on every edit).
    Sentence& with(std::string name, Sentence part) &;
    Sentence&& with(std::string name, Sentence part) &&;
};

// The sentence in `language`: its pattern with every {placeholder} replaced by its value. A
// placeholder without a value stays as written, and an id the catalogue lacks renders as the
// id itself, so that a mistake shows instead of vanishing (CatalogueTest keeps both from
// happening).
std::string render(const Sentence& sentence, Language language);

// The catalogue: every sentence id, and its pattern in a language (empty when missing).
std::vector<std::string_view> sentenceIds();
std::string_view pattern(std::string_view id, Language language);

} // namespace kg
