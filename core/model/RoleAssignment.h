#pragma once

#include "model/AzureRoles.h"
#include "text/Sentence.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// One Azure role assignment on an AKS cluster, as a design writes it (roleAssignments): the
// principal, then either a built-in role by name or GUID
//   "alice@contoso.com Azure Kubernetes Service Cluster Admin Role"
// or a custom role as the actions it grants, separated by spaces
//   "ci-bot Microsoft.ContainerService/managedClusters/runcommand/action ...".
struct RoleAssignment
{
    std::string principal;
    const AzureRole* role = nullptr;  // a built-in role; null for a custom one
    std::vector<std::string> actions; // a custom role's actions

    // Null when `text` is not a role assignment; problem() says why.
    static std::optional<RoleAssignment> parse(std::string_view text);
    // Why `text` is not a role assignment, ending without a full stop; empty when it is.
    static Sentence problem(std::string_view text);

    bool grants(std::string_view action) const;
    // What the assignment allows inside the cluster through Azure RBAC for Kubernetes
    // ("read-only" ... "cluster admin"); empty when nothing.
    std::string_view kubernetesAccess() const;
    // The role's name, or "a custom role" for actions.
    std::string roleLabel() const;
};

} // namespace kg
