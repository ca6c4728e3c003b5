#include "cli/CliSupport.h"

#include "io/DesignJson.h"

#include <cstdlib>
#include <ostream>

namespace kg::cli {

int usageError(std::ostream& err, const Sentence& message, Language language)
{
    err << "kubegate: " << render(message, language) << "\n"
        << render(Sentence("cli.usage.try"), language) << "\n";
    return kExitInput;
}

std::size_t columns(std::string_view text)
{
    // One column per code point, two for a Chinese character (three bytes in UTF-8, from
    // U+3000 on), so that columns line up.
    std::size_t n = 0;
    for (const char c : text) {
        const auto ch = static_cast<unsigned char>(c);
        if ((ch & 0xC0) == 0x80)
            continue;
        n += (ch & 0xF0) == 0xE0 && ch >= 0xE3 ? 2 : 1;
    }
    return n;
}

std::string pad(std::string text, std::size_t width)
{
    const std::size_t n = columns(text);
    if (n < width)
        text.append(width - n, ' ');
    return text;
}

std::string clip(std::string text, std::size_t width)
{
    std::size_t used = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t end = i + 1;
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            ++end;
        used += columns(std::string_view(text).substr(i, end - i));
        if (used > width) {
            text.resize(i);
            break;
        }
        i = end;
    }
    return text;
}

std::string clientLabel(const Design& design, const std::string& id, Language language)
{
    if (const Element* e = design.element(id))
        return e->label();
    auto slash = id.find("/nodes");
    if (slash != std::string::npos) {
        const Element* c = design.element(id.substr(0, slash));
        return render(Sentence("cli.nodes-of", {{"cluster", c ? c->label() : id.substr(0, slash)}}),
                      language);
    }
    return id;
}

Language localeLanguage()
{
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (!value || !*value)
            continue;
        return languageFromCode(value).value_or(Language::English);
    }
    return Language::English;
}

std::optional<int> readLanguageOption(const std::vector<std::string>& args, std::size_t& i,
                                      Language& language, std::ostream& err)
{
    const std::string& a = args[i];
    if (a != "--lang" && a.rfind("--lang=", 0) != 0)
        return std::nullopt;
    std::string code;
    if (a == "--lang") {
        if (i + 1 >= args.size())
            return usageError(err, Sentence("cli.usage.lang-needs"), language);
        code = args[++i];
    } else {
        code = a.substr(7);
    }
    if (code.empty())
        return usageError(err, Sentence("cli.usage.lang-needs"), language);
    const auto chosen = languageFromCode(code);
    if (!chosen)
        return usageError(err, Sentence("cli.usage.lang-unknown", {{"code", code}}), language);
    language = *chosen;
    return kExitOk;
}

std::optional<Design> loadForCommand(const std::string& file, std::ostream& err, Language language)
{
    LoadResult loaded = DesignJson::loadFile(file);
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors)
            err << e.format(file, language) << "\n";
        return std::nullopt;
    }
    if (loaded.migratedFromVersion > 0)
        err << file << ": "
            << render(Sentence("cli.note.migrated",
                               {{"version", std::to_string(loaded.migratedFromVersion)}}),
                      language)
            << "\n";
    for (const auto& note : loaded.notes)
        err << file << ": " << render(Sentence("cli.note", {}, {{"note", note}}), language) << "\n";
    return std::move(loaded.design);
}

} // namespace kg::cli
