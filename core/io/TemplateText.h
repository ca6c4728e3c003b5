#pragma once

#include "text/Sentence.h"

#include <optional>
#include <string>
#include <string_view>

namespace kg {

// A template's title and notes in another language: the catalogue beside each shipped template
// ("aks-public.kubegate" has "aks-public.zh_CN.json", {"title": ..., "notes": ...}). The
// gallery lists the templates by it, and a design made from a template starts with it.
struct TemplateText
{
    std::string title;
    std::string notes;

    // The catalogue read from its bytes: an object with a non-empty "title" (one line, at most
    // limits::kMaxNameLength bytes) and "notes" (at most kMaxNotesLength), nothing else. nullopt
    // with `error` saying where and what otherwise.
    static std::optional<TemplateText> parse(std::string_view bytes, std::string& error);
    // Where the catalogue of `templatePath` for `language` is: beside it, named after it; empty
    // for English, which the template itself holds.
    static std::string pathFor(const std::string& templatePath, Language language);
};

} // namespace kg
