#include "compare/Equivalents.h"

#include "model/AccessMode.h"
#include "model/ApiServerSubnet.h"
#include "model/ContainerFit.h"
#include "model/DesignChecker.h"
#include "model/KindRegistry.h"
#include "model/LinkRules.h"
#include "model/NetworkFacts.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace kg {

namespace {

using K = ElementKind;

// Regions with a close counterpart; any other keeps each cloud's default.
const std::pair<const char*, const char*> kRegions[] = {
    {"us-east-1", "eastus"},         {"us-east-2", "eastus2"},
    {"us-west-2", "westus2"},        {"us-west-1", "westus"},
    {"eu-west-1", "northeurope"},    {"eu-central-1", "germanywestcentral"},
    {"eu-west-2", "uksouth"},        {"ap-southeast-1", "southeastasia"},
    {"ap-northeast-1", "japaneast"}, {"ap-southeast-2", "australiaeast"},
};

std::string azureLocation(const std::string& region)
{
    for (const auto& [aws, azure] : kRegions)
        if (region == aws)
            return azure;
    return "eastus";
}

std::string awsRegion(const std::string& location)
{
    for (const auto& [aws, azure] : kRegions)
        if (location == azure)
            return aws;
    return "us-east-1";
}

// Principals are named differently on each cloud: an Entra user (alice@contoso.example)
// becomes an IAM user of the same name in a documentation account, and back. The notes say
// these names are stand-ins.
const char* kAccount = "111122223333";
const char* kDomain = "contoso.example";

std::string iamName(const std::string& principal)
{
    std::string name = principal.substr(0, principal.find('@'));
    if (const auto slash = name.rfind('/'); slash != std::string::npos)
        name = name.substr(slash + 1);
    std::string out;
    for (const char c : name)
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')
            out += c;
    return out.empty() ? std::string("user") : out;
}

std::string toIam(const std::string& principal)
{
    if (principal.rfind("arn:", 0) == 0)
        return principal;
    return std::string("arn:aws:iam::") + kAccount + ":user/" + iamName(principal);
}

std::string toEntra(const std::string& principal)
{
    if (principal.rfind("arn:", 0) != 0)
        return principal;
    return iamName(principal) + "@" + kDomain;
}

bool isAws(K kind)
{
    return KindRegistry::info(kind).cloud == Cloud::Aws;
}

bool isAzure(K kind)
{
    return KindRegistry::info(kind).cloud == Cloud::Azure;
}

// Builds the other cloud's design element by element, then its links.
class Translation
{
public:
    Translation(const Design& source, bool toAzure) : m_source(source), m_toAzure(toAzure) {}

    Equivalent run()
    {
        m_out.setInfo(m_source.title(), m_source.notes());
        for (const Element& e : m_source.elements())
            translate(e);
        placeChildren();
        addGateways();
        if (!m_toAzure) {
            addInternetAccess();
            addSecondZones();
        }
        cleanReferences();
        translateLinks();
        if (!m_toAzure) {
            addRoutes();
            openPrivateEndpoints();
        }
        fitContainers();
        // What the checker still refuses (a kind with nowhere to stand) is left out, said so.
        for (int round = 0; round < 8; ++round) {
            const auto problems = DesignChecker::check(m_out, 50);
            if (problems.empty())
                break;
            for (const auto& p : problems) {
                if (p.isLink && m_out.link(p.itemId)) {
                    m_out.eraseLink(p.itemId);
                } else if (!p.isLink && m_out.element(p.itemId)) {
                    for (const Link* l : m_out.linksOf(p.itemId))
                        m_dropLinks.insert(l->id);
                    for (const std::string& id : m_dropLinks)
                        if (m_out.link(id))
                            m_out.eraseLink(id);
                    m_out.eraseElements(m_out.subtree(p.itemId));
                    note(p.itemId, "left out: " + p.message);
                }
            }
        }
        Equivalent result;
        result.design = std::move(m_out);
        result.notes = std::move(m_notes);
        return result;
    }

private:
    void note(const std::string& element, std::string text)
    {
        m_notes.push_back({element, std::move(text)});
    }

    bool from(K kind) const { return m_toAzure ? isAws(kind) : isAzure(kind); }

    // An element of the other cloud with the source's id, name, place and notes.
    static Element like(const Element& e, K kind)
    {
        Element out;
        out.id = e.id;
        out.kind = kind;
        out.name = e.name;
        out.parent = e.parent;
        out.geometry = e.geometry;
        out.notes = e.notes;
        return out;
    }

    // Properties both kinds have under one key (a client's egress addresses and principal).
    void carry(const Element& from, Element& to, std::initializer_list<const char*> keys) const
    {
        for (const char* key : keys)
            if (from.isSet(key) && KindRegistry::property(to.kind, key))
                to.properties[key] = from.properties.at(key);
        if (to.isSet("principal")) {
            const std::string& p = to.stringValue("principal");
            to.properties["principal"] = m_toAzure ? toEntra(p) : toIam(p);
        }
    }

