#include "model/PropertyValidator.h"

#include "model/Cidr.h"
#include "model/Ids.h"
#include "model/Limits.h"
#include "model/TextForm.h"

#include <algorithm>

namespace kg {

namespace {

// The value as a message shows it: shortened, with control and bidirectional control
// characters replaced, so that the message itself stays one honest line.
std::string quoted(const std::string& s)
{
    constexpr std::size_t kShown = 60;
    return "'" + cleanedText(s.size() > kShown ? s.substr(0, kShown) + "..." : s) + "'";
}

std::string checkScalar(const PropertySpec& spec, PropertyType type, const std::string& s)
{
    if (s.size() > limits::kMaxStringLength)
        return "the value is " + std::to_string(s.size()) + " characters long; the limit is " +
               std::to_string(limits::kMaxStringLength);
    std::string why;
    switch (type) {
    case PropertyType::Enum:
        if (std::find(spec.choices.begin(), spec.choices.end(), s) == spec.choices.end()) {
            std::string list;
            for (const auto& c : spec.choices)
                list += (list.empty() ? "" : ", ") + ("\"" + c + "\"");
            return quoted(s) + " is not one of " + list;
        }
        return {};
    case PropertyType::Cidr:
        if (!Cidr::parse(s, &why))
            return quoted(s) + " is not a valid CIDR: " + why;
        return {};
    case PropertyType::Ip:
        if (!IpAddress::parse(s))
            return quoted(s) + " is not a valid IPv4 or IPv6 address";
        return {};
    case PropertyType::Ref:
        if (!s.empty() && !isValidId(s))
            return quoted(s) + " is not a valid element id: " + idProblem(s);
        return {};
    case PropertyType::ZoneChoice:
        if (s == "System" || s == "None")
            return {};
        if (!isValidId(s))
            return quoted(s) +
                   " must be \"System\", \"None\" or the id of a private DNS zone element";
        return {};
    case PropertyType::SourceList: // one entry of a source list
        if (Cidr::parse(s) || isValidId(s))
            return {};
        return quoted(s) + " is neither a CIDR nor an element id";
    default: // free text, or text of a known form
        if (std::string problem = textFormProblem(spec.form, s); !problem.empty())
            return quoted(s) + " " + problem;
        return {};
    }
}

PropertyType entryType(PropertyType listType)
{
    switch (listType) {
    case PropertyType::CidrList:
        return PropertyType::Cidr;
    case PropertyType::IpList:
        return PropertyType::Ip;
    case PropertyType::RefList:
        return PropertyType::Ref;
    case PropertyType::SourceList:
        return PropertyType::SourceList;
    default:
        return PropertyType::String;
    }
}

} // namespace

std::string validatePropertyValue(const PropertySpec& spec, const PropertyValue& value)
{
    switch (spec.type) {
    case PropertyType::Bool:
        return std::holds_alternative<bool>(value) ? std::string{} : "expected true or false";
    case PropertyType::Int:
        return std::holds_alternative<std::int64_t>(value) ? std::string{} : "expected an integer";
    case PropertyType::String:
    case PropertyType::Enum:
    case PropertyType::Cidr:
    case PropertyType::Ip:
    case PropertyType::Ref:
    case PropertyType::ZoneChoice: {
        const auto* s = std::get_if<std::string>(&value);
        if (!s)
            return "expected a string (" + std::string(toString(spec.type)) + ")";
        return checkScalar(spec, spec.type, *s);
    }
    case PropertyType::CidrList:
    case PropertyType::IpList:
    case PropertyType::TextList:
    case PropertyType::RefList:
    case PropertyType::SourceList: {
        const auto* list = std::get_if<StringList>(&value);
        if (!list)
            return "expected a " + std::string(toString(spec.type));
        if (list->size() > limits::kMaxListLength)
            return "the list has " + std::to_string(list->size()) + " entries; the limit is " +
                   std::to_string(limits::kMaxListLength);
        for (std::size_t i = 0; i < list->size(); ++i) {
            std::string why = checkScalar(spec, entryType(spec.type), (*list)[i]);
            if (!why.empty())
                return "entry " + std::to_string(i) + ": " + why;
        }
        return {};
    }
    }
    return {};
}

} // namespace kg
