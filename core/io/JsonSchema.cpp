#include "io/JsonSchema.h"

#include "io/Migration.h"
#include "model/KindRegistry.h"
#include "model/Limits.h"

#include <nlohmann/json.hpp>

namespace kg {

namespace {

using ordered_json = nlohmann::ordered_json;

ordered_json nullable(ordered_json schema)
{
    return ordered_json{{"anyOf", ordered_json::array({std::move(schema), {{"type", "null"}}})}};
}

ordered_json valueSchema(const PropertySpec& spec)
{
    ordered_json s = ordered_json::object();
    switch (spec.type) {
    case PropertyType::Bool:
        s["type"] = "boolean";
        break;
    case PropertyType::Int:
        s["type"] = "integer";
        break;
    case PropertyType::Enum:
        s["enum"] = spec.choices;
        break;
    case PropertyType::String:
    case PropertyType::Cidr:
    case PropertyType::Ip:
    case PropertyType::Ref:
    case PropertyType::ZoneChoice:
        s["type"] = "string";
        s["maxLength"] = limits::kMaxStringLength;
        break;
    case PropertyType::CidrList:
    case PropertyType::IpList:
    case PropertyType::TextList:
    case PropertyType::RefList:
    case PropertyType::SourceList:
        s["type"] = "array";
        s["maxItems"] = limits::kMaxListLength;
        s["items"] = {{"type", "string"}};
        break;
    }
    std::string description = spec.description;
    if (spec.type != PropertyType::String && spec.type != PropertyType::Bool &&
        spec.type != PropertyType::Enum)
        description += " (" + std::string(toString(spec.type)) + ")";
    s["description"] = description;
    return nullable(std::move(s));
}

// Builds a nested object schema from dotted property keys.
ordered_json propertiesSchema(const std::vector<PropertySpec>& specs)
{
    ordered_json root = {{"type", "object"},
                         {"additionalProperties", false},
                         {"properties", ordered_json::object()}};
    for (const auto& spec : specs) {
        ordered_json* target = &root;
        std::size_t start = 0;
        std::size_t dot;
        while ((dot = spec.key.find('.', start)) != std::string::npos) {
            ordered_json& group = (*target)["properties"][spec.key.substr(start, dot - start)];
            if (group.is_null())
                group = {{"type", "object"},
                         {"additionalProperties", false},
                         {"properties", ordered_json::object()}};
            target = &group;
            start = dot + 1;
        }
        (*target)["properties"][spec.key.substr(start)] = valueSchema(spec);
    }
    return nullable(std::move(root));
}

ordered_json stringSchema(std::size_t maxLength)
{
    return nullable({{"type", "string"}, {"maxLength", maxLength}});
}

} // namespace

std::string JsonSchema::generate()
{
    const std::string idPattern =
        "^[A-Za-z0-9][A-Za-z0-9._:-]{0," + std::to_string(limits::kMaxIdLength - 1) + "}$";
    ordered_json kinds = ordered_json::array();
    ordered_json elementRules = ordered_json::array();
    for (const auto& k : KindRegistry::elementKinds()) {
        kinds.push_back(k.key);
        elementRules.push_back(
            {{"if", {{"properties", {{"kind", {{"const", k.key}}}}}}},
             {"then", {{"properties", {{"properties", propertiesSchema(k.properties)}}}}}});
    }
    ordered_json linkKinds = ordered_json::array();
    ordered_json linkRules = ordered_json::array();
    for (const auto& k : KindRegistry::linkKinds()) {
        linkKinds.push_back(k.key);
        linkRules.push_back(
            {{"if", {{"properties", {{"kind", {{"const", k.key}}}}}}},
             {"then", {{"properties", {{"properties", propertiesSchema(k.properties)}}}}}});
    }
    const double maxCoordinate = limits::kMaxCoordinate;
    ordered_json coordinate = {
        {"type", "number"}, {"minimum", -maxCoordinate}, {"maximum", maxCoordinate}};
    ordered_json size = {{"type", "number"}, {"minimum", 0}, {"maximum", maxCoordinate}};

    ordered_json schema = ordered_json::object();
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    schema["$id"] = "https://kubegate.dev/schema/kubegate-" +
                    std::to_string(Migration::kCurrentVersion) + ".schema.json";
    schema["title"] = "Kubegate design";
    schema["description"] =
        "A Kubegate design (.kubegate), format version " +
        std::to_string(Migration::kCurrentVersion) +
        ". Generated from the kind registry; see docs/FILE-FORMAT.md for the rules a schema "
        "cannot express (references, containment, address syntax).";
    schema["type"] = "object";
    schema["required"] = {"format", "version", "elements"};
    schema["additionalProperties"] = false;
    schema["properties"] = {
        {"format", {{"const", "kubegate"}}},
        {"version", {{"const", Migration::kCurrentVersion}}},
        {"title", stringSchema(limits::kMaxNameLength)},
        {"notes", stringSchema(limits::kMaxNotesLength)},
        {"elements",
         {{"type", "array"},
          {"maxItems", limits::kMaxElements},
          {"items", {{"$ref", "#/$defs/element"}}}}},
        {"links", nullable({{"type", "array"}, {"items", {{"$ref", "#/$defs/link"}}}})},
        {"variants",
         {{"type", "array"},
          {"maxItems", limits::kMaxVariants},
          {"items", {{"$ref", "#/$defs/variant"}}}}},
        // A trainer's lesson: the build-up order and the quiz's questions; which ids exist and
        // which are clients and clusters is a rule a schema cannot express.
        {"lesson",
         {{"type", "object"},
          {"additionalProperties", false},
          {"properties",
           {{"buildOrder",
             {{"type", "array"},
              {"maxItems", limits::kMaxElements},
              {"uniqueItems", true},
              {"items", {{"$ref", "#/$defs/id"}}}}},
            {"quiz",
             {{"type", "array"},
              {"maxItems", limits::kMaxQuizQuestions},
              {"uniqueItems", true},
              {"items",
               {{"type", "object"},
                {"required", {"client", "cluster"}},
                {"additionalProperties", false},
                {"properties",
                 {{"client", {{"type", "string"}, {"minLength", 1}}},
                  {"cluster", {{"$ref", "#/$defs/id"}}}}}}}}}}}}},
    };
    // A change to an element: its removal, a whole element (with its kind), or the fields that
    // differ from the base's element. Which ids exist is a rule a schema cannot express.
    const nlohmann::json elementChange = {
        {"oneOf",
         {{{"type", "object"},
           {"required", {"id", "remove"}},
           {"additionalProperties", false},
           {"properties", {{"id", {{"$ref", "#/$defs/id"}}}, {"remove", {{"const", true}}}}}},
          {{"$ref", "#/$defs/element"}},
          {{"type", "object"},
           {"required", {"id"}},
           {"additionalProperties", false},
           {"not", {{"required", {"kind"}}}},
           {"properties",
            {{"id", {{"$ref", "#/$defs/id"}}},
             {"name", stringSchema(limits::kMaxNameLength)},
             {"parent", nullable({{"$ref", "#/$defs/id"}})},
             {"geometry", {{"$ref", "#/$defs/geometry"}}},
             {"notes", stringSchema(limits::kMaxNotesLength)},
             {"properties", {{"type", "object"}}},
             {"unset", {{"type", "array"}, {"items", {{"type", "string"}}}}}}}}}}};
    const nlohmann::json linkChange = {
        {"oneOf",
         {{{"type", "object"},
           {"required", {"id", "remove"}},
           {"additionalProperties", false},
           {"properties", {{"id", {{"$ref", "#/$defs/id"}}}, {"remove", {{"const", true}}}}}},
          {{"$ref", "#/$defs/link"}}}}};
    schema["$defs"] = {
        {"variant",
         {{"type", "object"},
          {"required", {"name"}},
          {"additionalProperties", false},
          {"properties",
           {{"name", stringSchema(limits::kMaxNameLength)},
            {"notes", stringSchema(limits::kMaxNotesLength)},
            {"elements",
             {{"type", "array"},
              {"maxItems", limits::kMaxVariantChanges},
              {"items", elementChange}}},
            {"links",
             {{"type", "array"},
              {"maxItems", limits::kMaxVariantChanges},
              {"items", linkChange}}}}}}},
        {"id", {{"type", "string"}, {"pattern", idPattern}}},
        {"geometry", nullable({{"type", "object"},
                               {"additionalProperties", false},
                               {"properties",
                                {{"x", coordinate},
                                 {"y", coordinate},
                                 {"width", size},
                                 {"height", size},
                                 {"z",
                                  {{"type", "integer"},
                                   {"minimum", -limits::kMaxStacking},
                                   {"maximum", limits::kMaxStacking}}}}}})},
        {"element",
         {{"type", "object"},
          {"required", {"id", "kind"}},
          {"additionalProperties", false},
          {"properties",
           {{"id", {{"$ref", "#/$defs/id"}}},
            {"kind", {{"enum", kinds}}},
            {"name", stringSchema(limits::kMaxNameLength)},
            {"parent", nullable({{"$ref", "#/$defs/id"}})},
            {"geometry", {{"$ref", "#/$defs/geometry"}}},
            {"notes", stringSchema(limits::kMaxNotesLength)},
            {"properties", true}}},
          {"allOf", elementRules}}},
        {"link",
         {{"type", "object"},
          {"required", {"id", "kind", "from", "to"}},
          {"additionalProperties", false},
          {"properties",
           {{"id", {{"$ref", "#/$defs/id"}}},
            {"kind", {{"enum", linkKinds}}},
            {"from", {{"$ref", "#/$defs/id"}}},
            {"to", {{"$ref", "#/$defs/id"}}},
            {"properties", true},
            {"route",
             {{"type", "array"},
              {"maxItems", limits::kMaxRoutePoints},
              {"items",
               {{"type", "array"}, {"items", coordinate}, {"minItems", 2}, {"maxItems", 2}}}}}}},
          {"allOf", linkRules}}},
    };
    return schema.dump(2) + "\n";
}

} // namespace kg