    void add(Element e) { m_out.insertElement(std::move(e)); }

    void translate(const Element& e)
    {
        if (!from(e.kind)) {
            Element kept = e;
            // Security groups belong to AWS; an Azure equivalent has none to name.
            if (m_toAzure)
                kept.properties.erase("securityGroups");
            // A client signs in as the other cloud's principal of the same name.
            if (kept.isSet("principal") && KindRegistry::property(kept.kind, "principal")) {
                const std::string& p = kept.stringValue("principal");
                const std::string mapped = m_toAzure ? toEntra(p) : toIam(p);
                if (mapped != p) {
                    kept.properties["principal"] = mapped;
                    note(e.id, "signs in as " + mapped + ", a stand-in for " + p +
                                   ": name the real principal");
                }
            }
            add(std::move(kept));
            return;
        }
        if (m_toAzure)
            toAzure(e);
        else
            toAws(e);
    }

    void toAzure(const Element& e)
    {
        switch (e.kind) {
        case K::AwsVpc: {
            Element v = like(e, K::AzureVnet);
            v.properties["addressSpace"] = e.listValue("cidrBlocks");
            v.properties["location"] = azureLocation(e.stringValue("region"));
            add(std::move(v));
            return;
        }
        case K::AwsSubnet: {
            Element s = like(e, K::AzureSubnet);
            s.properties["addressPrefix"] = e.stringValue("cidrBlock");
            if (const Element* route = m_source.element(e.stringValue("defaultRoute"));
                route && route->kind == K::AwsNatGateway)
                m_egress[e.id] = route->id;
            add(std::move(s));
            return;
        }
        case K::EksCluster:
            return eksToAks(e);
        case K::EksNodeGroup: {
            Element pool = like(e, K::AksNodePool);
            const std::string cluster = e.stringValue("cluster");
            pool.properties["cluster"] = cluster;
            pool.properties["mode"] =
                std::string(m_firstPool.insert(cluster).second ? "System" : "User");
            add(std::move(pool));
            return;
        }
        case K::AwsPrivateHostedZone: {
            Element z = like(e, K::AzurePrivateDnsZone);
            const Element* managed = m_source.element(e.stringValue("managedBy"));
            if (managed) {
                z.properties["zoneName"] =
                    "privatelink." + azureLocation(managed->stringValue("region")) + ".azmk8s.io";
                z.properties["managedBy"] = managed->id;
                note(e.id, "Route 53 private hosted zone managed by EKS: AKS creates the "
                           "privatelink.<region>.azmk8s.io zone itself (privateDNSZone System) "
                           "and links it to the cluster's VNet only; other networks need their "
                           "own zone links or DNS forwarding");
            } else {
                z.properties["zoneName"] = e.stringValue("zoneName");
            }
            add(std::move(z));
            return;
        }
        case K::AwsResolverInboundEndpoint: {
            Element r = like(e, K::AzureDnsPrivateResolver);
            if (!e.listValue("addresses").empty())
                r.properties["inboundAddress"] = e.listValue("addresses").front();
            add(std::move(r));
            return;
        }
        case K::Ec2Bastion: {
            Element j = like(e, K::JumpboxVm);
            carry(e, j, {"egressIPs", "principal", "privateIp"});
            note(e.id, "EC2 bastion host: a jumpbox VM takes the same path; Azure Bastion (in "
                       "AzureBastionSubnet, Standard SKU with native client support) tunnels "
                       "to it without a public address");
            add(std::move(j));
            return;
        }
        case K::Cloud9Ide: {
            Element c = like(e, K::CloudShell);
            carry(e, c, {"egressIPs", "principal"});
            note(e.id, "Cloud9 in the VPC: Azure Cloud Shell deployed into a VNet plays its "
                       "part");
            add(std::move(c));
            return;
        }
        case K::AwsInternetGateway:
            note(e.id, "internet gateway: Azure VNets reach the internet without one (default "
                       "outbound or a NAT gateway)");
            return;
        case K::AwsNatGateway: {
            Element n = like(e, K::AzureNatGateway);
            if (const Element* subnet = m_source.element(e.parent))
                n.parent = subnet->parent; // a NAT gateway stands in the VNet
            if (!e.stringValue("publicIp").empty())
                n.properties["publicIPs"] = StringList{e.stringValue("publicIp")};
            add(std::move(n));
            return;
        }
        case K::AwsVirtualPrivateGateway:
            m_gateways.push_back(e.id); // placed in a GatewaySubnet once the VNets stand
            return;
        case K::AwsTransitGateway:
            note(e.id, "transit gateway: Azure peering is not transitive; the equivalent "
                       "peers every pair of attached networks (Azure Virtual WAN or a hub "
                       "with a firewall does it at scale)");
            return;
        case K::AwsSecurityGroup: {
            Element nsg = like(e, K::AzureNsg);
            StringList cidrs;
            for (const std::string& s : e.listValue("ingress443"))
                if (!m_source.element(s))
                    cidrs.push_back(s);
            if (!cidrs.empty())
                nsg.properties["allow443From"] = cidrs;
            note(e.id, "security group on TCP 443: an NSG on the subnets, where AWS puts it "
                       "on the network interfaces; group references become address rules");
            add(std::move(nsg));
            return;
        }
        case K::AwsContainerRegistry:
            add(like(e, K::AzureContainerRegistry));
            return;
        default:
            note(e.id, "no Azure counterpart; left out");
            return;
        }
    }

