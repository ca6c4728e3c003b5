#include "model/AzureRoles.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace kg {

namespace {

// The definitions as Azure publishes them (built-in roles: General and Containers). Data
// table: keep each role's lists exactly as its definition reads.
constexpr std::array<std::string_view, 1> kAll = {"*"};
constexpr std::array<std::string_view, 1> kRead = {"*/read"};
constexpr std::array<std::string_view, 8> kContributorNot = {
    "Microsoft.Authorization/*/Delete",
    "Microsoft.Authorization/*/Write",
    "Microsoft.Authorization/elevateAccess/Action",
    "Microsoft.Blueprint/blueprintAssignments/write",
    "Microsoft.Blueprint/blueprintAssignments/delete",
    "Microsoft.Compute/galleries/share/action",
    "Microsoft.Purview/consents/write",
    "Microsoft.Purview/consents/delete"};
constexpr std::array<std::string_view, 4> kClusterAdmin = {
    "Microsoft.ContainerService/managedClusters/listClusterAdminCredential/action",
    "Microsoft.ContainerService/managedClusters/accessProfiles/listCredential/action",
    "Microsoft.ContainerService/managedClusters/read",
    "Microsoft.ContainerService/managedClusters/runcommand/action"};
constexpr std::array<std::string_view, 2> kClusterUser = {
    "Microsoft.ContainerService/managedClusters/listClusterUserCredential/action",
    "Microsoft.ContainerService/managedClusters/read"};
constexpr std::array<std::string_view, 2> kMonitoringUser = {
    "Microsoft.ContainerService/managedClusters/listClusterMonitoringUserCredential/action",
    "Microsoft.ContainerService/managedClusters/read"};
constexpr std::array<std::string_view, 3> kAksContributor = {
    "Microsoft.ContainerService/managedClusters/read",
    "Microsoft.ContainerService/managedClusters/write", "Microsoft.Resources/deployments/*"};
// The Azure RBAC for Kubernetes roles share their management actions; they differ in data
// actions, summarised in kubernetesAccess.
constexpr std::array<std::string_view, 5> kRbacWithCredential = {
    "Microsoft.Authorization/*/read", "Microsoft.Resources/subscriptions/operationresults/read",
    "Microsoft.Resources/subscriptions/read",
    "Microsoft.Resources/subscriptions/resourceGroups/read",
    "Microsoft.ContainerService/managedClusters/listClusterUserCredential/action"};
constexpr std::array<std::string_view, 4> kRbacReadOnly = {
    "Microsoft.Authorization/*/read", "Microsoft.Resources/subscriptions/operationresults/read",
    "Microsoft.Resources/subscriptions/read",
    "Microsoft.Resources/subscriptions/resourceGroups/read"};

constexpr std::span<const std::string_view> kNone{};

const std::array<AzureRole, 11> kRoles = {{
    {"Owner", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", kAll, kNone, {}},
    {"Contributor", "b24988ac-6180-42a0-ab88-20f7382dd24c", kAll, kContributorNot, {}},
    {"Reader", "acdd72a7-3385-48ef-bd42-f606fba81ae7", kRead, kNone, {}},
    {"Azure Kubernetes Service Cluster Admin Role",
     "0ab0b1a8-8aac-4efd-b8c2-3ee1fb270be8",
     kClusterAdmin,
     kNone,
     {}},
    {"Azure Kubernetes Service Cluster User Role",
     "4abbcc35-e782-43d8-92c5-2d3f1bd2253f",
     kClusterUser,
     kNone,
     {}},
    {"Azure Kubernetes Service Cluster Monitoring User",
     "1afdec4b-e479-420e-99e7-f82237c7c5e6",
     kMonitoringUser,
     kNone,
     {}},
    {"Azure Kubernetes Service Contributor Role",
     "ed7f3fbd-7b88-4dd4-9017-9adb7ce333f8",
     kAksContributor,
     kNone,
     {}},
    {"Azure Kubernetes Service RBAC Reader", "7f6c6a51-bcf8-42ba-9220-52d62157d7db", kRbacReadOnly,
     kNone, "read-only"},
    {"Azure Kubernetes Service RBAC Writer", "a7ffa36f-339b-4b5c-8bdf-e2c188b2c0eb", kRbacReadOnly,
     kNone, "read and write"},
    {"Azure Kubernetes Service RBAC Admin", "3498e952-d568-435e-9b2c-8d77e338d7f7",
     kRbacWithCredential, kNone, "admin"},
    {"Azure Kubernetes Service RBAC Cluster Admin", "b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b",
     kRbacWithCredential, kNone, "cluster admin"},
}};

char lower(char c)
{
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool equalFolded(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lower(x) == lower(y); });
}

} // namespace

bool actionMatches(std::string_view pattern, std::string_view action)
{
    // Iterative wildcard match: remember the last '*' and how much of the action it took.
    std::size_t p = 0, a = 0, star = std::string_view::npos, taken = 0;
    while (a < action.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            taken = a;
        } else if (p < pattern.size() && lower(pattern[p]) == lower(action[a])) {
            ++p;
            ++a;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            a = ++taken;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

bool AzureRole::grants(std::string_view action) const
{
    auto covers = [&](std::string_view pattern) { return actionMatches(pattern, action); };
    return std::any_of(actions.begin(), actions.end(), covers) &&
           std::none_of(notActions.begin(), notActions.end(), covers);
}

const AzureRole* AzureRoles::find(std::string_view nameOrId)
{
    for (const AzureRole& role : kRoles)
        if (equalFolded(role.name, nameOrId) || equalFolded(role.id, nameOrId))
            return &role;
    return nullptr;
}

std::span<const AzureRole> AzureRoles::all()
{
    return kRoles;
}

} // namespace kg
