#include "io/TemplateText.h"

#include "io/JsonText.h"
#include "model/Limits.h"
#include "model/TextForm.h"

#include <nlohmann/json.hpp>
#include <tuple>

namespace kg {

std::optional<TemplateText> TemplateText::parse(std::string_view bytes, std::string& error)
{
    const nlohmann::json j = nlohmann::json::parse(bytes, nullptr, false);
    if (j.is_discarded()) {
        error = "not JSON";
        return std::nullopt;
    }
    if (!j.is_object()) {
        error = "must be an object with \"title\" and \"notes\", found " +
                render(JsonText::typeName(j), Language::English);
        return std::nullopt;
    }
    for (auto it = j.begin(); it != j.end(); ++it)
        if (it.key() != "title" && it.key() != "notes") {
            error = "/" + JsonText::pointerToken(it.key()) + ": unknown key \"" +
                    it.key().substr(0, 60) + "\" (a template's text has \"title\" and \"notes\")";
            return std::nullopt;
        }
    TemplateText out;
    for (const auto& [key, max, multiline, target] :
         {std::tuple{"title", limits::kMaxNameLength, false, &out.title},
          std::tuple{"notes", limits::kMaxNotesLength, true, &out.notes}}) {
        const auto it = j.find(key);
        if (it == j.end() || !it->is_string() || it->get<std::string>().empty()) {
            error = std::string("/") + key + ": a non-empty string is needed";
            return std::nullopt;
        }
        std::string value = it->get<std::string>();
        if (value.size() > max) {
            error = std::string("/") + key + ": " + std::to_string(value.size()) +
                    " bytes long; the limit is " + std::to_string(max);
            return std::nullopt;
        }
        if (std::string why = render(textProblem(value, multiline), Language::English);
            !why.empty()) {
            error = std::string("/") + key + ": " + why;
            return std::nullopt;
        }
        *target = std::move(value);
    }
    return out;
}

std::string TemplateText::pathFor(const std::string& templatePath, Language language)
{
    if (language == Language::English)
        return {};
    constexpr std::string_view kExtension = ".kubegate";
    std::string base = templatePath;
    if (base.size() > kExtension.size() &&
        base.compare(base.size() - kExtension.size(), kExtension.size(), kExtension) == 0)
        base.resize(base.size() - kExtension.size());
    return base + ".zh_CN.json";
}

} // namespace kg
