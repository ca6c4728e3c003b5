#include "import/DesignAssembler.h"

#include "import/AzureResourceId.h"
#include "import/ImportLayout.h"
#include "layout/TidyLayout.h"
#include "model/Ids.h"
#include "model/Limits.h"
#include "model/TextForm.h"
#include "text/Utf8.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace kg {

namespace {

// AKS creates this VNet when a cluster brings none (kubenet, Azure CNI Overlay).
constexpr const char* kManagedVnetSpace = "10.224.0.0/12";
constexpr const char* kManagedSubnetPrefix = "10.224.0.0/16";

std::string cleanText(std::string_view text, std::size_t max)
{
    // Control and bidirectional control characters from the cloud's JSON never reach a name.
    return utf8Prefix(cleanedText(text), max);
}

// Wide enough for the name (about 8 px a character at the canvas's title size) beside the
// icon, and for a marker the canvas pins to the top right (EKS-managed ENIs, endpoints).
double widthFor(const std::string& name, double minimum, double marker = 0)
{
    const double text = 60 + 8.2 * static_cast<double>(name.size()) + marker;
    return std::min(std::max(minimum, text), 420.0);
}

struct SubnetPlan
{
    std::string key;
    std::string id;
    std::string name;
    std::string prefix;
    bool delegated = false;
    std::string availabilityZone;
    bool mapPublicIp = false;
    bool marker = false; // the canvas pins EKS-managed ENIs to it
    std::size_t element = 0;
    std::vector<ImportLayout::Node> children;
};

struct NetworkPlan
{
    std::string key;
    std::string id;
    std::string name;
    std::string location;
    std::vector<std::string> space;
    std::vector<std::string> dnsServers;
    std::optional<bool> dnsSupport;
    std::optional<bool> dnsHostnames;
    bool managed = false;
    std::string source;
    std::vector<SubnetPlan> subnets;
    std::vector<ImportLayout::Node> extra; // cluster and security groups directly in a VPC
    std::size_t element = 0;

    SubnetPlan& subnet(const std::string& subnetKey, const std::string& subnetId,
                       const std::string& subnetName)
    {
        for (auto& s : subnets) {
            if (s.key == subnetKey)
                return s;
        }
        SubnetPlan s;
        s.key = subnetKey;
        s.id = subnetId;
        s.name = subnetName;
        subnets.push_back(std::move(s));
        return subnets.back();
    }
};

class Builder
{
public:
    Builder(const ImportedConfig& config, std::vector<Sentence>& notes, Language language)
        : m_config(config), m_notes(notes), m_language(language)
    {}

    Design run()
    {
        planAzure();
        planAws();
        createNetworks();
        createAks();
        createEks();
        createZones();
        createPeerings();
        layout();
        Design design;
        design.setInfo(title(), {});
        for (auto& e : m_elements)
            design.insertElement(std::move(e));
        for (auto& l : m_links)
            design.insertLink(std::move(l));
        // ImportLayout sized the cards and containers; Graphviz places them along the links
        // (a hub before its spokes, zones beside the networks they are linked to).
        TidyLayout::Arrangement arranged = TidyLayout::layout(design, {});
        for (auto& e : arranged.elements)
            design.replaceElement(std::move(e));
        for (auto& [id, route] : arranged.routes) {
            Link l = *design.link(id);
            l.route = std::move(route);
            design.replaceLink(std::move(l));
        }
        return design;
    }

private:
    std::string newId(std::string_view name)
    {
        std::string stem = idStemFrom(name);
        if (stem.empty())
            stem = "item";
        if (stem.size() > 100)
            stem.resize(100);
        std::string id = stem;
        for (int n = 2; m_ids.count(id); ++n)
            id = stem + "-" + std::to_string(n);
        m_ids.insert(id);
        return id;
    }

    // An element's notes are the design's text: written in the language of the import.
    std::string say(const Sentence& sentence) const { return render(sentence, m_language); }
    std::string imported(const std::string& id) const
    {
        return say(Sentence("import.element.imported", {{"id", id}}));
    }