    void eksToAks(const Element& e)
    {
        Element aks = like(e, K::AksCluster);
        // An AKS cluster stands in its node subnet: the first of the EKS cluster's subnets.
        const StringList& subnets = e.listValue("resourcesVpcConfig.subnetIds");
        aks.parent.clear();
        for (const std::string& s : subnets)
            if (const Element* subnet = m_source.element(s); subnet && subnet->parent == e.parent)
                if (aks.parent.empty())
                    aks.parent = s;
        if (aks.parent.empty())
            for (const Element* child : m_source.children(e.parent))
                if (child->kind == K::AwsSubnet && aks.parent.empty())
                    aks.parent = child->id;
        if (aks.parent.empty()) {
            note(e.id, "the EKS cluster has no subnet in its VPC; an AKS cluster needs one: "
                       "left out");
            return;
        }
        aks.properties["location"] = azureLocation(e.stringValue("region"));
        aks.properties["identityType"] = std::string("UserAssigned");
        // EKS has no command invoke: turned off, so the paths stay the same.
        aks.properties["apiServerAccessProfile.disableRunCommand"] = true;
        note(e.id, "AKS adds command invoke (az aks command invoke through Azure Resource "
                   "Manager), which EKS does not have; the equivalent turns it off "
                   "(disableRunCommand)");
        AccessSettings settings;
        const std::optional<AccessSettings> mode = AccessMode::detect(e);
        const AccessPreset preset = mode ? mode->preset : AccessPreset::EksPrivate;
        switch (preset) {
        case AccessPreset::EksPublic:
            settings.preset = AccessPreset::AksPublic;
            break;
        case AccessPreset::EksPublicCidrs:
            settings.preset = AccessPreset::AksPublicAuthorized;
            break;
        case AccessPreset::EksPublicPrivate:
            settings.preset = AccessPreset::AksVnetPublic;
            note(e.id, "public and private endpoints: API Server VNet integration with public "
                       "access is the closest AKS mode; the API server gets an internal load "
                       "balancer in a delegated subnet where EKS places ENIs in the cluster "
                       "subnets");
            break;
        default:
            settings.preset = AccessPreset::AksPrivate;
            settings.privateDnsZone = "System";
            // EKS answers the endpoint's public name with the private addresses; the AKS
            // public FQDN of a private cluster does the same.
            settings.publicFqdn = true;
            note(e.id, "private endpoint only: an AKS private cluster whose public FQDN "
                       "resolves to the private endpoint in the node subnet, as EKS's public "
                       "name resolves to its ENIs; inside linked VNets the privatelink zone "
                       "answers (a Route 53 private hosted zone on EKS)");
            break;
        }
        aks = AccessMode::apply(aks, settings);
        if (preset == AccessPreset::EksPublicCidrs) {
            StringList ranges;
            for (const std::string& c : e.listValue("resourcesVpcConfig.publicAccessCidrs"))
                if (c != "0.0.0.0/0")
                    ranges.push_back(c);
            if (!ranges.empty())
                aks.properties["apiServerAccessProfile.authorizedIPRanges"] = ranges;
        }
        StringList principals;
        std::set<std::string> nodeRoles; // nodes join with the cluster's own identity on AKS
        for (const Element& group : m_source.elements())
            if (group.kind == K::EksNodeGroup && group.stringValue("cluster") == e.id)
                nodeRoles.insert(group.stringValue("principal"));
        for (const char* key : {"accessEntries", "awsAuth"})
            for (const std::string& entry : e.listValue(key)) {
                const std::string arn = entry.substr(0, entry.find(' '));
                if (!nodeRoles.count(arn) && std::find(principals.begin(), principals.end(),
                                                       toEntra(arn)) == principals.end())
                    principals.push_back(toEntra(arn));
            }
        if (!principals.empty()) {
            aks.properties["rbacPrincipals"] = principals;
            note(e.id, "IAM access entries become Microsoft Entra ID principals bound by "
                       "Kubernetes RBAC (rbacPrincipals); their names are stand-ins for the "
                       "people and groups to bind");
        }
        m_aksClusters.insert(e.id);
        add(std::move(aks));
    }

