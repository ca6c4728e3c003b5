#pragma once

#include "model/Cidr.h"
#include "model/Design.h"

#include <optional>

namespace kg {

// API Server VNet integration projects the API server into a subnet of the cluster's VNet
// that is delegated to AKS (AKS-080, AKS-081), at least a /28 (AKS-082) and holds nothing else
// (AKS-083). The access-mode presets finish the job they start: switching a cluster to VNet
// integration without such a subnet creates one.
class ApiServerSubnet
{
public:
    static constexpr int kPrefixLength = 28;
    static constexpr const char* kDelegation = "Microsoft.ContainerService/managedClusters";

    // The subnet to create for `cluster` (its settings as they will be): when it uses VNet
    // integration and its subnetId names no Azure subnet of its VNet. The subnet sits in that
    // VNet, below what the VNet holds, with the first free /28 of the VNet's address space and
    // the delegation; nullopt when nothing is needed, or the cluster has no VNet or the VNet
    // no free /28 (the rules then say what is missing).
    static std::optional<Element> propose(const Design& design, const Element& cluster);
    // The first block of `prefixLength` in the IPv4 address space of `vnet` (a VNet or a VPC)
    // that overlaps none of the subnets it holds (also used for a GatewaySubnet and a second
    // EKS subnet); nullopt when none is free.
    static std::optional<Cidr> freeBlock(const Design& design, const Element& vnet,
                                         int prefixLength);
};

} // namespace kg
