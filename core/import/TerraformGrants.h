#pragma once

#include "import/ImportedConfig.h"
#include "import/JsonFields.h"
#include "import/TerraformResource.h"

#include <vector>

namespace kg {

// Who may do what on the imported clusters, from the same Terraform output:
// azurerm_role_assignment at the cluster's scope or above it (its resource group, its
// subscription) becomes a role assignment of the AKS cluster, by built-in role name or id, or
// as the actions of an azurerm_role_definition in the output; aws_eks_access_entry with its
// aws_eks_access_policy_association resources becomes an access entry of the EKS cluster.
// What cannot be told (a custom role defined elsewhere) is left out with a note.
class TerraformGrants
{
public:
    static void read(const std::vector<TerraformResource>& resources, ImportedConfig& config,
                     JsonFields& fields);
};

} // namespace kg