    void toAws(const Element& e)
    {
        switch (e.kind) {
        case K::AzureVnet: {
            Element v = like(e, K::AwsVpc);
            v.properties["cidrBlocks"] = e.listValue("addressSpace");
            v.properties["region"] = awsRegion(e.stringValue("location"));
            add(std::move(v));
            return;
        }
        case K::AzureSubnet: {
            Element s = like(e, K::AwsSubnet);
            s.properties["cidrBlock"] = e.stringValue("addressPrefix");
            if (const Element* egress = m_source.element(e.stringValue("egress"));
                egress && egress->kind == K::AzureNatGateway)
                m_egress[e.id] = egress->id;
            add(std::move(s));
            return;
        }
        case K::AksCluster:
            return aksToEks(e);
        case K::AksNodePool: {
            Element group = like(e, K::EksNodeGroup);
            group.properties["cluster"] = e.stringValue("cluster");
            add(std::move(group));
            return;
        }
        case K::AzurePrivateDnsZone: {
            Element z = like(e, K::AwsPrivateHostedZone);
            z.properties["zoneName"] = e.stringValue("zoneName");
            if (const Element* managed = m_source.element(e.stringValue("managedBy"))) {
                z.properties["managedBy"] = managed->id;
                note(e.id, "the privatelink zone AKS creates: EKS manages a Route 53 private "
                           "hosted zone for a private endpoint, associated with the cluster's "
                           "VPC");
            }
            add(std::move(z));
            return;
        }
        case K::AzureDnsPrivateResolver: {
            Element r = like(e, K::AwsResolverInboundEndpoint);
            if (!e.stringValue("inboundAddress").empty())
                r.properties["addresses"] = StringList{e.stringValue("inboundAddress")};
            add(std::move(r));
            return;
        }
        case K::AzureBastion: {
            Element b = like(e, K::Ec2Bastion);
            carry(e, b, {"egressIPs", "principal"});
            note(e.id, "Azure Bastion: an EC2 bastion host (or SSM Session Manager) in a "
                       "subnet takes its place; it is an instance to run and patch");
            add(std::move(b));
            return;
        }
        case K::CloudShell: {
            Element c = like(e, K::Cloud9Ide);
            carry(e, c, {"egressIPs", "principal"});
            add(std::move(c));
            return;
        }
        case K::AzureNatGateway: {
            Element n = like(e, K::AwsNatGateway);
            // An AWS NAT gateway stands in a subnet: the first of the VNet.
            n.parent.clear();
            for (const Element* child : m_source.children(e.parent))
                if (child->kind == K::AzureSubnet && n.parent.empty())
                    n.parent = child->id;
            if (!e.listValue("publicIPs").empty())
                n.properties["publicIp"] = e.listValue("publicIPs").front();
            if (n.parent.empty()) {
                note(e.id, "NAT gateway in a VNet without subnets: left out");
                return;
            }
            add(std::move(n));
            return;
        }
        case K::AzureVpnGateway:
        case K::AzureExpressRouteGateway: {
            Element g = like(e, K::AwsVirtualPrivateGateway);
            if (const Element* subnet = m_source.element(e.parent))
                g.parent = subnet->parent; // attached to the VPC itself
            add(std::move(g));
            return;
        }
        case K::AzureNsg: {
            Element sg = like(e, K::AwsSecurityGroup);
            if (!e.listValue("allow443From").empty())
                sg.properties["ingress443"] = e.listValue("allow443From");
            note(e.id, "NSG: a security group on the network interfaces; AWS has no deny "
                       "rules and no default allow from the VPC");
            add(std::move(sg));
            return;
        }
        case K::AzureContainerRegistry:
            add(like(e, K::AwsContainerRegistry));
            return;
        case K::AzurePrivateEndpoint:
            note(e.id, "private endpoint into another VNet: EKS has none; peering or a "
                       "transit gateway reaches the cluster's endpoint network instead");
            return;
        default:
            note(e.id, "no AWS counterpart; left out");
            return;
        }
    }

