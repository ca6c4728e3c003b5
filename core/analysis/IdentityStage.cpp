#include "analysis/IdentityStage.h"

#include "model/KindRegistry.h"

#include <algorithm>
#include <utility>

namespace kg {

namespace {

const std::string& principalOf(const StageInput& in)
{
    return in.client.principal;
}

// The first of `principal`'s role assignments on the cluster that grants `action`.
const RoleAssignment* grantOf(const ClusterFacts& f, const std::string& principal,
                              std::string_view action)
{
    for (const RoleAssignment& a : f.roleAssignments)
        if (a.principal == principal && a.grants(action))
            return &a;
    return nullptr;
}

// Whether the cluster says who has Kubernetes access: role bindings (rbacPrincipals) or an
// assignment of an Azure RBAC for Kubernetes role.
bool describesKubernetesAccess(const ClusterFacts& f)
{
    return !f.rbacPrincipals.empty() ||
           std::any_of(f.roleAssignments.begin(), f.roleAssignments.end(),
                       [](const RoleAssignment& a) { return !a.kubernetesAccess().empty(); });
}

// How `principal` has Kubernetes access on an AKS cluster, in words; empty when it has none.
std::string kubernetesAccessOf(const ClusterFacts& f, const std::string& principal)
{
    if (std::find(f.rbacPrincipals.begin(), f.rbacPrincipals.end(), principal) !=
        f.rbacPrincipals.end())
        return "a Kubernetes role binding";
    for (const RoleAssignment& a : f.roleAssignments)
        if (a.principal == principal && !a.kubernetesAccess().empty())
            return a.roleLabel() + " (" + std::string(a.kubernetesAccess()) + ")";
    return {};
}

// The roles `principal` holds on the cluster, for a text that says why they are not enough.
std::string rolesOf(const ClusterFacts& f, const std::string& principal)
{
    std::string out;
    for (const RoleAssignment& a : f.roleAssignments)
        if (a.principal == principal)
            out += (out.empty() ? "" : ", ") + a.roleLabel();
    return out;
}

bool runCommand(const StageInput& in, PathRecorder& r, const std::string& principal)
{
    const Element& c = in.cluster;
    const ClusterFacts& f = in.facts;
    if (principal.empty() || f.roleAssignments.empty()) {
        r.assume(Stage::Identity, "AKS-061", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"principal", principal.empty() ? "not set" : principal}};
            s.text = principal.empty()
                         ? "assumed: no principal is set on " + clientName(in.client) +
                               ", so its runcommand/action and commandResults/read permissions "
                               "are not checked"
                         : "assumed: " + c.label() +
                               " lists no role assignments, so the permissions of " + principal +
                               " are not checked";
        });
        return true;
    }
    const RoleAssignment* start = grantOf(f, principal, kRunCommandAction);
    const RoleAssignment* read = grantOf(f, principal, kCommandResultsAction);
    if (!start || !read) {
        const std::string held = rolesOf(f, principal);
        return r.block(
            Stage::Identity, "AKS-061",
            [&](PathStep& s) {
                s.elements = {in.client.id, c.id};
                s.params = {{"principal", principal},
                            {"canStart", start ? "yes" : "no"},
                            {"canRead", read ? "yes" : "no"}};
                if (start)
                    s.text = principal + " can start a command on " + c.label() +
                             " (runcommand/action, from " + start->roleLabel() +
                             ") but cannot read its result: commandResults/read is missing";
                else if (read)
                    s.text = principal + " can read command results on " + c.label() +
                             " (commandResults/read, from " + read->roleLabel() +
                             ") but cannot start a command: runcommand/action is missing";
                else
                    s.text = principal + " can neither start a command on " + c.label() +
                             " nor read its result: " +
                             (held.empty() ? "it holds no role there"
                                           : "its roles (" + held +
                                                 ") carry neither "
                                                 "runcommand/action nor commandResults/read");
            },
            [&](Fix& fix) {
                std::string missing;
                if (!start)
                    missing += std::string(kRunCommandAction);
                if (!read)
                    missing +=
                        (missing.empty() ? "" : " and ") + std::string(kCommandResultsAction);
                fix.say("fix.assign-arm-role",
                        {{"principal", principal}, {"missing", missing}, {"cluster", c.label()}});
                fix.params = {{"principal", principal}, {"cluster", c.id}, {"missing", missing}};
            });
    }
    // The command pod runs with the caller's token (AKS-063): it needs Kubernetes access too.
    if (describesKubernetesAccess(f) && kubernetesAccessOf(f, principal).empty()) {
        return r.block(
            Stage::Identity, "AKS-063",
            [&](PathStep& s) {
                s.elements = {in.client.id, c.id};
                s.params = {{"principal", principal}};
                s.text = "the command pod runs with " + principal +
                         "'s token, which has no Kubernetes role: Forbidden";
            },
            [&](Fix& fix) {
                fix.say("fix.grant-kubernetes-role",
                        {{"principal", principal}, {"cluster", c.label()}});
                fix.params = {{"principal", principal}, {"cluster", c.id}};
            });
    }
    r.pass(Stage::Identity, "AKS-061", [&](PathStep& s) {
        s.elements = {c.id};
        s.params = {{"principal", principal}};
        s.text = start == read ? principal + " holds runcommand/action and commandResults/read (" +
                                     start->roleLabel() + ")"
                               : principal + " holds runcommand/action (" + start->roleLabel() +
                                     ") and commandResults/read (" + read->roleLabel() + ")";
    });
    return true;
}

