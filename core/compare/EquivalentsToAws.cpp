#include "compare/CloudNames.h"
#include "compare/EquivalentTranslation.h"
#include "model/AccessMode.h"
#include "model/ApiServerSubnet.h"
#include "model/ContainerFit.h"
#include "model/DesignChecker.h"
#include "model/LinkRules.h"
#include "model/NetworkFacts.h"

#include <algorithm>

namespace kg {

using K = ElementKind;

void EquivalentTranslation::toAws(const Element& e)
{
    switch (e.kind) {
    case K::AzureVnet: {
        Element v = like(e, K::AwsVpc);
        v.properties["cidrBlocks"] = e.listValue("addressSpace");
        v.properties["region"] = CloudNames::awsRegion(e.stringValue("location"));
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
            note(e.id, Sentence("equivalent.aws.aks-zone"));
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
        note(e.id, Sentence("equivalent.aws.bastion"));
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
            note(e.id, Sentence("equivalent.aws.nat-no-subnet"));
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
        note(e.id, Sentence("equivalent.aws.nsg"));
        add(std::move(sg));
        return;
    }
    case K::AzureContainerRegistry:
        add(like(e, K::AwsContainerRegistry));
        return;
    case K::AzurePrivateEndpoint:
        note(e.id, Sentence("equivalent.aws.private-endpoint-elsewhere"));
        return;
    default:
        note(e.id, Sentence("equivalent.aws.none"));
        return;
    }
}

void EquivalentTranslation::aksToEks(const Element& e)
{
    Element eks = like(e, K::EksCluster);
    const Element* subnet = m_source.element(e.parent);
    if (!subnet || subnet->parent.empty()) {
        note(e.id, Sentence("equivalent.aws.aks-no-subnet"));
        return;
    }
    eks.parent = subnet->parent; // an EKS cluster stands in its VPC
    eks.properties["region"] = CloudNames::awsRegion(e.stringValue("location"));
    eks.properties["resourcesVpcConfig.subnetIds"] = StringList{subnet->id};
    const std::optional<AccessSettings> mode = AccessMode::detect(e);
    AccessSettings settings;
    switch (mode ? mode->preset : AccessPreset::AksPublic) {
    case AccessPreset::AksPublicAuthorized:
        settings.preset = AccessPreset::EksPublicCidrs;
        break;
    case AccessPreset::AksPrivate:
        settings.preset = AccessPreset::EksPrivate;
        note(e.id, Sentence("equivalent.aws.private-cluster"));
        break;
    case AccessPreset::AksVnetPublic:
        settings.preset = AccessPreset::EksPublicPrivate;
        note(e.id, Sentence("equivalent.aws.vnet-public"));
        break;
    case AccessPreset::AksVnetPrivate:
        settings.preset = AccessPreset::EksPrivate;
        note(e.id, Sentence("equivalent.aws.vnet-private"));
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
        note(e.id, Sentence("equivalent.aws.command-invoke"));
    StringList entries;
    std::set<std::string> seen;
    for (const std::string& p : e.listValue("rbacPrincipals"))
        if (seen.insert(CloudNames::toIam(p)).second)
            entries.push_back(CloudNames::toIam(p) + " AmazonEKSClusterAdminPolicy");
    for (const std::string& a : e.listValue("roleAssignments")) {
        const std::string p = a.substr(0, a.find(' '));
        if (seen.insert(CloudNames::toIam(p)).second)
            entries.push_back(CloudNames::toIam(p) + " AmazonEKSClusterAdminPolicy");
    }
    if (!entries.empty()) {
        eks.properties["accessEntries"] = entries;
        eks.properties["accessConfig.authenticationMode"] = std::string("API");
        note(e.id, Sentence("equivalent.aws.principals"));
    }
    add(std::move(eks));
}

void EquivalentTranslation::addInternetAccess()
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
            note(vpc.id, Sentence("equivalent.aws.default-outbound"));
    }
}

void EquivalentTranslation::addSecondZones()
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
            note(cluster.id, Sentence("equivalent.aws.no-second-zone"));
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
        const double bottom = ContainerFit::contentBottom(m_out, vpcCopy);
        twin.geometry = {vpcCopy.geometry.x + 16, bottom + 16, 220, 80};
        const std::string twinId = twin.id;
        m_out.insertElement(std::move(twin));
        Element c = cluster;
        c.properties["resourcesVpcConfig.subnetIds"] = StringList{firstSubnet.id, twinId};
        m_out.replaceElement(c);
        note(cluster.id, Sentence("equivalent.aws.second-zone", {{"twin", twinId},
                                                                 {"block", block->toString()},
                                                                 {"subnet", firstSubnet.id}}));
    }
}

void EquivalentTranslation::addRoutes()
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
        note({}, Sentence("equivalent.aws.routes"));
}

void EquivalentTranslation::openPrivateEndpoints()
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
        const double bottom = ContainerFit::contentBottom(m_out, *vpc);
        sg.geometry = {vpc->geometry.x + 16, bottom + 16, 180, 56};
        m_out.insertElement(sg);
        Element c = cluster;
        c.properties["resourcesVpcConfig.securityGroupIds"] = StringList{sg.id};
        m_out.replaceElement(c);
        note(cluster.id, Sentence("equivalent.aws.endpoint-admits", {{"group", sg.id}}));
    }
}

} // namespace kg