    std::size_t addElement(ElementKind kind, std::string_view name, std::string parent,
                           std::string notes = {})
    {
        Element e;
        e.kind = kind;
        e.name = cleanText(name, limits::kMaxNameLength);
        e.id = newId(e.name);
        e.parent = std::move(parent);
        e.notes = cleanText(notes, 2000);
        m_elements.push_back(std::move(e));
        return m_elements.size() - 1;
    }

    Element& at(std::size_t i) { return m_elements[i]; }

    void addLink(LinkKind kind, const std::string& from, const std::string& to)
    {
        for (const auto& l : m_links) {
            if (l.kind == kind && ((l.from == from && l.to == to) ||
                                   (kind == LinkKind::Peering && l.from == to && l.to == from)))
                return;
        }
        Link l;
        l.kind = kind;
        l.from = from;
        l.to = to;
        l.id = newId((kind == LinkKind::Peering ? "peer-" : "link-") + from + "-" + to);
        m_links.push_back(std::move(l));
    }

    // --- Azure ----------------------------------------------------------------------------

    NetworkPlan& vnetById(const std::string& id)
    {
        const std::string key = AzureResourceId::key(id);
        for (auto& n : m_vnets) {
            if (n.key == key)
                return n;
        }
        NetworkPlan n;
        n.key = key;
        n.id = id;
        if (auto parsed = AzureResourceId::parse(id))
            n.name = parsed->name();
        m_vnets.push_back(std::move(n));
        return m_vnets.back();
    }

    // The subnet plan for a subnet resource id, creating its VNet as needed; nullptr when the
    // id is not a subnet id.
    SubnetPlan* subnetById(const std::string& id, const Sentence& owner)
    {
        if (id.empty())
            return nullptr;
        auto parsed = AzureResourceId::parse(id);
        if (!parsed || !parsed->isSubnet()) {
            m_notes.push_back(Sentence("import.note.not-subnet-id", {{"id", cleanText(id, 120)}},
                                       {{"who", owner}}));
            return nullptr;
        }
        NetworkPlan& vnet = vnetById(parsed->parentId());
        return &vnet.subnet(AzureResourceId::key(id), id, parsed->name());
    }

    void planAzure()
    {
        for (const auto& v : m_config.vnets) {
            NetworkPlan& n = vnetById(v.id);
            if (!v.name.empty())
                n.name = v.name;
            n.location = v.location;
            n.space = v.addressSpace;
            n.dnsServers = v.dnsServers;
            for (const auto& s : v.subnets) {
                SubnetPlan& p = n.subnet(AzureResourceId::key(s.id), s.id, s.name);
                p.prefix = s.addressPrefix;
                p.delegated = p.delegated || s.delegatedToAks;
            }
        }
        for (const auto& c : m_config.aks) {
            const Sentence who("phrase.import.aks", {{"name", c.name}});
            for (const auto& pool : c.pools)
                subnetById(pool.subnetId, who);
            if (SubnetPlan* api = subnetById(c.apiServerSubnetId, who))
                api->delegated = true;
            for (auto& n : m_vnets) {
                if (n.location.empty() && clusterUses(c, n))
                    n.location = c.location;
            }
        }
    }

    static bool clusterUses(const ImportedAks& c, const NetworkPlan& n)
    {
        auto inside = [&](const std::string& id) {
            auto parsed = AzureResourceId::parse(id);
            return parsed && parsed->isSubnet() &&
                   AzureResourceId::key(parsed->parentId()) == n.key;
        };
        return std::any_of(c.pools.begin(), c.pools.end(),
                           [&](const ImportedNodePool& p) { return inside(p.subnetId); }) ||
               inside(c.apiServerSubnetId);
    }

    // --- AWS ------------------------------------------------------------------------------

    NetworkPlan& vpcById(const std::string& id)
    {
        for (auto& n : m_vpcs) {
            if (n.key == id)
                return n;
        }
        NetworkPlan n;
        n.key = id;
        n.id = id;
        n.name = id;
        m_vpcs.push_back(std::move(n));
        return m_vpcs.back();
    }

