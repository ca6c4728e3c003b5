#include "model/Element.h"

#include "model/KindRegistry.h"

#include <stdexcept>

namespace kg {

const PropertyValue& Element::value(std::string_view key) const
{
    auto it = properties.find(key);
    if (it != properties.end())
        return it->second;
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