    void aksToEks(const Element& e)
    {
        Element eks = like(e, K::EksCluster);
        const Element* subnet = m_source.element(e.parent);
        if (!subnet || subnet->parent.empty()) {
            note(e.id, "the AKS cluster stands in no subnet of a VNet: left out");
            return;
        }
        eks.parent = subnet->parent; // an EKS cluster stands in its VPC
        eks.properties["region"] = awsRegion(e.stringValue("location"));
        eks.properties["resourcesVpcConfig.subnetIds"] = StringList{subnet->id};
        const std::optional<AccessSettings> mode = AccessMode::detect(e);
        AccessSettings settings;
        switch (mode ? mode->preset : AccessPreset::AksPublic) {
        case AccessPreset::AksPublicAuthorized:
            settings.preset = AccessPreset::EksPublicCidrs;
            break;
        case AccessPreset::AksPrivate:
            settings.preset = AccessPreset::EksPrivate;
            note(e.id, "private cluster: an EKS private endpoint (ENIs in the cluster "
                       "subnets), answered by a Route 53 private hosted zone EKS manages");
            break;
        case AccessPreset::AksVnetPublic:
            settings.preset = AccessPreset::EksPublicPrivate;
            note(e.id, "API Server VNet integration has no EKS counterpart: public and "
                       "private endpoints do the same");
            break;
        case AccessPreset::AksVnetPrivate:
            settings.preset = AccessPreset::EksPrivate;
            note(e.id, "API Server VNet integration has no EKS counterpart: a private "
                       "endpoint does the same");
            break;
        default:
            settings.preset = AccessPreset::EksPublic;
            break;
        }
        eks = AccessMode::apply(eks, settings);
        if (settings.preset == AccessPreset::EksPublicCidrs)
            eks.properties["resourcesVpcConfig.publicAccessCidrs"] =
                e.listValue("apiServerAccessProfile.authorizedIPRanges");
        if (!e.boolValue("apiServerAccessProfile.disableRunCommand"))
            note(e.id, "command invoke has no EKS counterpart: paths through Azure Resource "
                       "Manager are gone");
        StringList entries;
        std::set<std::string> seen;
        for (const std::string& p : e.listValue("rbacPrincipals"))
            if (seen.insert(toIam(p)).second)
                entries.push_back(toIam(p) + " AmazonEKSClusterAdminPolicy");
        for (const std::string& a : e.listValue("roleAssignments")) {
            const std::string p = a.substr(0, a.find(' '));
            if (seen.insert(toIam(p)).second)
                entries.push_back(toIam(p) + " AmazonEKSClusterAdminPolicy");
        }
        if (!entries.empty()) {
            eks.properties["accessEntries"] = entries;
            eks.properties["accessConfig.authenticationMode"] = std::string("API");
            note(e.id, "Microsoft Entra ID principals and their Kubernetes RBAC bindings or "
                       "Azure roles become IAM access entries (AmazonEKSClusterAdminPolicy "
                       "stands in for each binding); the IAM names are stand-ins");
        }
        add(std::move(eks));
    }

    // Parents the other cloud does not allow move up to the nearest allowed container.
    void placeChildren()
    {
        for (const Element& e : std::vector<Element>(m_out.elements())) {
            const auto& allowed = KindRegistry::info(e.kind).allowedParents;
            std::string at = e.parent;
            for (int guard = 0; !at.empty() && guard < 32; ++guard) {
                const Element* p = m_out.element(at);
                if (p && std::find(allowed.begin(), allowed.end(), p->kind) != allowed.end())
                    break;
                const Element* source = m_source.element(at);
                at = source ? source->parent : std::string();
            }
            if (at != e.parent) {
                Element moved = e;
                moved.parent = at;
                m_out.replaceElement(moved);
            }
        }
    }

    // A GatewaySubnet in `vnet`, below what it holds, with `gatewayId` in it: a VPN gateway,
    // or an ExpressRoute gateway when `expressRoute`. False when the VNet has no free /27.
    bool addGatewaySubnet(const Element& vnet, const Element& source, bool expressRoute)
    {
        const std::optional<Cidr> block = ApiServerSubnet::freeBlock(m_out, vnet, 27);
        if (!block)
            return false;
        double bottom = vnet.geometry.y + 40;
        for (const Element* child : m_out.children(vnet.id))
            bottom = std::max(bottom, child->geometry.y + child->geometry.height);
        Element subnet;
        subnet.kind = K::AzureSubnet;
        subnet.id = m_out.uniqueId("GatewaySubnet");
        subnet.name = "GatewaySubnet";
        subnet.parent = vnet.id;
        subnet.properties["addressPrefix"] = block->toString();
        subnet.geometry = {vnet.geometry.x + 16, bottom + 16, 220, 110};
        Element gw = like(source, expressRoute ? K::AzureExpressRouteGateway : K::AzureVpnGateway);
        gw.parent = subnet.id;
        gw.geometry = {subnet.geometry.x + 20, subnet.geometry.y + 36, 180, 56};
        m_out.insertElement(subnet);
        m_out.insertElement(gw);
        return true;
    }

