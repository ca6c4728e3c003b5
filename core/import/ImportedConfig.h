#pragma once

#include "text/Sentence.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kg {

// What the importers read from cloud tools' JSON, already normalised to one meaning per field
// (per-source defaults applied, keys and enum casing unified) and ready for DesignAssembler.
// Values the source does not say stay empty; the assembler leaves those properties unset.

// An AKS node pool: its name, mode and the subnet it runs in (a resource id; empty when the
// cluster uses the VNet AKS manages).
struct ImportedNodePool
{
    std::string name;
    std::string mode; // "System" or "User"
    std::string subnetId;
    bool publicIp = false;
    std::string publicIpPrefixId;
};

struct ImportedAks
{
    std::string source; // file the cluster came from, for notes
    std::string resourceId;
    std::string name;
    std::string location;
    std::string dnsPrefix;
    std::string privateFqdn;
    bool privateCluster = false;
    bool publicFqdn = true;
    bool vnetIntegration = false;
    bool disableRunCommand = false;
    std::string privateDnsZone = "System"; // "System", "None" or a zone resource id
    std::string apiServerSubnetId;
    std::vector<std::string> authorizedRanges;
    std::vector<std::string> outboundIpIds; // public IP resource ids (addresses unknown)
    std::string loadBalancerSku;
    std::string outboundType;
    std::string identityType;
    std::vector<ImportedNodePool> pools;
    std::vector<std::string> roleAssignments; // as the design writes them, checked
};

struct ImportedEks
{
    std::string source;
    std::string arn;
    std::string name;
    std::string region;
    bool publicAccess = true;
    bool privateAccess = false;
    std::vector<std::string> publicAccessCidrs;
    std::vector<std::string> subnetIds;
    std::vector<std::string> securityGroupIds;
    std::string clusterSecurityGroupId;
    std::string vpcId;
    std::string authenticationMode;
    std::string ipFamily;
    std::string serviceIpv4Cidr;
    std::vector<std::string> accessEntries; // as the design writes them, checked
};

// Networks known beyond what the clusters name (Terraform state holds the VNets, subnets,
// zones and peerings themselves). Azure networks are keyed by their resource id.
struct ImportedAzureSubnet
{
    std::string id;
    std::string name;
    std::string addressPrefix;
    bool delegatedToAks = false;
};

struct ImportedAzureVnet
{
    std::string id;
    std::string name;
    std::string location;
    std::vector<std::string> addressSpace;
    std::vector<std::string> dnsServers;
    std::vector<ImportedAzureSubnet> subnets;
};

struct ImportedAwsSubnet
{
    std::string id;
    std::string name;
    std::string vpcId;
    std::string cidrBlock;
    std::string availabilityZone;
    bool mapPublicIpOnLaunch = false;
};

struct ImportedAwsVpc
{
    std::string id;
    std::string name;
    std::string region;
    std::vector<std::string> cidrBlocks;
    std::optional<bool> enableDnsSupport;
    std::optional<bool> enableDnsHostnames;
};

struct ImportedZone
{
    std::string id; // resource id
    std::string name;
    std::vector<std::string> linkedVnetIds;
};

struct ImportedConfig
{
    std::vector<ImportedAks> aks;
    std::vector<ImportedEks> eks;
    std::vector<ImportedAzureVnet> vnets;
    std::vector<ImportedAwsVpc> vpcs;
    std::vector<ImportedAwsSubnet> awsSubnets;
    std::vector<ImportedZone> zones;
    std::vector<std::pair<std::string, std::string>> vnetPeerings; // resource ids
    std::vector<std::pair<std::string, std::string>> vpcPeerings;  // VPC ids
    // Sentences for the person importing: what each source left unsaid and what was assumed.
    std::vector<Sentence> notes;
};

} // namespace kg
