#pragma once

// Internal to the IaC writers: one function per output format, and what they share. Every
// value goes through iac/IacQuoting.h; identifiers go through Identifiers.

#include "model/Design.h"

#include <set>
#include <string>

namespace kg::iac {

// The access-settings keys the writers read.
inline constexpr const char* kPrivate = "apiServerAccessProfile.enablePrivateCluster";
inline constexpr const char* kZone = "apiServerAccessProfile.privateDNSZone";
inline constexpr const char* kFqdn = "apiServerAccessProfile.enablePrivateClusterPublicFQDN";
inline constexpr const char* kRanges = "apiServerAccessProfile.authorizedIPRanges";
inline constexpr const char* kVnet = "apiServerAccessProfile.enableVnetIntegration";
inline constexpr const char* kSubnet = "apiServerAccessProfile.subnetId";
inline constexpr const char* kNoRun = "apiServerAccessProfile.disableRunCommand";
inline constexpr const char* kPublic = "resourcesVpcConfig.endpointPublicAccess";
inline constexpr const char* kPrivateEks = "resourcesVpcConfig.endpointPrivateAccess";
inline constexpr const char* kCidrs = "resourcesVpcConfig.publicAccessCidrs";
inline constexpr const char* kSubnets = "resourcesVpcConfig.subnetIds";

// The Bicep resource type and API version: the first stable version of managedClusters whose
// apiServerAccessProfile has enableVnetIntegration and subnetId.
inline constexpr const char* kBicepApiType =
    "Microsoft.ContainerService/managedClusters@2025-03-01";

// Symbolic names for Terraform and Bicep: letters, digits and underscores, not starting with a
// digit, and unique within one output (ids that differ only in '-' and '.' get a suffix).
class Identifiers
{
public:
    std::string unique(const std::string& id);
    static std::string of(const std::string& id);

private:
    std::set<std::string> m_used;
};

// What the writers need to know of an AKS cluster's surroundings, found once.
struct AksPlace
{
    std::string nodeSubnet; // the subnet element the cluster sits in ("" when unplaced)
    std::string nodeVnet;   // that subnet's VNet element
    std::string apiSubnet;  // the delegated API server subnet (VNet integration)
    std::string apiVnet;    // its VNet
    std::string zoneName;   // an own private DNS zone's name ("" for System and None)
    std::string zoneId;     // that zone's element id
};
AksPlace aksPlace(const Design& design, const Element& cluster);

// The Azure location or AWS Region of a cluster.
const std::string& regionOf(const Element& cluster);

void writeShell(const Design& design, std::string& out);
void writeBicep(const Design& design, std::string& out);
void writeTerraform(const Design& design, std::string& out);
void writeEksctl(const Design& design, std::string& out);

} // namespace kg::iac