bool aksKubernetes(const StageInput& in, PathRecorder& r, const std::string& principal)
{
    const Element& c = in.cluster;
    const ClusterFacts& f = in.facts;
    if (!describesKubernetesAccess(f)) {
        r.assume(Stage::Identity, "KG-016", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"principal", principal}};
            s.text = "assumed: " + c.label() +
                     " lists no RBAC principals or Azure RBAC for Kubernetes roles, so " +
                     principal + " is not checked";
        });
        return true;
    }
    if (const std::string how = kubernetesAccessOf(f, principal); !how.empty()) {
        r.pass(Stage::Identity, "KG-016", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"principal", principal}};
            s.text = principal + " has Kubernetes access on " + c.label() + " through " + how;
        });
        return true;
    }
    const std::string held = rolesOf(f, principal);
    return r.block(
        Stage::Identity, "KG-016",
        [&](PathStep& s) {
            s.elements = {in.client.id, c.id};
            s.params = {{"principal", principal}};
            s.text = principal + " is not mapped on " + c.label() + " (no Kubernetes role" +
                     (held.empty() ? std::string(")")
                                   : "; " + held + " carries no Kubernetes data actions)");
        },
        [&](Fix& fix) {
            fix.say("fix.grant-kubernetes-role",
                    {{"principal", principal}, {"cluster", c.label()}});
            fix.params = {{"principal", principal}, {"cluster", c.id}};
        });
}

const EksMapping* findMapping(const std::vector<EksMapping>& list, const std::string& principal,
                              EksMapping::Match match)
{
    for (const EksMapping& m : list)
        if (m.matches(principal) == match)
            return &m;
    return nullptr;
}