    void planAws()
    {
        for (const auto& v : m_config.vpcs) {
            NetworkPlan& n = vpcById(v.id);
            if (!v.name.empty())
                n.name = v.name;
            n.location = v.region;
            n.space = v.cidrBlocks;
            n.dnsSupport = v.enableDnsSupport;
            n.dnsHostnames = v.enableDnsHostnames;
        }
        for (const auto& s : m_config.awsSubnets) {
            if (s.vpcId.empty())
                continue;
            SubnetPlan& p = vpcById(s.vpcId).subnet(s.id, s.id, s.name.empty() ? s.id : s.name);
            p.prefix = s.cidrBlock;
            p.availabilityZone = s.availabilityZone;
            p.mapPublicIp = s.mapPublicIpOnLaunch;
        }
        for (const auto& c : m_config.eks) {
            std::string vpcId = c.vpcId;
            if (vpcId.empty()) {
                for (const auto& s : m_config.awsSubnets) {
                    if (std::find(c.subnetIds.begin(), c.subnetIds.end(), s.id) !=
                        c.subnetIds.end())
                        vpcId = s.vpcId;
                }
            }
            if (vpcId.empty()) {
                vpcId = "vpc of " + c.name;
                m_notes.push_back(
                    Sentence("import.note.eks-no-vpc", {{"name", c.name}, {"vpc", vpcId}}));
            }
            NetworkPlan& n = vpcById(vpcId);
            if (n.location.empty())
                n.location = c.region;
            for (const auto& s : c.subnetIds) {
                // A subnet Terraform placed in another VPC stays there.
                bool known = false;
                for (const auto& other : m_vpcs) {
                    for (const auto& sp : other.subnets)
                        known = known || sp.key == s;
                }
                if (!known)
                    n.subnet(s, s, s);
            }
        }
    }

    // --- Elements -------------------------------------------------------------------------

    void createNetworks()
    {
        for (auto& n : m_vnets) {
            n.element = addElement(ElementKind::AzureVnet, n.name.empty() ? "vnet" : n.name, {},
                                   n.id.empty() ? "" : imported(n.id));
            Element& e = at(n.element);
            if (!n.space.empty())
                e.properties["addressSpace"] = n.space;
            if (!n.dnsServers.empty())
                e.properties["dnsServers"] = n.dnsServers;
            if (!n.location.empty())
                e.properties["location"] = n.location;
            const std::string parent = e.id;
            for (auto& s : n.subnets) {
                s.element = addElement(ElementKind::AzureSubnet, s.name, parent,
                                       s.id.empty() ? "" : imported(s.id));
                if (!s.prefix.empty())
                    at(s.element).properties["addressPrefix"] = s.prefix;
                if (s.delegated)
                    at(s.element).properties["delegation"] =
                        std::string("Microsoft.ContainerService/managedClusters");
            }
            if (n.space.empty() && !n.managed)
                m_missingSpace.push_back(n.name);
        }
        for (auto& n : m_vpcs) {
            n.element =
                addElement(ElementKind::AwsVpc, n.name, {}, n.id == n.name ? "" : imported(n.id));
            Element& e = at(n.element);
            if (!n.space.empty())
                e.properties["cidrBlocks"] = n.space;
            if (!n.location.empty())
                e.properties["region"] = n.location;
            if (n.dnsSupport)
                e.properties["enableDnsSupport"] = *n.dnsSupport;
            if (n.dnsHostnames)
                e.properties["enableDnsHostnames"] = *n.dnsHostnames;
            const std::string parent = e.id;
            for (auto& s : n.subnets) {
                s.element = addElement(ElementKind::AwsSubnet, s.name, parent,
                                       s.name == s.id ? "" : imported(s.id));
                Element& se = at(s.element);
                if (!s.prefix.empty())
                    se.properties["cidrBlock"] = s.prefix;
                if (!s.availabilityZone.empty())
                    se.properties["availabilityZone"] = s.availabilityZone;
                if (s.mapPublicIp)
                    se.properties["mapPublicIpOnLaunch"] = true;
            }
            if (n.space.empty())
                m_missingSpace.push_back(n.name);
        }
    }

    SubnetPlan* findAzureSubnet(const std::string& id)
    {
        if (id.empty())
            return nullptr;
        const std::string key = AzureResourceId::key(id);
        for (auto& n : m_vnets) {
            for (auto& s : n.subnets) {
                if (s.key == key)
                    return &s;
            }
        }
        return nullptr;
    }

