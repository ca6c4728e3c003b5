#pragma once

#include "import/ImportedConfig.h"
#include "import/JsonFields.h"

#include <nlohmann/json.hpp>
#include <string>

namespace kg {

// Reads `terraform show -json` of a state (values) or a plan (planned_values), every module:
// azurerm_kubernetes_cluster (+ azurerm_kubernetes_cluster_node_pool) and aws_eks_cluster, and
// the networks around them (azurerm_virtual_network, azurerm_subnet, azurerm_private_dns_zone,
// its virtual network links, VNet peerings; aws_vpc, aws_subnet, VPC peerings).
// Terraform's meaning differs from the API's (aks-rules.md 1f, eks-rules.md G): an unset
// private_cluster_public_fqdn_enabled is false (AKS-110), run_command_enabled is the inverse of
// disableRunCommand (AKS-114), api_server_access_profile accepts the azurerm 3.x and 4.x names
// and the top-level api_server_authorized_ip_ranges (AKS-113), an unset public_access_cidrs is
// EKS's 0.0.0.0/0 (EKS-044).
class TerraformShowReader
{
public:
    static void read(const nlohmann::json& document, const std::string& source,
                     ImportedConfig& config, JsonFields& fields);
};

} // namespace kg
