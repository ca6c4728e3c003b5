#include "import/TerraformShowReader.h"

#include "import/AzureResourceId.h"
#include "import/EksDescribeReader.h"
#include "import/ImportNormalizer.h"
#include "import/TerraformGrants.h"

#include <algorithm>
#include <functional>

namespace kg {

namespace {

using json = nlohmann::json;

using Resource = TerraformResource;

void collect(const json& module, const std::string& base, std::vector<Resource>& out, JsonFields& f)
{
    if (const json* resources = f.array(module, "resources", base)) {
        const std::string rbase = JsonFields::pointer(base, "resources");
        for (std::size_t i = 0; i < resources->size(); ++i) {
            const json& r = (*resources)[i];
            const std::string b = JsonFields::pointer(rbase, i);
            if (!r.is_object()) {
                f.error(b, Sentence("import.terraform.not-resource"));
                continue;
            }
            Resource res;
            res.type = f.string(r, "type", b).value_or("");
            res.address = f.string(r, "address", b).value_or(res.type);
            res.managed = f.string(r, "mode", b).value_or("managed") == "managed";
            res.values = f.object(r, "values", b);
            res.pointer = JsonFields::pointer(b, "values");
            if (res.values)
                out.push_back(std::move(res));
        }
    }
    if (const json* children = f.array(module, "child_modules", base)) {
        const std::string cbase = JsonFields::pointer(base, "child_modules");
        for (std::size_t i = 0; i < children->size(); ++i)
            collect((*children)[i], JsonFields::pointer(cbase, i), out, f);
    }
}

std::vector<std::string> cidrsOf(const json& v, std::string_view key, const std::string& base,
                                 JsonFields& f, ImportedConfig& config, const Sentence& who)
{
    auto list = f.strings(v, key, base);
    if (!list)
        return {};
    std::string spelled;
    JsonFields::findAny(v, {key}, &spelled);
    return ImportNormalizer::cidrs(*list, JsonFields::pointer(base, spelled), f, &config.notes, who)
        .value_or(std::vector<std::string>{});
}

ImportedNodePool poolFrom(const json& p, const std::string& base, JsonFields& f, std::string mode)
{
    ImportedNodePool pool;
    pool.name = f.string(p, "name", base).value_or("default");
    pool.mode = ImportNormalizer::enumChoice(ElementKind::AksNodePool, "mode",
                                             f.string(p, "mode", base).value_or(mode));
    pool.subnetId = f.string(p, "vnet_subnet_id", base).value_or("");
    // azurerm 4.x node_public_ip_enabled; 3.x enable_node_public_ip.
    if (const json* ip =
            JsonFields::findAny(p, {"node_public_ip_enabled", "enable_node_public_ip"});
        ip && ip->is_boolean())
        pool.publicIp = ip->get<bool>();
    pool.publicIpPrefixId =
        f.formed(p, "node_public_ip_prefix_id", base, TextForm::AzureResourceId).value_or("");
    return pool;
}

void readAks(const Resource& r, const std::string& source, ImportedConfig& config, JsonFields& f)
{
    const json& v = *r.values;
    const std::string& b = r.pointer;
    ImportedAks c;
    c.source = source;
    c.name = f.string(v, "name", b).value_or("");
    if (c.name.empty())
        c.name = r.address;
    const Sentence who("phrase.import.aks-from-resource",
                       {{"name", c.name}, {"source", source}, {"address", r.address}});
    c.resourceId = f.string(v, "id", b).value_or("");
    c.location = f.formed(v, "location", b, TextForm::AzureLocation).value_or("");
    c.dnsPrefix = f.formed(v, "dns_prefix", b, TextForm::DnsLabel).value_or("");
    c.privateFqdn = f.formed(v, "private_fqdn", b, TextForm::DnsName).value_or("");
    c.privateCluster = f.boolean(v, "private_cluster_enabled", b).value_or(false);
    std::optional<bool> publicFqdn = f.boolean(v, "private_cluster_public_fqdn_enabled", b);
    c.publicFqdn = publicFqdn.value_or(false);
    if (c.privateCluster && !publicFqdn)
        config.notes.push_back(Sentence("import.note.tf-public-fqdn-default", {}, {{"who", who}}));
    std::optional<std::string> zone = f.string(v, "private_dns_zone_id", b);
    c.privateDnsZone = ImportNormalizer::zoneChoice(zone.value_or(""));
    if (c.privateDnsZone != "System" && c.privateDnsZone != "None" &&
        !f.checkForm(c.privateDnsZone, TextForm::AzureResourceId,
                     JsonFields::pointer(b, "private_dns_zone_id"), "private_dns_zone_id"))
        c.privateDnsZone = "System";
    if (std::optional<bool> run = f.boolean(v, "run_command_enabled", b)) {
        c.disableRunCommand = !*run;
        if (!*run)
            config.notes.push_back(Sentence("import.note.tf-run-command", {}, {{"who", who}}));
    }
    if (const json* profile = f.block(v, "api_server_access_profile", b)) {
        const std::string pb = JsonFields::blockPointer(b, "api_server_access_profile");
        c.authorizedRanges = cidrsOf(*profile, "authorized_ip_ranges", pb, f, config, who);
        c.apiServerSubnetId = f.string(*profile, "subnet_id", pb).value_or("");
        std::string spelled;
        if (const json* vi = JsonFields::findAny(
                *profile, {"virtual_network_integration_enabled", "vnet_integration_enabled"},
                &spelled)) {
            if (!vi->is_boolean())
                f.error(JsonFields::pointer(pb, spelled),
                        Sentence("import.field.boolean", {{"key", spelled}}));
            else
                c.vnetIntegration = vi->get<bool>();
            if (spelled == "vnet_integration_enabled")
                config.notes.push_back(
                    Sentence("import.note.tf-vnet-integration-name", {}, {{"who", who}}));
        }
    }
    if (c.authorizedRanges.empty()) {
        std::vector<std::string> old =
            cidrsOf(v, "api_server_authorized_ip_ranges", b, f, config, who);
        if (!old.empty()) {
            c.authorizedRanges = std::move(old);
            config.notes.push_back(
                Sentence("import.note.tf-authorized-ranges-place", {}, {{"who", who}}));
        }
    }
    if (const json* pool = f.block(v, "default_node_pool", b))
        c.pools.push_back(
            poolFrom(*pool, JsonFields::blockPointer(b, "default_node_pool"), f, "System"));
    if (const json* n = f.block(v, "network_profile", b)) {
        const std::string nb = JsonFields::blockPointer(b, "network_profile");
        c.loadBalancerSku =
            ImportNormalizer::enumChoice(ElementKind::AksCluster, "loadBalancerSku",
                                         f.string(*n, "load_balancer_sku", nb).value_or(""));
        c.outboundType = ImportNormalizer::outboundType(
            f.string(*n, "outbound_type", nb).value_or(""), who, config.notes);
        if (const json* lb = f.block(*n, "load_balancer_profile", nb))
            c.outboundIpIds = f.strings(*lb, "effective_outbound_ips",
                                        JsonFields::blockPointer(nb, "load_balancer_profile"))
                                  .value_or(std::vector<std::string>{});
    }
    // azurerm: an identity block (a managed identity) or a service_principal block.
    if (const json* identity = f.block(v, "identity", b))
        c.identityType = ImportNormalizer::enumChoice(
            ElementKind::AksCluster, "identityType",
            f.string(*identity, "type", JsonFields::blockPointer(b, "identity")).value_or(""));
    if (c.identityType.empty() && f.block(v, "service_principal", b))
        c.identityType = "ServicePrincipal";
    config.aks.push_back(std::move(c));
}

void readEks(const Resource& r, const std::string& source, ImportedConfig& config, JsonFields& f)
{
    const json& v = *r.values;
    const std::string& b = r.pointer;
    ImportedEks e;
    e.source = source;
    e.name = f.string(v, "name", b).value_or("");
    if (e.name.empty())
        e.name = r.address;
    const Sentence who("phrase.import.eks-from-resource",
                       {{"name", e.name}, {"source", source}, {"address", r.address}});
    e.arn = f.string(v, "arn", b).value_or("");
    e.region = EksDescribeReader::regionOf(e.arn, f.string(v, "endpoint", b).value_or(""));
    if (!e.region.empty() &&
        !f.checkForm(e.region, TextForm::AwsRegion,
                     JsonFields::pointer(b, e.arn.empty() ? "endpoint" : "arn"),
                     e.arn.empty() ? "endpoint" : "arn"))
        e.region.clear();
    if (const json* vpc = f.block(v, "vpc_config", b)) {
        const std::string vb = JsonFields::blockPointer(b, "vpc_config");
        e.publicAccess = f.boolean(*vpc, "endpoint_public_access", vb).value_or(true);
        e.privateAccess = f.boolean(*vpc, "endpoint_private_access", vb).value_or(false);
        if (JsonFields::find(*vpc, "public_access_cidrs"))
            e.publicAccessCidrs = cidrsOf(*vpc, "public_access_cidrs", vb, f, config, who);
        else if (e.publicAccess)
            config.notes.push_back(Sentence("import.note.tf-no-public-cidrs", {}, {{"who", who}}));
        e.subnetIds = f.strings(*vpc, "subnet_ids", vb).value_or(std::vector<std::string>{});
        e.securityGroupIds =
            f.strings(*vpc, "security_group_ids", vb).value_or(std::vector<std::string>{});
        e.clusterSecurityGroupId = f.string(*vpc, "cluster_security_group_id", vb).value_or("");
        e.vpcId = f.string(*vpc, "vpc_id", vb).value_or("");
    }
    if (const json* access = f.block(v, "access_config", b))
        e.authenticationMode = ImportNormalizer::enumChoice(
            ElementKind::EksCluster, "accessConfig.authenticationMode",
            f.string(*access, "authentication_mode", JsonFields::blockPointer(b, "access_config"))
                .value_or(""));
    if (const json* k = f.block(v, "kubernetes_network_config", b)) {
        const std::string kb = JsonFields::blockPointer(b, "kubernetes_network_config");
        e.ipFamily = ImportNormalizer::enumChoice(ElementKind::EksCluster,
                                                  "kubernetesNetworkConfig.ipFamily",
                                                  f.string(*k, "ip_family", kb).value_or(""));
        e.serviceIpv4Cidr = f.string(*k, "service_ipv4_cidr", kb).value_or("");
    }
    config.eks.push_back(std::move(e));
}

std::string tagName(const json& v)
{
    if (const json* tags = JsonFields::find(v, "tags"); tags && tags->is_object()) {
        if (const json* name = JsonFields::find(*tags, "Name"); name && name->is_string())
            return name->get<std::string>();
    }
    return {};
}

ImportedAzureVnet& vnetFor(ImportedConfig& config, const std::string& id)
{
    for (auto& v : config.vnets) {
        if (AzureResourceId::key(v.id) == AzureResourceId::key(id))
            return v;
    }
    ImportedAzureVnet v;
    v.id = id;
    if (auto parsed = AzureResourceId::parse(id))
        v.name = parsed->name();
    config.vnets.push_back(std::move(v));
    return config.vnets.back();
}

void readNetworks(const std::vector<Resource>& resources, ImportedConfig& config, JsonFields& f)
{
    // Azure ids of VNets by resource group and name, for subnets and peerings that name them.
    auto vnetId = [&](const std::string& group, const std::string& name) -> std::string {
        for (const Resource& r : resources) {
            if (r.type != "azurerm_virtual_network")
                continue;
            auto n = f.string(*r.values, "name", r.pointer);
            auto g = f.string(*r.values, "resource_group_name", r.pointer);
            if (n == name && AzureResourceId::key(g.value_or("")) == AzureResourceId::key(group))
                return f.string(*r.values, "id", r.pointer).value_or("");
        }
        return {};
    };
    for (const Resource& r : resources) {
        const json& v = *r.values;
        const std::string& b = r.pointer;
        if (r.type == "azurerm_virtual_network") {
            std::string id = f.string(v, "id", b).value_or("");
            if (id.empty())
                continue; // a plan's VNet has no id yet; its subnets cannot name it either
            ImportedAzureVnet& vnet = vnetFor(config, id);
            vnet.name = f.string(v, "name", b).value_or(vnet.name);
            vnet.location = f.formed(v, "location", b, TextForm::AzureLocation).value_or("");
            vnet.addressSpace =
                cidrsOf(v, "address_space", b, f, config, Sentence::literal(r.address));
            vnet.dnsServers = f.strings(v, "dns_servers", b).value_or(std::vector<std::string>{});
        } else if (r.type == "azurerm_subnet") {
            std::string id = f.string(v, "id", b).value_or("");
            auto parsed = AzureResourceId::parse(id);
            if (!parsed || !parsed->isSubnet())
                continue;
            ImportedAzureVnet& vnet = vnetFor(config, parsed->parentId());
            ImportedAzureSubnet s;
            s.id = id;
            s.name = f.string(v, "name", b).value_or(parsed->name());
            std::vector<std::string> prefixes =
                cidrsOf(v, "address_prefixes", b, f, config, Sentence::literal(r.address));
            if (prefixes.empty()) {
                if (auto one = f.string(v, "address_prefix", b))
                    prefixes.push_back(*one);
            }
            if (!prefixes.empty())
                s.addressPrefix = prefixes.front();
            if (const json* d = f.array(v, "delegation", b)) {
                for (const json& del : *d) {
                    const json* sd = JsonFields::find(del, "service_delegation");
                    if (sd && sd->is_array() && !sd->empty()) {
                        const json* name = JsonFields::find((*sd)[0], "name");
                        if (name && name->is_string() &&
                            AzureResourceId::key(name->get<std::string>()) ==
                                "microsoft.containerservice/managedclusters")
                            s.delegatedToAks = true;
                    }
                }
            }
            auto same = [&](const ImportedAzureSubnet& o) {
                return AzureResourceId::key(o.id) == AzureResourceId::key(id);
            };
            auto it = std::find_if(vnet.subnets.begin(), vnet.subnets.end(), same);
            if (it == vnet.subnets.end())
                vnet.subnets.push_back(std::move(s));
            else
                *it = std::move(s);
        } else if (r.type == "azurerm_private_dns_zone") {
            ImportedZone z;
            z.id = f.string(v, "id", b).value_or("");
            z.name = f.formed(v, "name", b, TextForm::DnsName).value_or("");
            if (!z.id.empty() && !z.name.empty())
                config.zones.push_back(std::move(z));
        } else if (r.type == "azurerm_private_dns_zone_virtual_network_link") {
            std::string zoneName = f.string(v, "private_dns_zone_name", b).value_or("");
            std::string network = f.string(v, "virtual_network_id", b).value_or("");
            for (auto& z : config.zones) {
                if (z.name == zoneName && !network.empty())
                    z.linkedVnetIds.push_back(network);
            }
        } else if (r.type == "azurerm_virtual_network_peering") {
            std::string local = vnetId(f.string(v, "resource_group_name", b).value_or(""),
                                       f.string(v, "virtual_network_name", b).value_or(""));
            std::string remote = f.string(v, "remote_virtual_network_id", b).value_or("");
            if (!local.empty() && !remote.empty())
                config.vnetPeerings.emplace_back(local, remote);
        } else if (r.type == "aws_vpc") {
            ImportedAwsVpc vpc;
            vpc.id = f.string(v, "id", b).value_or("");
            if (vpc.id.empty())
                continue;
            vpc.name = tagName(v);
            vpc.region = EksDescribeReader::regionOf(f.string(v, "arn", b).value_or(""), "");
            if (!vpc.region.empty() &&
                !f.checkForm(vpc.region, TextForm::AwsRegion, JsonFields::pointer(b, "arn"), "arn"))
                vpc.region.clear();
            if (auto block = f.string(v, "cidr_block", b))
                vpc.cidrBlocks.push_back(*block);
            if (auto v6 = f.string(v, "ipv6_cidr_block", b); v6 && !v6->empty())
                vpc.cidrBlocks.push_back(*v6);
            vpc.enableDnsSupport = f.boolean(v, "enable_dns_support", b);
            vpc.enableDnsHostnames = f.boolean(v, "enable_dns_hostnames", b);
            config.vpcs.push_back(std::move(vpc));
        } else if (r.type == "aws_subnet") {
            ImportedAwsSubnet s;
            s.id = f.string(v, "id", b).value_or("");
            if (s.id.empty())
                continue;
            s.name = tagName(v);
            s.vpcId = f.string(v, "vpc_id", b).value_or("");
            s.cidrBlock = f.string(v, "cidr_block", b).value_or("");
            s.availabilityZone =
                f.formed(v, "availability_zone", b, TextForm::AwsZone).value_or("");
            s.mapPublicIpOnLaunch = f.boolean(v, "map_public_ip_on_launch", b).value_or(false);
            config.awsSubnets.push_back(std::move(s));
        } else if (r.type == "aws_vpc_peering_connection") {
            std::string a = f.string(v, "vpc_id", b).value_or("");
            std::string p = f.string(v, "peer_vpc_id", b).value_or("");
            if (!a.empty() && !p.empty())
                config.vpcPeerings.emplace_back(a, p);
        }
    }
}

} // namespace

void TerraformShowReader::read(const json& document, const std::string& source,
                               ImportedConfig& config, JsonFields& f)
{
    std::string base = "/values";
    const json* values = f.object(document, "values", "");
    if (!values) {
        values = f.object(document, "planned_values", "");
        base = "/planned_values";
    }
    const json* root = values ? f.object(*values, "root_module", base) : nullptr;
    if (!root) {
        if (!f.failed())
            f.error("/", Sentence("import.terraform.no-root-module"));
        return;
    }
    std::vector<Resource> resources;
    collect(*root, base + "/root_module", resources, f);
    if (f.failed())
        return;
    std::size_t clusters = 0;
    for (const Resource& r : resources) {
        if (!r.managed)
            continue;
        if (r.type == "azurerm_kubernetes_cluster") {
            readAks(r, source, config, f);
            ++clusters;
        } else if (r.type == "aws_eks_cluster") {
            readEks(r, source, config, f);
            ++clusters;
        }
    }
    // Extra node pools join their cluster by its id.
    for (const Resource& r : resources) {
        if (r.type != "azurerm_kubernetes_cluster_node_pool")
            continue;
        std::string cluster = f.string(*r.values, "kubernetes_cluster_id", r.pointer).value_or("");
        for (auto& c : config.aks) {
            if (!cluster.empty() &&
                AzureResourceId::key(c.resourceId) == AzureResourceId::key(cluster))
                c.pools.push_back(poolFrom(*r.values, r.pointer, f, "User"));
        }
    }
    TerraformGrants::read(resources, config, f);
    const std::size_t networksBefore = config.vnets.size() + config.vpcs.size();
    readNetworks(resources, config, f);
    const bool addedNetworks = config.vnets.size() + config.vpcs.size() > networksBefore;
    if (clusters == 0 && !addedNetworks && !f.failed()) {
        std::string types;
        std::vector<std::string> seen;
        for (const Resource& r : resources) {
            if (std::find(seen.begin(), seen.end(), r.type) == seen.end())
                seen.push_back(r.type);
        }
        for (std::size_t i = 0; i < seen.size() && i < 6; ++i)
            types += (i ? ", " : "") + seen[i];
        if (seen.size() > 6)
            types += ", ...";
        f.error("/", seen.empty() ? Sentence("import.terraform.no-resources")
                                  : Sentence("import.terraform.no-cluster", {{"types", types}}));
    }
}

} // namespace kg