    // Virtual private gateways become a VPN or ExpressRoute gateway in a new GatewaySubnet; a
    // transit gateway that on-premises networks reach the same in its first attached network,
    // which the others then use through gateway transit.
    void addGateways()
    {
        for (const auto& [tgw, networks] : attachedNetworks()) {
            bool vpn = false;
            bool direct = false;
            for (const Link* l : m_source.linksOf(tgw)) {
                vpn |= l->kind == LinkKind::Vpn;
                direct |= l->kind == LinkKind::DirectConnect;
            }
            if (!vpn && !direct)
                continue;
            const Element* hub = networks.empty() ? nullptr : m_out.element(networks.front());
            if (!hub || hub->kind != K::AzureVnet ||
                !addGatewaySubnet(*hub, *m_source.element(tgw), direct && !vpn)) {
                note(tgw, "transit gateway with on-premises links: no network with a free /27 "
                          "for a GatewaySubnet; the links are left out");
                continue;
            }
            const std::string hubId = networks.front(); // `hub` moved with the new elements
            m_transitHub[tgw] = hubId;
            note(tgw, "on-premises links to the transit gateway: a gateway in " + hubId +
                          "'s GatewaySubnet; the other networks peer with " + hubId +
                          " and use it through gateway transit");
        }
        for (const std::string& id : m_gateways) {
            const Element& vgw = *m_source.element(id);
            const Element* vnet = m_out.element(vgw.parent);
            bool vpn = false;
            bool direct = false;
            for (const Link* l : m_source.linksOf(id)) {
                vpn |= l->kind == LinkKind::Vpn;
                direct |= l->kind == LinkKind::DirectConnect;
            }
            const std::optional<Cidr> block =
                vnet ? ApiServerSubnet::freeBlock(m_out, *vnet, 27) : std::nullopt;
            if (!block) {
                note(id, "virtual private gateway: no free /27 in the VNet for a "
                         "GatewaySubnet; left out");
                continue;
            }
            Element subnet;
            subnet.kind = K::AzureSubnet;
            subnet.id = m_out.uniqueId("GatewaySubnet");
            subnet.name = "GatewaySubnet";
            subnet.parent = vnet->id;
            subnet.properties["addressPrefix"] = block->toString();
            subnet.geometry = {vgw.geometry.x - 12, vgw.geometry.y - 36, vgw.geometry.width + 24,
                               vgw.geometry.height + 48};
            Element gw =
                like(vgw, direct && !vpn ? K::AzureExpressRouteGateway : K::AzureVpnGateway);
            gw.parent = subnet.id;
            m_out.insertElement(subnet);
            m_out.insertElement(gw);
            note(id, direct && !vpn ? "Direct Connect through a virtual private gateway: an "
                                      "ExpressRoute gateway in a GatewaySubnet"
                                    : "virtual private gateway: a VPN gateway in a "
                                      "GatewaySubnet of the VNet");
            if (vpn && direct)
                note(id, "Direct Connect beside a VPN: add an ExpressRoute gateway too");
        }
    }

    // References to what was left out, or to an element of the wrong kind now, are dropped;
    // the egress a subnet had is set again in the other cloud's terms.
    void cleanReferences()
    {
        for (const Element& e : std::vector<Element>(m_out.elements())) {
            Element fixed = e;
            for (auto it = fixed.properties.begin(); it != fixed.properties.end();) {
                const PropertySpec* spec = KindRegistry::property(fixed.kind, it->first);
                if (!spec) {
                    it = fixed.properties.erase(it);
                    continue;
                }
                auto fits = [&](const std::string& id) {
                    const Element* target = m_out.element(id);
                    return target && std::find(spec->refKinds.begin(), spec->refKinds.end(),
                                               target->kind) != spec->refKinds.end();
                };
                if (spec->type == PropertyType::Ref) {
                    const auto* id = std::get_if<std::string>(&it->second);
                    if (id && !id->empty() && !fits(*id)) {
                        it = fixed.properties.erase(it);
                        continue;
                    }
                } else if (spec->type == PropertyType::RefList) {
                    if (auto* ids = std::get_if<StringList>(&it->second)) {
                        ids->erase(std::remove_if(ids->begin(), ids->end(),
                                                  [&](const std::string& id) { return !fits(id); }),
                                   ids->end());
                    }
                }
                ++it;
            }
            if (const auto egress = m_egress.find(e.id);
                egress != m_egress.end() && m_out.element(egress->second))
                fixed.properties[m_toAzure ? "egress" : "defaultRoute"] = egress->second;
            if (!(fixed == e))
                m_out.replaceElement(fixed);
        }
    }

    // Azure subnets reach the internet by default (outbound access); an AWS subnet needs a
    // route to an internet gateway, and its instances public addresses, to do the same.
    void addInternetAccess()
    {
        for (const Element& vpc : std::vector<Element>(m_out.elements())) {
            if (vpc.kind != K::AwsVpc || !m_source.element(vpc.id) ||
                m_source.element(vpc.id)->kind != K::AzureVnet)
                continue;
            Element igw;
            igw.kind = K::AwsInternetGateway;
            igw.id = m_out.uniqueId("igw-" + vpc.id);
            igw.name = igw.id;
            igw.parent = vpc.id;
            igw.geometry = {vpc.geometry.x + vpc.geometry.width - 150, vpc.geometry.y + 6, 140, 40};
            m_out.insertElement(igw);
            bool routed = false;
            for (const Element* child : m_out.children(vpc.id)) {
                if (child->kind != K::AwsSubnet || m_egress.count(child->id))
                    continue;
                Element subnet = *child;
                subnet.properties["defaultRoute"] = igw.id;
                subnet.properties["mapPublicIpOnLaunch"] = true;
                m_out.replaceElement(subnet);
                routed = true;
            }
            if (routed)
                note(vpc.id, "Azure's default outbound access: an internet gateway, and public "
                             "addresses on launch in the subnets without a NAT gateway (a NAT "
                             "gateway in a public subnet keeps the nodes private)");
        }
    }