    NetworkPlan* vnetOfSubnet(const SubnetPlan* subnet)
    {
        for (auto& n : m_vnets) {
            for (auto& s : n.subnets) {
                if (&s == subnet)
                    return &n;
            }
        }
        return nullptr;
    }

    // A VNet AKS manages for a cluster that names no subnet.
    SubnetPlan& managedSubnet(const ImportedAks& c)
    {
        NetworkPlan n;
        n.key = "managed:" + c.name;
        n.name = "aks-vnet-" + c.name;
        n.location = c.location;
        n.space = {kManagedVnetSpace};
        n.managed = true;
        m_vnets.push_back(std::move(n));
        NetworkPlan& plan = m_vnets.back();
        plan.element = addElement(ElementKind::AzureVnet, plan.name, {},
                                  say(Sentence("import.element.managed-vnet", {{"name", c.name}})));
        Element& e = at(plan.element);
        e.properties["addressSpace"] = plan.space;
        if (!c.location.empty())
            e.properties["location"] = c.location;
        SubnetPlan& s = plan.subnet(plan.key + "/aks-subnet", {}, "aks-subnet");
        s.prefix = kManagedSubnetPrefix;
        s.element = addElement(ElementKind::AzureSubnet, s.name, e.id);
        at(s.element).properties["addressPrefix"] = s.prefix;
        m_notes.push_back(Sentence("import.note.aks-managed-vnet",
                                   {{"name", c.name}, {"space", std::string(kManagedVnetSpace)}}));
        return s;
    }

    void createAks()
    {
        for (const auto& c : m_config.aks) {
            if (m_seenClusters.count("aks:" + AzureResourceId::key(c.resourceId + "|" + c.name))) {
                m_notes.push_back(Sentence("import.note.aks-twice", {{"name", c.name}}));
                continue;
            }
            m_seenClusters.insert("aks:" + AzureResourceId::key(c.resourceId + "|" + c.name));
            // The cluster sits in the subnet of its system pool (the first pool with a subnet).
            SubnetPlan* home = nullptr;
            for (const auto& p : c.pools) {
                SubnetPlan* s = findAzureSubnet(p.subnetId);
                if (s && (!home || p.mode == "System")) {
                    home = s;
                    if (p.mode == "System")
                        break;
                }
            }
            if (!home)
                home = &managedSubnet(c);
            NetworkPlan* vnet = vnetOfSubnet(home);
            const std::string homeId = at(home->element).id;
            std::size_t ci = addElement(
                ElementKind::AksCluster, c.name, homeId,
                say(c.resourceId.empty() ? Sentence("import.element.from", {{"source", c.source}})
                                         : Sentence("import.element.from-id",
                                                    {{"source", c.source}, {"id", c.resourceId}})));
            Element& e = at(ci);
            PropertyMap& p = e.properties;
            if (!c.location.empty())
                p["location"] = c.location;
            if (!c.dnsPrefix.empty())
                p["dnsPrefix"] = c.dnsPrefix;
            if (!c.loadBalancerSku.empty())
                p["loadBalancerSku"] = c.loadBalancerSku;
            if (!c.outboundType.empty())
                p["outboundType"] = c.outboundType;
            if (!c.identityType.empty())
                p["identityType"] = c.identityType;
            p["apiServerAccessProfile.enablePrivateCluster"] = c.privateCluster;
            p["apiServerAccessProfile.enableVnetIntegration"] = c.vnetIntegration;
            p["apiServerAccessProfile.disableRunCommand"] = c.disableRunCommand;
            if (c.privateCluster)
                p["apiServerAccessProfile.enablePrivateClusterPublicFQDN"] = c.publicFqdn;
            if (!c.authorizedRanges.empty())
                p["apiServerAccessProfile.authorizedIPRanges"] = c.authorizedRanges;
            if (SubnetPlan* api = findAzureSubnet(c.apiServerSubnetId))
                p["apiServerAccessProfile.subnetId"] = at(api->element).id;
            if (!c.roleAssignments.empty())
                p["roleAssignments"] = c.roleAssignments;
            const std::string clusterId = e.id;
            home->children.push_back({ci, {}, widthFor(c.name, 200), 72});

            for (const auto& pool : c.pools) {
                SubnetPlan* s = findAzureSubnet(pool.subnetId);
                if (!s)
                    s = home;
                std::size_t pi = addElement(ElementKind::AksNodePool, pool.name, at(s->element).id);
                PropertyMap& pp = at(pi).properties;
                pp["cluster"] = clusterId;
                if (!pool.mode.empty())
                    pp["mode"] = pool.mode;
                if (pool.publicIp)
                    pp["enableNodePublicIP"] = true;
                if (!pool.publicIpPrefixId.empty())
                    pp["nodePublicIPPrefixID"] = pool.publicIpPrefixId;
                s->children.push_back({pi, {}, widthFor(pool.name, 180), 64});
            }
            if (!c.outboundIpIds.empty() && !c.authorizedRanges.empty())
                m_notes.push_back(Sentence("import.note.aks-outbound-ids", {{"name", c.name}}));
            if (c.privateCluster || c.vnetIntegration)
                m_clusterZones.push_back({ci, &c, vnet ? at(vnet->element).id : ""});
        }
    }

