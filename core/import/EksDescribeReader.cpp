#include "import/EksDescribeReader.h"

#include "import/ImportNormalizer.h"

#include <optional>

namespace kg {

namespace {

using json = nlohmann::json;

} // namespace

std::string EksDescribeReader::regionOf(const std::string& arn, const std::string& endpoint)
{
    // arn:partition:service:region:account:resource
    if (arn.rfind("arn:", 0) == 0) {
        std::size_t a = arn.find(':', 4);
        std::size_t b = a == std::string::npos ? a : arn.find(':', a + 1);
        std::size_t c = b == std::string::npos ? b : arn.find(':', b + 1);
        if (c != std::string::npos && c > b + 1)
            return arn.substr(b + 1, c - b - 1);
    }
    const std::string suffix = ".eks.amazonaws.com";
    std::size_t end = endpoint.find(suffix);
    if (end != std::string::npos) {
        std::size_t start = endpoint.rfind('.', end - 1);
        if (start != std::string::npos && start + 1 < end)
            return endpoint.substr(start + 1, end - start - 1);
    }
    return {};
}

void EksDescribeReader::read(const json& document, const std::string& source,
                             ImportedConfig& config, JsonFields& f)
{
    const json* cluster = &document;
    std::string base;
    if (const json* c = f.object(document, "cluster", "")) {
        cluster = c;
        base = "/cluster";
    }
    if (!cluster->is_object()) {
        f.error("/", Sentence("import.eks.not-describe"));
        return;
    }
    ImportedEks e;
    e.source = source;
    e.name = f.string(*cluster, "name", base).value_or("");
    if (e.name.empty()) {
        f.error(base, Sentence("import.cluster.no-name"));
        return;
    }
    const Sentence who("phrase.import.eks-from", {{"name", e.name}, {"source", source}});
    e.arn = f.string(*cluster, "arn", base).value_or("");
    std::string endpoint = f.string(*cluster, "endpoint", base).value_or("");
    e.region = regionOf(e.arn, endpoint);
    if (!e.region.empty() &&
        !f.checkForm(e.region, TextForm::AwsRegion,
                     JsonFields::pointer(base, e.arn.empty() ? "endpoint" : "arn"),
                     e.arn.empty() ? "endpoint" : "arn"))
        e.region.clear();

    const std::string vbase = JsonFields::pointer(base, "resourcesVpcConfig");
    const json* vpc = f.object(*cluster, "resourcesVpcConfig", base);
    if (!vpc) {
        if (!f.failed())
            f.error(base, Sentence("import.eks.no-vpc-config"));
        return;
    }
    // Defaults only where the response says nothing, and the note names each one applied.
    const std::optional<bool> pub = f.boolean(*vpc, "endpointPublicAccess", vbase);
    const std::optional<bool> priv = f.boolean(*vpc, "endpointPrivateAccess", vbase);
    e.publicAccess = pub.value_or(true);
    e.privateAccess = priv.value_or(false);
    if (!pub)
        config.notes.push_back(Sentence("import.note.eks-public-default", {}, {{"who", who}}));
    if (!priv)
        config.notes.push_back(Sentence("import.note.eks-private-default", {}, {{"who", who}}));
    if (auto cidrs = f.strings(*vpc, "publicAccessCidrs", vbase)) {
        if (auto blocks = ImportNormalizer::cidrs(
                *cidrs, JsonFields::pointer(vbase, "publicAccessCidrs"), f, &config.notes, who))
            e.publicAccessCidrs = std::move(*blocks);
    }
    e.subnetIds = f.strings(*vpc, "subnetIds", vbase).value_or(std::vector<std::string>{});
    e.securityGroupIds =
        f.strings(*vpc, "securityGroupIds", vbase).value_or(std::vector<std::string>{});
    e.clusterSecurityGroupId = f.string(*vpc, "clusterSecurityGroupId", vbase).value_or("");
    e.vpcId = f.string(*vpc, "vpcId", vbase).value_or("");
    if (const json* access = f.object(*cluster, "accessConfig", base))
        e.authenticationMode = ImportNormalizer::enumChoice(
            ElementKind::EksCluster, "accessConfig.authenticationMode",
            f.string(*access, "authenticationMode", JsonFields::pointer(base, "accessConfig"))
                .value_or(""));
    const std::string kbase = JsonFields::pointer(base, "kubernetesNetworkConfig");
    if (const json* k = f.object(*cluster, "kubernetesNetworkConfig", base)) {
        e.ipFamily = ImportNormalizer::enumChoice(ElementKind::EksCluster,
                                                  "kubernetesNetworkConfig.ipFamily",
                                                  f.string(*k, "ipFamily", kbase).value_or(""));
        e.serviceIpv4Cidr = f.string(*k, "serviceIpv4Cidr", kbase).value_or("");
    }
    config.eks.push_back(std::move(e));
}

} // namespace kg
