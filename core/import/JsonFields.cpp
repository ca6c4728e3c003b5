#include "import/JsonFields.h"

#include "io/JsonText.h"

#include <algorithm>

namespace kg {

namespace {

using json = nlohmann::json;

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

Sentence typeName(const json& j)
{
    return JsonText::typeName(j);
}

const json* findMember(const json& object, std::string_view key, std::string* found)
{
    if (!object.is_object())
        return nullptr;
    // The exact spelling first: most keys match it, and it wins over a differently cased twin.
    if (auto it = object.find(key); it != object.end()) {
        if (found)
            *found = std::string(key);
        return it->is_null() ? nullptr : &*it;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (equalsIgnoringCase(it.key(), key)) {
            if (found)
                *found = it.key();
            return it->is_null() ? nullptr : &*it;
        }
    }
    return nullptr;
}

} // namespace

const json* JsonFields::find(const json& object, std::string_view key)
{
    return findMember(object, key, nullptr);
}

const json* JsonFields::findAny(const json& object, std::initializer_list<std::string_view> keys,
                                std::string* found)
{
    for (std::string_view key : keys) {
        if (const json* value = findMember(object, key, found))
            return value;
    }
    return nullptr;
}

std::string JsonFields::pointer(const std::string& base, std::string_view key)
{
    return base + "/" + JsonText::pointerToken(key);
}

std::string JsonFields::blockPointer(const std::string& base, std::string_view key)
{
    return pointer(base, key) + "/0";
}

std::string JsonFields::pointer(const std::string& base, std::size_t index)
{
    return base + "/" + std::to_string(index);
}

void JsonFields::error(const std::string& pointer, Sentence message)
{
    LoadError e;
    e.pointer = pointer.empty() ? "/" : pointer;
    e.text = std::move(message);
    m_errors.push_back(std::move(e));
}

const json* JsonFields::typed(const json& object, std::string_view key, const std::string& base,
                              json::value_t type, const char* expected)
{
    std::string spelled;
    const json* value = findMember(object, key, &spelled);
    if (!value)
        return nullptr;
    if (value->type() != type &&
        !(type == json::value_t::number_integer && value->is_number_integer())) {
        error(pointer(base, spelled),
              Sentence("import.field.type", {{"key", spelled}},
                       {{"expected", Sentence(expected)}, {"found", typeName(*value)}}));
        return nullptr;
    }
    return value;
}

std::optional<bool> JsonFields::boolean(const json& object, std::string_view key,
                                        const std::string& base)
{
    const json* v = typed(object, key, base, json::value_t::boolean, "phrase.json.true-or-false");
    return v ? std::optional<bool>(v->get<bool>()) : std::nullopt;
}

std::optional<std::string> JsonFields::string(const json& object, std::string_view key,
                                              const std::string& base)
{
    const json* v = typed(object, key, base, json::value_t::string, "phrase.json.string");
    return v ? std::optional<std::string>(v->get<std::string>()) : std::nullopt;
}

std::optional<std::string> JsonFields::formed(const json& object, std::string_view key,
                                              const std::string& base, TextForm form)
{
    std::optional<std::string> value = string(object, key, base);
    if (!value)
        return value;
    std::string spelled;
    findMember(object, key, &spelled);
    if (!checkForm(*value, form, pointer(base, spelled), spelled))
        return std::nullopt;
    return value;
}

bool JsonFields::checkForm(const std::string& value, TextForm form, const std::string& at,
                           std::string_view what)
{
    Sentence why = textFormProblem(form, value);
    if (why.empty())
        return true;
    error(at, Sentence("import.field.form",
                       {{"key", std::string(what)}, {"value", cleanedText(value.substr(0, 80))}},
                       {{"why", std::move(why)}}));
    return false;
}

std::optional<std::vector<std::string>>
JsonFields::strings(const json& object, std::string_view key, const std::string& base)
{
    std::string spelled;
    const json* v = typed(object, key, base, json::value_t::array, "phrase.json.strings");
    if (!v)
        return std::nullopt;
    findMember(object, key, &spelled);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const json& item = (*v)[i];
        if (!item.is_string()) {
            error(
                pointer(pointer(base, spelled), i),
                Sentence("import.field.entries", {{"key", spelled}}, {{"found", typeName(item)}}));
            return std::nullopt;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

const json* JsonFields::object(const json& object, std::string_view key, const std::string& base)
{
    return typed(object, key, base, json::value_t::object, "phrase.json.object");
}

const json* JsonFields::array(const json& object, std::string_view key, const std::string& base)
{
    return typed(object, key, base, json::value_t::array, "phrase.json.array");
}

const json* JsonFields::block(const json& object, std::string_view key, const std::string& base)
{
    std::string spelled;
    const json* value = findMember(object, key, &spelled);
    if (!value)
        return nullptr;
    if (value->is_object())
        return value;
    if (!value->is_array()) {
        error(pointer(base, spelled),
              Sentence("import.field.block", {{"key", spelled}}, {{"found", typeName(*value)}}));
        return nullptr;
    }
    if (value->empty())
        return nullptr;
    if (!(*value)[0].is_object()) {
        error(pointer(pointer(base, spelled), std::size_t{0}),
              Sentence("import.field.block-object", {{"key", spelled}},
                       {{"found", typeName((*value)[0])}}));
        return nullptr;
    }
    return &(*value)[0];
}

} // namespace kg
