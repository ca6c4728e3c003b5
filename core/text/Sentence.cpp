#include "text/Sentence.h"

#include "text/Catalogue.h"

#include <algorithm>

namespace kg {

std::optional<Language> languageFromCode(std::string_view code)
{
    if (code == "en" || code.starts_with("en_") || code.starts_with("en-"))
        return Language::English;
    if (code == "zh" || code.starts_with("zh_") || code.starts_with("zh-"))
        return Language::SimplifiedChinese;
    return std::nullopt;
}

std::string_view pattern(std::string_view id, Language language)
{
    const auto& entries = catalogue::entries();
    auto it = std::lower_bound(
        entries.begin(), entries.end(), id,
        [](const catalogue::Entry& e, std::string_view key) { return e.id < key; });
    if (it == entries.end() || it->id != id)
        return {};
    return language == Language::SimplifiedChinese ? it->chinese : it->english;
}

std::vector<std::string_view> sentenceIds()
{
    std::vector<std::string_view> ids;
    for (const auto& e : catalogue::entries())
        ids.push_back(e.id);
    return ids;
}

namespace {

// The code point starting at `i` of UTF-8 text (0 when malformed) and its length.
std::pair<char32_t, std::size_t> codePoint(std::string_view text, std::size_t i)
{
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = byte < 0x80 ? 1 : (byte >> 5) == 6 ? 2 : (byte >> 4) == 14 ? 3 : 4;
    if (i + length > text.size())
        return {0, 1};
    char32_t c = length == 1 ? byte : byte & (0x3F >> (length - 1));
    for (std::size_t k = 1; k < length; ++k)
        c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    return {c, length};
}

bool wide(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) ||
           (c >= 0xFF00 && c <= 0xFFEF);
}

// Chinese patterns put a space on both sides of every placeholder, as a value in Latin letters
// needs; between two Chinese characters (a phrase in a sentence) the space goes.
std::string joinChinese(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    char32_t previous = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto [c, length] = codePoint(text, i);
        if (c == U' ' && wide(previous) && i + 1 < text.size() &&
            wide(codePoint(text, i + 1).first)) {
            i += length;
            continue;
        }
        out.append(text, i, length);
        previous = c;
        i += length;
    }
    return out;
}

} // namespace

Sentence Sentence::literal(std::string value)
{
    return Sentence{{}, {{{}, std::move(value)}}, {}};
}

Sentence& Sentence::with(std::string name, Sentence part) &
{
    parts.emplace_back(std::move(name), std::move(part));
    return *this;
}

Sentence&& Sentence::with(std::string name, Sentence part) &&
{
    parts.emplace_back(std::move(name), std::move(part));
    return std::move(*this);
}

std::string render(const Sentence& sentence, Language language)
{
    if (sentence.id.empty()) // a literal value
        return sentence.args.empty() ? std::string() : sentence.args.front().second;
    const std::string_view p = pattern(sentence.id, language);
    if (p.empty())
        return sentence.id;
    std::string out;
    out.reserve(p.size() + 32);
    for (std::size_t i = 0; i < p.size();) {
        if (p[i] == '{') {
            const std::size_t close = p.find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view name = p.substr(i + 1, close - i - 1);
                auto arg = std::find_if(sentence.args.begin(), sentence.args.end(),
                                        [&](const auto& a) { return a.first == name; });
                if (arg != sentence.args.end()) {
                    out += arg->second;
                    i = close + 1;
                    continue;
                }
                auto part = std::find_if(sentence.parts.begin(), sentence.parts.end(),
                                         [&](const auto& a) { return a.first == name; });
                if (part != sentence.parts.end()) {
                    out += render(part->second, language);
                    i = close + 1;
                    continue;
                }
            }
        }
        out += p[i++];
    }
    return language == Language::SimplifiedChinese ? joinChinese(out) : out;
}

} // namespace kg