    // An EKS cluster needs subnets in two Availability Zones: the AKS cluster's one subnet gets
    // a twin of its size in the next zone.
    void addSecondZones()
    {
        for (const Element& cluster : std::vector<Element>(m_out.elements())) {
            if (cluster.kind != K::EksCluster || !m_source.element(cluster.id) ||
                m_source.element(cluster.id)->kind != K::AksCluster)
                continue;
            const StringList subnets = cluster.listValue("resourcesVpcConfig.subnetIds");
            const Element* first = subnets.empty() ? nullptr : m_out.element(subnets.front());
            const Element* vpc = first ? m_out.element(first->parent) : nullptr;
            if (!vpc || subnets.size() > 1)
                continue;
            const std::string region = cluster.stringValue("region");
            // Copies: adding elements moves them in memory.
            const Element firstSubnet = *first;
            const Element vpcCopy = *vpc;
            const std::optional<Cidr> own = NetworkFacts::subnetPrefix(firstSubnet);
            const std::optional<Cidr> block =
                ApiServerSubnet::freeBlock(m_out, vpcCopy, own ? own->prefix() : 24);
            if (!block) {
                note(cluster.id, "EKS wants subnets in two Availability Zones and the VPC has "
                                 "no room for a second one");
                continue;
            }
            Element zoned = firstSubnet;
            zoned.properties["availabilityZone"] = region + "a";
            m_out.replaceElement(zoned);
            Element twin = zoned;
            twin.id = m_out.uniqueId(firstSubnet.id + "-b");
            twin.name = twin.id;
            twin.notes.clear();
            twin.properties["cidrBlock"] = block->toString();
            twin.properties["availabilityZone"] = region + "b";
            double bottom = vpcCopy.geometry.y + 40;
            for (const Element* child : m_out.children(vpcCopy.id))
                bottom = std::max(bottom, child->geometry.y + child->geometry.height);
            twin.geometry = {vpcCopy.geometry.x + 16, bottom + 16, 220, 80};
            const std::string twinId = twin.id;
            m_out.insertElement(std::move(twin));
            Element c = cluster;
            c.properties["resourcesVpcConfig.subnetIds"] = StringList{firstSubnet.id, twinId};
            m_out.replaceElement(c);
            note(cluster.id, "EKS wants subnets in two Availability Zones: " + twinId + " (" +
                                 block->toString() + ") joins " + firstSubnet.id);
        }
    }

    // Azure routes peerings and gateways by itself; an AWS route table names them: each subnet
    // routes the VPCs its VPC peers with and the VPC's virtual private gateways.
    void addRoutes()
    {
        std::map<std::string, std::set<std::string>> targets; // VPC -> what its subnets route to
        for (const Link& l : m_out.links())
            if (l.kind == LinkKind::Peering) {
                targets[l.from].insert(l.to);
                targets[l.to].insert(l.from);
            }
        for (const Element& e : m_out.elements())
            if (e.kind == K::AwsVirtualPrivateGateway)
                targets[e.parent].insert(e.id);
        bool any = false;
        for (const auto& [vpc, routes] : targets)
            for (const Element* child : m_out.children(vpc)) {
                if (child->kind != K::AwsSubnet)
                    continue;
                Element subnet = *child;
                subnet.properties["routesTo"] = StringList(routes.begin(), routes.end());
                m_out.replaceElement(subnet);
                any = true;
            }
        if (any)
            note({}, "AWS route tables name what Azure routes by itself: each subnet routes the "
                     "peered VPCs and its VPC's virtual private gateway");
    }

    // An AKS private endpoint admits what reaches it; an EKS cluster's default security group
    // admits only its members, so each private endpoint gets a group allowing TCP 443 from
    // every network of the design.
    void openPrivateEndpoints()
    {
        StringList sources;
        for (const Element& e : m_out.elements())
            for (const Cidr& c : NetworkFacts::addressSpace(e))
                if (c.first().isV4() &&
                    std::find(sources.begin(), sources.end(), c.toString()) == sources.end())
                    sources.push_back(c.toString());
        for (const Element& cluster : std::vector<Element>(m_out.elements())) {
            if (cluster.kind != K::EksCluster || !m_source.element(cluster.id) ||
                m_source.element(cluster.id)->kind != K::AksCluster ||
                !cluster.boolValue("resourcesVpcConfig.endpointPrivateAccess") || sources.empty())
                continue;
            const Element* vpc = m_out.element(cluster.parent);
            if (!vpc)
                continue;
            Element sg;
            sg.kind = K::AwsSecurityGroup;
            sg.id = m_out.uniqueId("sg-" + cluster.id + "-443");
            sg.name = sg.id;
            sg.parent = vpc->id;
            sg.properties["ingress443"] = sources;
            double bottom = vpc->geometry.y + 40;
            for (const Element* child : m_out.children(vpc->id))
                bottom = std::max(bottom, child->geometry.y + child->geometry.height);
            sg.geometry = {vpc->geometry.x + 16, bottom + 16, 180, 56};
            m_out.insertElement(sg);
            Element c = cluster;
            c.properties["resourcesVpcConfig.securityGroupIds"] = StringList{sg.id};
            m_out.replaceElement(c);
            note(cluster.id, "the private endpoint admits TCP 443 from every network of the "
                             "design through " +
                                 sg.id +
                                 " (EKS's default cluster security group "
                                 "admits only its members)");
        }
    }

