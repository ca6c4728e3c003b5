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

void EquivalentTranslation::toAzure(const Element& e)
{
    switch (e.kind) {
    case K::AwsVpc: {
        Element v = like(e, K::AzureVnet);
        v.properties["addressSpace"] = e.listValue("cidrBlocks");
        v.properties["location"] = CloudNames::azureLocation(e.stringValue("region"));
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
            z.properties["zoneName"] = "privatelink." +
                                       CloudNames::azureLocation(managed->stringValue("region")) +
                                       ".azmk8s.io";
            z.properties["managedBy"] = managed->id;
            note(e.id, Sentence("equivalent.azure.eks-zone"));
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
        note(e.id, Sentence("equivalent.azure.bastion"));
        add(std::move(j));
        return;
    }
    case K::Cloud9Ide: {
        Element c = like(e, K::CloudShell);
        carry(e, c, {"egressIPs", "principal"});
        note(e.id, Sentence("equivalent.azure.cloud9"));
        add(std::move(c));
        return;
    }
    case K::AwsInternetGateway:
        note(e.id, Sentence("equivalent.azure.igw"));
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
        note(e.id, Sentence("equivalent.azure.tgw"));
        return;
    case K::AwsSecurityGroup: {
        Element nsg = like(e, K::AzureNsg);
        StringList cidrs;
        for (const std::string& s : e.listValue("ingress443"))
            if (!m_source.element(s))
                cidrs.push_back(s);
        if (!cidrs.empty())
            nsg.properties["allow443From"] = cidrs;
        note(e.id, Sentence("equivalent.azure.security-group"));
        add(std::move(nsg));
        return;
    }
    case K::AwsContainerRegistry:
        add(like(e, K::AzureContainerRegistry));
        return;
    default:
        note(e.id, Sentence("equivalent.azure.none"));
        return;
    }
}

void EquivalentTranslation::eksToAks(const Element& e)
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
        note(e.id, Sentence("equivalent.azure.eks-no-subnet"));
        return;
    }
    aks.properties["location"] = CloudNames::azureLocation(e.stringValue("region"));
    aks.properties["identityType"] = std::string("UserAssigned");
    // EKS has no command invoke: turned off, so the paths stay the same.
    aks.properties["apiServerAccessProfile.disableRunCommand"] = true;
    note(e.id, Sentence("equivalent.azure.command-invoke"));
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
        note(e.id, Sentence("equivalent.azure.public-private"));
        break;
    default:
        settings.preset = AccessPreset::AksPrivate;
        settings.privateDnsZone = "System";
        // EKS answers the endpoint's public name with the private addresses; the AKS
        // public FQDN of a private cluster does the same.
        settings.publicFqdn = true;
        note(e.id, Sentence("equivalent.azure.private"));
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
                                                   CloudNames::toEntra(arn)) == principals.end())
                principals.push_back(CloudNames::toEntra(arn));
        }
    if (!principals.empty()) {
        aks.properties["rbacPrincipals"] = principals;
        note(e.id, Sentence("equivalent.azure.principals"));
    }
    m_aksClusters.insert(e.id);
    add(std::move(aks));
}

} // namespace kg
