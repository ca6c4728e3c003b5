#pragma once

#include "import/ImportedConfig.h"
#include "model/Design.h"

namespace kg {

// Turns what the importers read into a design: each AKS cluster in the subnet of its system
// node pool, with its VNet and subnets from the resource ids (shared when clusters share them),
// node pools, the API server subnet delegated for VNet integration, the private DNS zone
// (System: the zone AKS creates, linked to the cluster VNet; a zone id: that zone); each EKS
// cluster in its VPC with its subnets and security groups; the networks, zones, zone links and
// peerings Terraform knows; everything laid out by ImportLayout. Settings that break rules are
// kept as they are: the analysis reports them.
class DesignAssembler
{
public:
    // Appends to `notes` what the design could not say (outbound addresses known only by id,
    // a VNet AKS manages, subnets without address blocks). The elements' notes ("Imported
    // from ...") are written in `language`.
    static Design assemble(const ImportedConfig& config, std::vector<Sentence>& notes,
                           Language language = Language::English);
};

} // namespace kg
