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
std::string shown(const std::string& s)
{
    constexpr std::size_t kShown = 60;
    return cleanedText(s.size() > kShown ? s.substr(0, kShown) + "..." : s);
}

Sentence about(const char* id, const std::string& value, Sentence::Parts parts = {})
{
    return Sentence(id, {{"value", shown(value)}}, std::move(parts));
}

Sentence checkScalar(const PropertySpec& spec, PropertyType type, const std::string& s)
{
    if (s.size() > limits::kMaxStringLength)
        return Sentence("problem.value.long",
                        {{"length", std::to_string(s.size())},
                         {"limit", std::to_string(limits::kMaxStringLength)}});
    Sentence why;
    switch (type) {
    case PropertyType::Enum:
        if (std::find(spec.choices.begin(), spec.choices.end(), s) == spec.choices.end()) {
            std::string list;
            for (const auto& c : spec.choices)
                list += (list.empty() ? "" : ", ") + ("\"" + c + "\"");
            Sentence choice = about("problem.value.choice", s);
            choice.args.emplace_back("choices", list);
            return choice;
        }
        return {};
    case PropertyType::Cidr:
        if (!Cidr::parse(s, &why))
            return about("problem.value.cidr", s, {{"why", why}});
        return {};
    case PropertyType::Ip:
        if (!IpAddress::parse(s))
            return about("problem.value.ip", s);
        return {};
    case PropertyType::Ref:
        if (!s.empty() && !isValidId(s))
            return about("problem.value.ref", s, {{"why", idProblem(s)}});
        return {};
    case PropertyType::ZoneChoice:
        if (s == "System" || s == "None")
            return {};
        if (!isValidId(s))
            return about("problem.value.zone", s);
        return {};
    case PropertyType::SourceList: // one entry of a source list
        if (Cidr::parse(s) || isValidId(s))
            return {};
        return about("problem.value.source", s);
    default: // free text, or text of a known form
        if (Sentence problem = textFormProblem(spec.form, s); !problem.empty())
            return about("problem.value.form", s, {{"why", std::move(problem)}});
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

Sentence propertyTypePhrase(PropertyType type)
{
    switch (type) {
    case PropertyType::Bool:
        return Sentence("phrase.type.bool");
    case PropertyType::Int:
        return Sentence("phrase.type.int");
    case PropertyType::String:
        return Sentence("phrase.type.string");
    case PropertyType::Enum:
        return Sentence("phrase.type.enum");
    case PropertyType::Cidr:
        return Sentence("phrase.type.cidr");
    case PropertyType::CidrList:
        return Sentence("phrase.type.cidr-list");
    case PropertyType::Ip:
        return Sentence("phrase.type.ip");
    case PropertyType::IpList:
        return Sentence("phrase.type.ip-list");
    case PropertyType::TextList:
        return Sentence("phrase.type.text-list");
    case PropertyType::Ref:
        return Sentence("phrase.type.ref");
    case PropertyType::RefList:
        return Sentence("phrase.type.ref-list");
    case PropertyType::ZoneChoice:
        return Sentence("phrase.type.zone-choice");
    case PropertyType::SourceList:
        return Sentence("phrase.type.source-list");
    }
    return Sentence("phrase.type.string");
}

Sentence validatePropertyValue(const PropertySpec& spec, const PropertyValue& value)
{
    switch (spec.type) {
    case PropertyType::Bool:
        return std::holds_alternative<bool>(value) ? Sentence{} : Sentence("problem.value.bool");
    case PropertyType::Int:
        return std::holds_alternative<std::int64_t>(value) ? Sentence{}
                                                           : Sentence("problem.value.int");
    case PropertyType::String:
    case PropertyType::Enum:
    case PropertyType::Cidr:
    case PropertyType::Ip:
    case PropertyType::Ref:
    case PropertyType::ZoneChoice: {
        const auto* s = std::get_if<std::string>(&value);
        if (!s)
            return Sentence("problem.value.string", {}, {{"type", propertyTypePhrase(spec.type)}});
        return checkScalar(spec, spec.type, *s);
    }
    case PropertyType::CidrList:
    case PropertyType::IpList:
    case PropertyType::TextList:
    case PropertyType::RefList:
    case PropertyType::SourceList: {
        const auto* list = std::get_if<StringList>(&value);
        if (!list)
            return Sentence("problem.value.list", {}, {{"type", propertyTypePhrase(spec.type)}});
        if (list->size() > limits::kMaxListLength)
            return Sentence("problem.value.list-long",
                            {{"count", std::to_string(list->size())},
                             {"limit", std::to_string(limits::kMaxListLength)}});
        for (std::size_t i = 0; i < list->size(); ++i) {
            Sentence why = checkScalar(spec, entryType(spec.type), (*list)[i]);
            if (!why.empty())
                return Sentence("problem.value.entry", {{"index", std::to_string(i)}},
                                {{"why", std::move(why)}});
        }
        return {};
    }
    }
    return {};
}

} // namespace kg