    // Each transit gateway's attached networks, in the order of the attachments.
    std::map<std::string, std::vector<std::string>> attachedNetworks() const
    {
        std::map<std::string, std::vector<std::string>> out;
        if (m_toAzure)
            for (const Link& l : m_source.links())
                if (l.kind == LinkKind::TgwAttachment)
                    out[l.to].push_back(l.from);
        return out;
    }

    void translateLinks()
    {
        for (const Link& l : m_source.links()) {
            Link link = l;
            if (l.kind == LinkKind::TgwAttachment && m_toAzure)
                continue;
            if (l.kind == LinkKind::Peering && !m_toAzure &&
                l.properties.count("allowGatewayTransit") &&
                l.properties.count("useRemoteGateways"))
                note(l.id, "gateway transit over peering has no AWS counterpart: a peered VPC "
                           "cannot use another VPC's virtual private gateway (a transit gateway "
                           "does that)");
            if (l.kind == LinkKind::DirectConnect && m_toAzure)
                link.kind = LinkKind::ExpressRoute;
            else if (l.kind == LinkKind::ExpressRoute && !m_toAzure)
                link.kind = LinkKind::DirectConnect;
            // A virtual private gateway's replacement keeps its id: its links hold.
            insertLink(std::move(link), l.id);
        }
        for (const auto& [tgw, networks] : attachedNetworks()) {
            const auto hub = m_transitHub.find(tgw);
            for (std::size_t i = 0; i < networks.size(); ++i)
                for (std::size_t j = i + 1; j < networks.size(); ++j) {
                    Link peer;
                    peer.id = m_out.uniqueId("peer-" + networks[i] + "-" + networks[j]);
                    peer.kind = LinkKind::Peering;
                    peer.from = networks[j];
                    peer.to = networks[i];
                    if (hub != m_transitHub.end() && networks[i] == hub->second) {
                        peer.properties["allowGatewayTransit"] = true;
                        peer.properties["useRemoteGateways"] = true;
                    }
                    insertLink(std::move(peer), tgw);
                }
        }
    }

    void insertLink(Link link, const std::string& about)
    {
        if (!m_out.element(link.from) || !m_out.element(link.to)) {
            note(about, "link " + link.id + ": an end has no counterpart; left out");
            return;
        }
        if (LinkRules::check(m_out, link.kind, link.from, link.to).code !=
            LinkProblem::Code::None) {
            note(about, "link " + link.id +
                            ": the other cloud joins these elements "
                            "differently; left out");
            return;
        }
        for (auto it = link.properties.begin(); it != link.properties.end();)
            it = KindRegistry::property(link.kind, it->first) ? std::next(it)
                                                              : link.properties.erase(it);
        link.route.clear();
        m_out.insertLink(std::move(link));
    }

    // Containers grow around what they hold now (a GatewaySubnet, an API server subnet).
    void fitContainers()
    {
        for (const std::string& id : m_aksClusters) {
            const Element* cluster = m_out.element(id);
            if (!cluster)
                continue;
            if (std::optional<Element> subnet = ApiServerSubnet::propose(m_out, *cluster)) {
                Element c = *cluster;
                c.properties["apiServerAccessProfile.subnetId"] = subnet->id;
                for (const Element& grown : ContainerFit::grow(m_out, {*subnet}))
                    m_out.replaceElement(grown);
                m_out.insertElement(*subnet);
                m_out.replaceElement(c);
            }
        }
        std::vector<Element> all(m_out.elements().begin(), m_out.elements().end());
        for (const Element& grown : ContainerFit::grow(m_out, all))
            m_out.replaceElement(grown);
    }

    const Design& m_source;
    bool m_toAzure;
    Design m_out;
    std::vector<Equivalent::Note> m_notes;
    std::set<std::string> m_firstPool;
    std::set<std::string> m_aksClusters;
    std::set<std::string> m_dropLinks;
    std::vector<std::string> m_gateways;
    std::map<std::string, std::string> m_egress;     // subnet -> its NAT gateway
    std::map<std::string, std::string> m_transitHub; // transit gateway -> the VNet with its gateway
};

} // namespace

Equivalent Equivalents::toAks(const Design& design)
{
    return Translation(design, true).run();
}

Equivalent Equivalents::toEks(const Design& design)
{
    return Translation(design, false).run();
}

} // namespace kg