    void createEks()
    {
        for (const auto& c : m_config.eks) {
            const std::string key = "eks:" + (c.arn.empty() ? c.name : c.arn);
            if (m_seenClusters.count(key)) {
                m_notes.push_back(Sentence("import.note.eks-twice", {{"name", c.name}}));
                continue;
            }
            m_seenClusters.insert(key);
            NetworkPlan* vpc = nullptr;
            for (auto& n : m_vpcs) {
                if (n.key == c.vpcId || (c.vpcId.empty() && n.key == "vpc of " + c.name))
                    vpc = &n;
                for (const auto& s : n.subnets) {
                    if (!vpc && c.vpcId.empty() &&
                        std::find(c.subnetIds.begin(), c.subnetIds.end(), s.key) !=
                            c.subnetIds.end())
                        vpc = &n;
                }
            }
            if (!vpc)
                continue; // planAws made one for every cluster
            const std::string vpcElement = at(vpc->element).id;
            std::size_t ci = addElement(
                ElementKind::EksCluster, c.name, vpcElement,
                say(c.arn.empty() ? Sentence("import.element.from", {{"source", c.source}})
                                  : Sentence("import.element.from-id",
                                             {{"source", c.source}, {"id", c.arn}})));
            PropertyMap& p = at(ci).properties;
            if (!c.region.empty())
                p["region"] = c.region;
            p["resourcesVpcConfig.endpointPublicAccess"] = c.publicAccess;
            p["resourcesVpcConfig.endpointPrivateAccess"] = c.privateAccess;
            if (!c.publicAccessCidrs.empty())
                p["resourcesVpcConfig.publicAccessCidrs"] = c.publicAccessCidrs;
            StringList subnets;
            for (const auto& s : c.subnetIds) {
                for (const auto& n : m_vpcs) {
                    for (const auto& sp : n.subnets) {
                        if (sp.key == s && std::find(subnets.begin(), subnets.end(),
                                                     at(sp.element).id) == subnets.end())
                            subnets.push_back(at(sp.element).id);
                    }
                }
            }
            if (!subnets.empty())
                p["resourcesVpcConfig.subnetIds"] = subnets;
            if (!c.authenticationMode.empty())
                p["accessConfig.authenticationMode"] = c.authenticationMode;
            if (!c.accessEntries.empty())
                p["accessEntries"] = c.accessEntries;
            if (!c.ipFamily.empty())
                p["kubernetesNetworkConfig.ipFamily"] = c.ipFamily;
            if (!c.serviceIpv4Cidr.empty())
                p["kubernetesNetworkConfig.serviceIpv4Cidr"] = c.serviceIpv4Cidr;
            vpc->extra.push_back({ci, {}, widthFor(c.name, 200), 72});
            for (auto& sp : vpc->subnets) {
                if (std::find(c.subnetIds.begin(), c.subnetIds.end(), sp.key) != c.subnetIds.end())
                    sp.marker = true;
            }

            StringList extraGroups;
            for (const auto& sg : c.securityGroupIds)
                extraGroups.push_back(securityGroup(*vpc, sg));
            if (!extraGroups.empty())
                at(ci).properties["resourcesVpcConfig.securityGroupIds"] = extraGroups;
            if (!c.clusterSecurityGroupId.empty())
                at(ci).properties["resourcesVpcConfig.clusterSecurityGroupId"] =
                    securityGroup(*vpc, c.clusterSecurityGroupId);
        }
    }

