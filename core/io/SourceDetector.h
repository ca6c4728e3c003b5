#pragma once

#include "text/Sentence.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace kg {

// What a file holds when it is not (or may not be) a Kubegate design. The loader uses it to
// say what a wrong file looks like; `kubegate import` uses it to pick an importer.
enum class SourceKind {
    KubegateDesign,
    AzAksShow,         // az aks show -o json
    AwsEksDescribe,    // aws eks describe-cluster
    TerraformShowJson, // terraform show -json
    ArmTemplate,       // ARM deployment template
    Unknown,
};

class SourceDetector
{
public:
    static SourceKind detect(const nlohmann::json& document);

    // For bytes that are not JSON: a description of what they look like (XML, YAML, a PDF,
    // an image ...), or nullopt when nothing is recognised.
    static std::optional<Sentence> describeNonJson(std::string_view bytes);

    // One sentence saying what a JSON document that is not a Kubegate design looks like, and
    // what to do with it.
    static Sentence describeForeignJson(const nlohmann::json& document);
};

} // namespace kg