bool eksKubernetes(const StageInput& in, PathRecorder& r, const std::string& principal)
{
    const Element& c = in.cluster;
    const ClusterFacts& f = in.facts;
    using Match = EksMapping::Match;
    const EksMapping* entry = findMapping(f.accessEntries, principal, Match::Yes);
    const EksMapping* mapped = findMapping(f.awsAuth, principal, Match::Yes);
    const EksMapping* used = f.eksReadsAccessEntries && entry ? entry
                             : f.eksReadsAwsAuth && mapped    ? mapped
                                                              : nullptr;
    if (used) {
        const bool isEntry = used->source == EksMapping::Source::AccessEntry;
        auto describe = [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"principal", principal}};
            const std::string where = isEntry ? " has an access entry on " + c.label()
                                              : " is in the aws-auth ConfigMap of " + c.label();
            s.text = used->describesPermissions()
                         ? principal + where + " (" + used->grantsText() + ")"
                         : "assumed: " + principal + where +
                               ", but its access policies and Kubernetes groups are not described";
        };
        if (used->describesPermissions())
            r.pass(Stage::Identity, "EKS-040", describe);
        else
            r.assume(Stage::Identity, "EKS-040", describe);
        return true;
    }
    const std::string& mode = f.eksAuthMode;
    const EksMapping* withPath = findMapping(f.awsAuth, principal, Match::PathInAwsAuth);
    // What blocks and the smallest fix, in words: built only when the path is explained (the
    // full analysis blocks tens of thousands of paths here).
    using Args = std::vector<std::pair<std::string, std::string>>;
    const Args who = {{"principal", principal}, {"cluster", c.label()}};
    auto texts = [&]() -> std::pair<std::string, Sentence> {
        if (entry)
            return {principal + " has an access entry on " + c.label() +
                        ", but its authentication mode " + mode +
                        " reads only the aws-auth ConfigMap",
                    {"fix.eks-read-access-entries", {{"cluster", c.label()}}}};
        if (mapped)
            return {principal + " is mapped only in the aws-auth ConfigMap of " + c.label() +
                        ", which its authentication mode " + mode + " does not read",
                    {"fix.eks-add-access-entry", who}};
        if (withPath && f.eksReadsAwsAuth)
            return {"the aws-auth ConfigMap of " + c.label() + " names " + withPath->principal +
                        " with its path, and aws-auth compares role ARNs without one: " +
                        principal + " is not mapped",
                    {"fix.eks-aws-auth-role-without-path",
                     {{"cluster", c.label()}, {"role", withPath->withoutPath()}}}};
        return {principal + " is not mapped on " + c.label() +
                    (f.eksReadsAccessEntries && f.eksReadsAwsAuth
                         ? " (no access entry or aws-auth entry)"
                     : f.eksReadsAwsAuth ? " (no aws-auth entry)"
                                         : " (no access entry)"),
                {f.eksReadsAccessEntries ? "fix.eks-add-access-entry" : "fix.eks-map-in-aws-auth",
                 who}};
    };
    return r.block(
        Stage::Identity, "EKS-040",
        [&](PathStep& s) {
            s.elements = {in.client.id, c.id};
            s.params = {{"principal", principal}, {"mode", mode}};
            s.text = texts().first;
        },
        [&](Fix& fx) {
            Sentence said = texts().second;
            fx.say(std::move(said.id), std::move(said.args));
            fx.params = {{"principal", principal}, {"cluster", c.id}};
        });
}

} // namespace

bool IdentityStage::run(const StageInput& in, PathRecorder& r)
{
    const Element& c = in.cluster;
    if (in.isNodes()) {
        r.pass(Stage::Identity, in.aks() ? "KG-016" : "EKS-040", [&](PathStep& s) {
            s.elements = {c.id};
            s.text = "nodes authenticate with the cluster's own identity";
        });
        return true;
    }
    const std::string& principal = principalOf(in);
    if (in.endpoint == EndpointKind::RunCommand)
        return runCommand(in, r, principal);
    if (principal.empty()) {
        r.assume(Stage::Identity, in.aks() ? "KG-016" : "EKS-040", [&](PathStep& s) {
            s.elements = {c.id};
            s.text = "assumed: no principal is set on " + clientName(in.client) +
                     ", so its Kubernetes access is not checked";
        });
        return true;
    }
    return in.aks() ? aksKubernetes(in, r, principal) : eksKubernetes(in, r, principal);
}

} // namespace kg
