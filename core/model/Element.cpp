#include "model/Element.h"

#include "model/KindRegistry.h"

#include <stdexcept>

namespace kg {

const PropertyValue& Element::value(std::string_view key) const
{
    // A handful of properties at most: a scan that compares lengths first touches no key's
    // characters for most of them, where a binary search compares them all.
    for (const auto& [k, v] : properties) {
        if (k.size() == key.size() && std::string_view(k) == key)
            return v;
    }
    const PropertySpec* spec = KindRegistry::property(kind, key);
    if (!spec)
        throw std::logic_error("kind " + KindRegistry::info(kind).key + " has no property " +
                               std::string(key));
    return spec->defaultValue;
}

bool Element::boolValue(std::string_view key) const
{
    const auto* v = std::get_if<bool>(&value(key));
    return v && *v;
}

const std::string& Element::stringValue(std::string_view key) const
{
    static const std::string empty;
    const auto* v = std::get_if<std::string>(&value(key));
    return v ? *v : empty;
}

const StringList& Element::listValue(std::string_view key) const
{
    static const StringList empty;
    const auto* v = std::get_if<StringList>(&value(key));
    return v ? *v : empty;
}

} // namespace kg
