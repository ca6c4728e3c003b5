#pragma once

#include "model/Design.h"

#include <optional>
#include <string>
#include <string_view>

namespace kg {

// Snippets that set each cluster's API server access as the design has it, for the tool a
// team already uses: Azure CLI and AWS CLI commands (a shell script), Bicep
// (apiServerAccessProfile), Terraform (azurerm_kubernetes_cluster and aws_eks_cluster
// vpc_config) and eksctl (ClusterConfig vpc.clusterEndpoints). Only the access settings are
// written: the rest of each resource is the team's. Element ids (restricted to
// [A-Za-z0-9._:-]) name things in code; names the person typed appear only in comments, on one
// line.
class IacWriter
{
public:
    enum class Format { AzureCli, Bicep, Terraform, Eksctl };

    // From a file extension (".sh", ".bicep", ".tf", ".yaml"/".yml") or a --format value
    // ("azcli", "bicep", "terraform", "eksctl").
    static std::optional<Format> formatForPath(std::string_view path);
    static std::optional<Format> formatForName(std::string_view name);

    // The snippet; empty when the design has no cluster the format covers (Bicep: AKS only;
    // eksctl: EKS only).
    static std::string write(const Design& design, Format format);
};

} // namespace kg
