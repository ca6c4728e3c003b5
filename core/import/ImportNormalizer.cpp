#include "import/ImportNormalizer.h"

#include "model/Cidr.h"
#include "model/KindRegistry.h"
#include "text/Utf8.h"

#include <algorithm>

namespace kg {

namespace {

std::string trimmed(std::string_view s)
{
    std::size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string_view::npos)
        return {};
    std::size_t b = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(a, b - a + 1));
}

} // namespace

std::string ImportNormalizer::lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string ImportNormalizer::outboundType(std::string_view value, const Sentence& owner,
                                           std::vector<Sentence>& notes)
{
    std::string type = enumChoice(ElementKind::AksCluster, "outboundType", value);
    if (!value.empty() && type.empty())
        notes.push_back(Sentence("import.note.outbound-type", {{"type", std::string(value)}},
                                 {{"who", owner}}));
    return type;
}

std::string ImportNormalizer::zoneChoice(std::string_view value)
{
    std::string v = trimmed(value);
    if (v.empty() || lower(v) == "system")
        return "System";
    if (lower(v) == "none")
        return "None";
    return v;
}

std::optional<std::vector<std::string>>
ImportNormalizer::cidrs(const std::vector<std::string>& values, const std::string& base,
                        JsonFields& fields, std::vector<Sentence>* notes, const Sentence& owner)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::string v = trimmed(values[i]);
        if (v.empty())
            continue; // "" means "no ranges" (S7)
        Sentence why;
        auto block = Cidr::parse(v, &why);
        if (!block) {
            fields.error(JsonFields::pointer(base, i),
                         Sentence("import.field.cidr", {{"value", utf8Prefix(v, 60)}},
                                  {{"why", std::move(why)}}));
            return std::nullopt;
        }
        if (v.find('/') == std::string::npos) {
            std::string withPrefix = v + (v.find(':') == std::string::npos ? "/32" : "/128");
            if (notes)
                notes->push_back(Sentence("import.note.address-prefix",
                                          {{"address", v}, {"stored", withPrefix}},
                                          {{"who", owner}}));
            v = withPrefix;
        }
        if (std::find(out.begin(), out.end(), v) == out.end())
            out.push_back(v);
    }
    return out;
}

std::string ImportNormalizer::enumChoice(ElementKind kind, std::string_view key,
                                         std::string_view value)
{
    const PropertySpec* spec = KindRegistry::property(kind, key);
    if (!spec)
        return {};
    for (const auto& choice : spec->choices) {
        if (!choice.empty() && lower(choice) == lower(trimmed(value)))
            return choice;
    }
    return {};
}

} // namespace kg
