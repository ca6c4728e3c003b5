#include "io/SourceDetector.h"

#include "text/Utf8.h"

#include <algorithm>

namespace kg {

namespace {

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool isAksObject(const nlohmann::json& j)
{
    if (!j.is_object())
        return false;
    if (auto t = j.find("type");
        t != j.end() && t->is_string() &&
        lower(t->get<std::string>()) == "microsoft.containerservice/managedclusters")
        return true;
    return j.contains("apiServerAccessProfile") || j.contains("agentPoolProfiles");
}

} // namespace

SourceKind SourceDetector::detect(const nlohmann::json& d)
{
    if (d.is_array() && !d.empty() && std::all_of(d.begin(), d.end(), isAksObject))
        return SourceKind::AzAksShow; // az aks list
    if (!d.is_object())
        return SourceKind::Unknown;
    // The ARM list envelope (GET .../managedClusters, az rest): {"value": [...], "nextLink"}.
    if (auto v = d.find("value"); v != d.end() && v->is_array() && !v->empty() &&
                                  std::all_of(v->begin(), v->end(), isAksObject))
        return SourceKind::AzAksShow;
    if (auto f = d.find("format"); f != d.end() && f->is_string() && *f == "kubegate")
        return SourceKind::KubegateDesign;
    if (auto c = d.find("cluster"); c != d.end() && c->is_object() &&
                                    (c->contains("resourcesVpcConfig") || c->contains("endpoint")))
        return SourceKind::AwsEksDescribe;
    if (d.contains("resourcesVpcConfig") && d.contains("name"))
        return SourceKind::AwsEksDescribe; // describe-cluster --query cluster
    if (isAksObject(d) || (d.contains("properties") && isAksObject(d["properties"])))
        return SourceKind::AzAksShow;
    if (d.contains("format_version") && (d.contains("values") || d.contains("terraform_version")))
        return SourceKind::TerraformShowJson;
    if (auto s = d.find("$schema");
        s != d.end() && s->is_string() &&
        s->get<std::string>().find("deploymentTemplate") != std::string::npos)
        return SourceKind::ArmTemplate;
    return SourceKind::Unknown;
}

std::optional<Sentence> SourceDetector::describeNonJson(std::string_view bytes)
{
    std::size_t start = bytes.find_first_not_of(" \t\r\n");
    std::string_view head =
        start == std::string_view::npos ? std::string_view{} : bytes.substr(start);
    if (startsWith(bytes, "%PDF"))
        return Sentence("load.source.pdf");
    if (startsWith(bytes, "\x89PNG"))
        return Sentence("load.source.png");
    if (startsWith(bytes, "\xFF\xD8\xFF"))
        return Sentence("load.source.jpeg");
    if (startsWith(bytes, "PK\x03\x04"))
        return Sentence("load.source.zip");
    if (startsWith(head, "<mxfile") || startsWith(head, "<mxGraphModel"))
        return Sentence("load.source.drawio");
    if (startsWith(head, "<svg") || (startsWith(head, "<?xml") && head.find("<svg") != head.npos))
        return Sentence("load.source.svg");
    if (startsWith(head, "<?xml") || startsWith(head, "<"))
        return Sentence("load.source.xml");
    if (startsWith(head, "apiVersion:") || startsWith(head, "---") ||
        head.find("\nkind: Config") != head.npos || startsWith(head, "kind:"))
        return Sentence("load.source.yaml");
    if (startsWith(head, "resource \"") || startsWith(head, "terraform {") ||
        startsWith(head, "provider \""))
        return Sentence("load.source.terraform");
    if (startsWith(head, "param ") || startsWith(head, "resource ") ||
        startsWith(head, "targetScope"))
        return Sentence("load.source.bicep");
    return std::nullopt;
}

Sentence SourceDetector::describeForeignJson(const nlohmann::json& d)
{
    switch (detect(d)) {
    case SourceKind::AzAksShow:
        return Sentence("load.source.aks-show");
    case SourceKind::AwsEksDescribe:
        return Sentence("load.source.eks-describe");
    case SourceKind::TerraformShowJson:
        return Sentence("load.source.terraform-show");
    case SourceKind::ArmTemplate:
        return Sentence("load.source.arm");
    case SourceKind::KubegateDesign:
        return Sentence("load.source.design");
    case SourceKind::Unknown:
        break;
    }
    if (d.is_array())
        return Sentence("load.source.array");
    if (!d.is_object()) {
        // The JSON kind without an article ("string"), as a phrase; anything else as it is.
        const std::string kind = d.type_name();
        const bool known =
            kind == "string" || kind == "number" || kind == "boolean" || kind == "null";
        return Sentence(
            "load.source.scalar", {},
            {{"type", known ? Sentence("phrase.json-kind." + kind) : Sentence::literal(kind)}});
    }
    if (auto f = d.find("format"); f != d.end()) {
        if (f->is_string())
            return Sentence("load.source.format",
                            {{"format", utf8Prefix(f->get<std::string>(), 40)}});
        return Sentence("load.source.format-type");
    }
    std::string keys;
    std::size_t shown = 0;
    for (auto it = d.begin(); it != d.end() && shown < 5; ++it, ++shown)
        keys += (keys.empty() ? "" : ", ") + ("\"" + utf8Prefix(it.key(), 30) + "\"");
    if (d.empty())
        return Sentence("load.source.empty-object");
    return Sentence("load.source.no-header", {{"keys", keys + (d.size() > shown ? " ..." : "")}});
}

} // namespace kg