    std::string securityGroup(NetworkPlan& vpc, const std::string& groupId)
    {
        auto it = m_groups.find(groupId);
        if (it != m_groups.end())
            return it->second;
        std::size_t gi = addElement(ElementKind::AwsSecurityGroup, groupId, at(vpc.element).id);
        vpc.extra.push_back({gi, {}, widthFor(groupId, 180), 64});
        m_groups[groupId] = at(gi).id;
        return at(gi).id;
    }

    void createZones()
    {
        // Zones Terraform holds, by resource id.
        for (const auto& z : m_config.zones)
            zoneElement(z.id, z.name);
        for (const auto& cz : m_clusterZones) {
            const ImportedAks& c = *cz.cluster;
            // By index: adding the zone element may move the cluster's.
            auto setZone = [&](std::string value) {
                at(cz.element).properties["apiServerAccessProfile.privateDNSZone"] =
                    std::move(value);
            };
            const std::string clusterId = at(cz.element).id;
            std::string zoneId;
            if (c.privateDnsZone == "None") {
                setZone("None");
                continue;
            }
            if (c.privateDnsZone == "System") {
                // AKS names the zone it creates after the private FQDN's domain.
                std::string name;
                if (std::size_t dot = c.privateFqdn.find('.'); dot != std::string::npos)
                    name = c.privateFqdn.substr(dot + 1);
                if (name.empty())
                    name = std::string(c.vnetIntegration ? "private." : "privatelink.") +
                           (c.location.empty() ? "eastus" : c.location) + ".azmk8s.io";
                std::size_t zi = addElement(ElementKind::AzurePrivateDnsZone, name, {},
                                            say(Sentence("import.element.system-zone")));
                at(zi).properties["zoneName"] = name;
                at(zi).properties["managedBy"] = clusterId;
                m_zones.push_back({zi, {}, widthFor(name, 240), 64});
                zoneId = at(zi).id;
                setZone("System");
            } else {
                auto parsed = AzureResourceId::parse(c.privateDnsZone);
                if (!parsed || !parsed->isPrivateDnsZone()) {
                    m_notes.push_back(
                        Sentence("import.note.aks-zone-unknown",
                                 {{"name", c.name}, {"zone", cleanText(c.privateDnsZone, 120)}}));
                    continue;
                }
                zoneId = zoneElement(c.privateDnsZone, parsed->name());
                setZone(zoneId);
            }
            if (!cz.vnetElement.empty())
                addLink(LinkKind::DnsZoneLink, zoneId, cz.vnetElement);
        }
        // Links Terraform holds.
        for (const auto& z : m_config.zones) {
            auto it = m_zoneIds.find(AzureResourceId::key(z.id));
            if (it == m_zoneIds.end())
                continue;
            for (const auto& vnetId : z.linkedVnetIds) {
                for (const auto& n : m_vnets) {
                    if (n.key == AzureResourceId::key(vnetId))
                        addLink(LinkKind::DnsZoneLink, it->second, at(n.element).id);
                }
            }
        }
    }

    // A zone named by resource id (a cluster's own zone, or one Terraform holds), once.
    std::string zoneElement(const std::string& resourceId, const std::string& name)
    {
        const std::string key = AzureResourceId::key(resourceId);
        if (auto it = m_zoneIds.find(key); it != m_zoneIds.end())
            return it->second;
        std::size_t zi =
            addElement(ElementKind::AzurePrivateDnsZone, name, {}, imported(resourceId));
        at(zi).properties["zoneName"] = name;
        m_zones.push_back({zi, {}, widthFor(name, 240), 64});
        m_zoneIds[key] = at(zi).id;
        return at(zi).id;
    }

