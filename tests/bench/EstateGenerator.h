#pragma once

#include "model/Design.h"

#include <cstddef>

namespace kg::bench {

// Generates a design shaped like a real hub-and-spoke estate with about `elements` elements:
// an Azure hub (gateway, bastion, jumpboxes, DNS resolver, self-hosted agents) with an
// on-premises network behind a VPN; Azure spokes each with an AKS cluster (private clusters
// with their zone linked to hub and spoke, public ones with authorized ranges), node pools,
// NSGs and private endpoints; AWS spokes attached to a transit gateway, each with an EKS
// cluster, subnets, NAT and internet gateways, security groups and a node group; laptops and
// CI runners on the internet. Deterministic: the same size gives the same design.
Design generateEstate(std::size_t elements);

} // namespace kg::bench
