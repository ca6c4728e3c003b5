#include "io/SourceDetector.h"

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

std::optional<std::string> SourceDetector::describeNonJson(std::string_view bytes)
{
    std::size_t start = bytes.find_first_not_of(" \t\r\n");
    std::string_view head =
        start == std::string_view::npos ? std::string_view{} : bytes.substr(start);
    if (startsWith(bytes, "%PDF"))
        return "this is a PDF document, not a Kubegate design";
    if (startsWith(bytes, "\x89PNG"))
        return "this is a PNG image, not a Kubegate design";
    if (startsWith(bytes, "\xFF\xD8\xFF"))
        return "this is a JPEG image, not a Kubegate design";
    if (startsWith(bytes, "PK\x03\x04"))
        return "this is a ZIP archive, not a Kubegate design";
    if (startsWith(head, "<mxfile") || startsWith(head, "<mxGraphModel"))
        return "this is a draw.io diagram; Kubegate designs are JSON (.kubegate)";
    if (startsWith(head, "<svg") || (startsWith(head, "<?xml") && head.find("<svg") != head.npos))
        return "this is an SVG image, not a Kubegate design";
    if (startsWith(head, "<?xml") || startsWith(head, "<"))
        return "this is an XML or HTML document, not a Kubegate design";
    if (startsWith(head, "apiVersion:") || startsWith(head, "---") ||
        head.find("\nkind: Config") != head.npos || startsWith(head, "kind:"))
        return "this looks like YAML (a kubeconfig or Kubernetes manifest), not a Kubegate design";
    if (startsWith(head, "resource \"") || startsWith(head, "terraform {") ||
        startsWith(head, "provider \""))
        return "this looks like Terraform source; run `terraform show -json` and use "
               "`kubegate import` on its output";
    if (startsWith(head, "param ") || startsWith(head, "resource ") ||
        startsWith(head, "targetScope"))
        return "this looks like a Bicep file, not a Kubegate design";
    return std::nullopt;
}

std::string SourceDetector::describeForeignJson(const nlohmann::json& d)
{
    switch (detect(d)) {
    case SourceKind::AzAksShow:
        return "this is `az aks show` output, not a Kubegate design: use `kubegate import` to "
               "turn it into one";
    case SourceKind::AwsEksDescribe:
        return "this is `aws eks describe-cluster` output, not a Kubegate design: use "
               "`kubegate import` to turn it into one";
    case SourceKind::TerraformShowJson:
        return "this is `terraform show -json` output, not a Kubegate design: use "
               "`kubegate import` to turn it into one";
    case SourceKind::ArmTemplate:
        return "this is an ARM deployment template, not a Kubegate design";
    case SourceKind::KubegateDesign:
        return "this is a Kubegate design";
    case SourceKind::Unknown:
        break;
    }
    if (d.is_array())
        return "the file holds a JSON array; a Kubegate design is a JSON object with "
               "\"format\": \"kubegate\"";
    if (!d.is_object())
        return "the file holds a single JSON " + std::string(d.type_name()) +
               "; a Kubegate design is a JSON object with \"format\": \"kubegate\"";
    if (auto f = d.find("format"); f != d.end()) {
        if (f->is_string())
            return "the format is \"" + f->get<std::string>().substr(0, 40) +
                   "\", not \"kubegate\"";
        return "\"format\" must be the string \"kubegate\"";
    }
    std::string keys;
    std::size_t shown = 0;
    for (auto it = d.begin(); it != d.end() && shown < 5; ++it, ++shown)
        keys += (keys.empty() ? "" : ", ") + ("\"" + it.key().substr(0, 30) + "\"");
    if (d.empty())
        return "the file holds an empty JSON object, not a Kubegate design";
    return "not a Kubegate design: the top-level object has " + keys +
           (d.size() > shown ? " ..." : "") + " but no \"format\": \"kubegate\" header";
}

} // namespace kg
