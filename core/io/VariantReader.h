#pragma once

#include "model/Design.h"
#include "text/Sentence.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kg {

// Reads a file's "variants" (docs/FILE-FORMAT.md) against the base design already read and
// checked. Each change is held to what the base allows: an element a variant adds or replaces
// passes every check a design's element passes; a changed element is checked as the base's
// element with the changes made; removals and changes must name items the base has; and each
// variant, applied, must be a sound design. Problems go to the loader's error sink with their
// JSON pointer; nothing throws.
class VariantReader
{
public:
    struct Hooks
    {
        std::function<void(std::string pointer, Sentence message, std::string itemId)> error;
        std::function<bool(const nlohmann::json& item, const std::string& pointer, Element& out)>
            readElement;
        std::function<bool(const nlohmann::json& item, const std::string& pointer, Link& out)>
            readLink;
    };

    VariantReader(const Design& base, Hooks hooks) : m_base(base), m_hooks(std::move(hooks)) {}

    std::vector<Variant> read(const nlohmann::json& variants);

private:
    bool readVariant(const nlohmann::json& item, const std::string& pointer, Variant& out);
    bool readText(const nlohmann::json& item, const char* key, const std::string& pointer,
                  std::size_t maxLength, bool multiline, bool required, std::string& out);
    bool readElementChange(const nlohmann::json& item, const std::string& pointer,
                           Variant::ElementPatch& out);
    bool readLinkChange(const nlohmann::json& item, const std::string& pointer,
                        Variant::LinkPatch& out);
    void checkApplied(const Variant& v, const std::string& pointer);
    void error(const std::string& pointer, const Sentence& message, const std::string& itemId = {})
    {
        m_hooks.error(pointer, message, itemId);
    }

    const Design& m_base;
    Hooks m_hooks;
};

} // namespace kg