    void createPeerings()
    {
        auto vnetElement = [&](const std::string& id) -> std::string {
            for (const auto& n : m_vnets) {
                if (n.key == AzureResourceId::key(id))
                    return at(n.element).id;
            }
            return {};
        };
        for (const auto& [a, b] : m_config.vnetPeerings) {
            std::string from = vnetElement(a);
            std::string to = vnetElement(b);
            if (!from.empty() && !to.empty() && from != to)
                addLink(LinkKind::Peering, from, to);
        }
        auto vpcElement = [&](const std::string& id) -> std::string {
            for (const auto& n : m_vpcs) {
                if (n.key == id)
                    return at(n.element).id;
            }
            return {};
        };
        for (const auto& [a, b] : m_config.vpcPeerings) {
            std::string from = vpcElement(a);
            std::string to = vpcElement(b);
            if (!from.empty() && !to.empty() && from != to)
                addLink(LinkKind::Peering, from, to);
        }
    }

    // --- Layout ---------------------------------------------------------------------------

    ImportLayout::Node networkNode(NetworkPlan& n)
    {
        ImportLayout::Node node{n.element, {}, widthFor(n.name, 240), 120, 0, true};
        for (auto& extra : n.extra)
            node.children.push_back(extra);
        for (auto& s : n.subnets) {
            ImportLayout::Node sn{s.element, s.children, widthFor(s.name, 240, s.marker ? 140 : 0),
                                  120,       0,          true};
            node.children.push_back(std::move(sn));
        }
        // Subnets side by side up to three, then about a square.
        return node;
    }

    void layout()
    {
        // Azure networks, then their zones (zone links stay short), then AWS networks; networks
        // in columns of at most two, so that a big import reads left to right.
        std::vector<std::vector<ImportLayout::Node>> columns;
        auto addNetworks = [&](std::deque<NetworkPlan>& plans) {
            const std::size_t total = m_vnets.size() + m_vpcs.size();
            const std::size_t perColumn = total <= 2 ? 1 : 2;
            for (std::size_t i = 0; i < plans.size(); i += perColumn) {
                std::vector<ImportLayout::Node> column;
                for (std::size_t j = i; j < std::min(plans.size(), i + perColumn); ++j)
                    column.push_back(networkNode(plans[j]));
                columns.push_back(std::move(column));
            }
        };
        addNetworks(m_vnets);
        columns.push_back(m_zones);
        addNetworks(m_vpcs);
        ImportLayout::place(columns, m_elements);
    }

    std::string title() const
    {
        std::vector<std::string> names;
        for (const auto& c : m_config.aks)
            names.push_back(c.name);
        for (const auto& c : m_config.eks)
            names.push_back(c.name);
        if (names.empty())
            return say(Sentence("import.title.networks"));
        std::string t = names.front();
        for (std::size_t i = 1; i < names.size() && i < 4; ++i)
            t += ", " + names[i];
        Sentence title("import.title", {{"names", t}});
        if (names.size() > 4)
            title = Sentence("import.title.more",
                             {{"names", t}, {"more", std::to_string(names.size() - 4)}});
        return cleanText(say(title), 200);
    }

public:
    const std::vector<std::string>& missingSpace() const { return m_missingSpace; }

private:
    struct ClusterZone
    {
        std::size_t element; // the cluster's
        const ImportedAks* cluster;
        std::string vnetElement;
    };

    const ImportedConfig& m_config;
    std::vector<Sentence>& m_notes;
    Language m_language;
    std::vector<Element> m_elements;
    std::vector<Link> m_links;
    std::set<std::string> m_ids;
    std::set<std::string> m_seenClusters;
    // Deques: plans are referenced while more are added.
    std::deque<NetworkPlan> m_vnets;
    std::deque<NetworkPlan> m_vpcs;
    std::vector<ImportLayout::Node> m_zones;
    std::map<std::string, std::string> m_zoneIds;
    std::map<std::string, std::string> m_groups;
    std::vector<ClusterZone> m_clusterZones;
    std::vector<std::string> m_missingSpace;
};

} // namespace

Design DesignAssembler::assemble(const ImportedConfig& config, std::vector<Sentence>& notes,
                                 Language language)
{
    Builder builder(config, notes, language);
    Design design = builder.run();
    if (!builder.missingSpace().empty()) {
        std::string names;
        for (std::size_t i = 0; i < builder.missingSpace().size() && i < 5; ++i)
            names += (i ? ", " : "") + builder.missingSpace()[i];
        if (builder.missingSpace().size() > 5)
            names += ", ...";
        notes.push_back(Sentence("import.note.missing-space", {{"names", names}}));
    }
    return design;
}

} // namespace kg
