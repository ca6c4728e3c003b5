#pragma once

#include <span>
#include <string_view>

namespace kg {

// An Azure built-in role as its definition reads (az role definition list): the management
// actions it grants and those it takes back, and, for the Azure RBAC for Kubernetes roles,
// what its data actions allow inside the cluster. Only the roles a design of AKS access
// names are listed; any other role is written as its actions (see RoleAssignment).
struct AzureRole
{
    std::string_view name; // "Azure Kubernetes Service Cluster Admin Role"
    std::string_view id;   // the role definition's GUID
    std::span<const std::string_view> actions;
    std::span<const std::string_view> notActions;
    // Empty for roles without Kubernetes data actions; otherwise what they allow, in words
    // ("read-only", "read and write", "admin", "cluster admin").
    std::string_view kubernetesAccess;

    // Whether the role grants the management action `action` (actions minus notActions).
    bool grants(std::string_view action) const;
};

class AzureRoles
{
public:
    // The built-in role named `nameOrId` (its name, case-insensitive, or its GUID); null when
    // Kubegate does not know it.
    static const AzureRole* find(std::string_view nameOrId);
    static std::span<const AzureRole> all();
};

// Whether the action pattern `pattern` of a role definition covers `action`: Azure compares
// case-insensitively and lets '*' stand for any run of characters ("*/read",
// "Microsoft.ContainerService/*").
bool actionMatches(std::string_view pattern, std::string_view action);

// The two actions `az aks command invoke` and the portal's Run command need (AKS-061).
inline constexpr std::string_view kRunCommandAction =
    "Microsoft.ContainerService/managedClusters/runcommand/action";
inline constexpr std::string_view kCommandResultsAction =
    "Microsoft.ContainerService/managedClusters/commandResults/read";

} // namespace kg
