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

// A role by name: a built-in role's name, or a phrase for a custom one.
Sentence roleName(const RoleAssignment& a)
{
    return a.role ? Sentence::literal(a.roleLabel()) : Sentence{"phrase.id.custom-role"};
}

// What an Azure RBAC for Kubernetes role lets its holder do, as a phrase.
Sentence accessName(std::string_view access)
{
    return Sentence{access == "read-only"        ? "phrase.k8s-access.read-only"
                    : access == "read and write" ? "phrase.k8s-access.read-write"
                    : access == "admin"          ? "phrase.k8s-access.admin"
                                                 : "phrase.k8s-access.cluster-admin"};
}

// Whether `principal` has Kubernetes access on an AKS cluster: a role binding, or an Azure RBAC
// for Kubernetes role (the test every path makes; the phrase below only a detailed one).
bool hasKubernetesAccess(const ClusterFacts& f, const std::string& principal)
{
    if (std::find(f.rbacPrincipals.begin(), f.rbacPrincipals.end(), principal) !=
        f.rbacPrincipals.end())
        return true;
    return std::any_of(f.roleAssignments.begin(), f.roleAssignments.end(),
                       [&](const RoleAssignment& a) {
                           return a.principal == principal && !a.kubernetesAccess().empty();
                       });
}

// How `principal` has Kubernetes access on an AKS cluster, as a phrase; empty when it has none.
Sentence kubernetesAccessOf(const ClusterFacts& f, const std::string& principal)
{
    if (std::find(f.rbacPrincipals.begin(), f.rbacPrincipals.end(), principal) !=
        f.rbacPrincipals.end())
        return Sentence{"phrase.id.role-binding"};
    for (const RoleAssignment& a : f.roleAssignments)
        if (a.principal == principal && !a.kubernetesAccess().empty())
            return Sentence{"phrase.id.role-access"}
                .with("role", roleName(a))
                .with("access", accessName(a.kubernetesAccess()));
    return {};
}

// The roles `principal` holds on the cluster, for a text that says why they are not enough:
// the built-in roles by name, and a phrase for custom ones. Empty when it holds none.
Sentence rolesOf(const ClusterFacts& f, const std::string& principal)
{
    std::string named;
    bool custom = false;
    for (const RoleAssignment& a : f.roleAssignments) {
        if (a.principal != principal)
            continue;
        if (a.role)
            named += (named.empty() ? "" : ", ") + a.roleLabel();
        else
            custom = true;
    }
    if (!custom)
        return named.empty() ? Sentence{} : Sentence::literal(named);
    return named.empty() ? Sentence{"phrase.id.custom-role"}
                         : Sentence{"phrase.id.roles-and-custom", {{"roles", named}}};
}

// What an EKS access entry or aws-auth mapping grants: its policies and Kubernetes groups.
Sentence grantsOf(const EksMapping& m)
{
    std::string policies;
    for (const std::string& p : m.policies)
        policies += (policies.empty() ? "" : ", ") + p;
    std::string groups;
    for (const std::string& g : m.groups)
        groups += (groups.empty() ? "" : ", ") + g;
    if (groups.empty())
        return Sentence::literal(policies);
    const bool one = m.groups.size() == 1;
    if (policies.empty())
        return Sentence{one ? "phrase.id.group" : "phrase.id.groups", {{"groups", groups}}};
    return Sentence{one ? "phrase.id.policies-group" : "phrase.id.policies-groups",
                    {{"policies", policies}, {"groups", groups}}};
}

bool runCommand(const StageInput& in, PathRecorder& r, const std::string& principal)
{
    const Element& c = in.cluster;
    const ClusterFacts& f = in.facts;
    if (principal.empty() || f.roleAssignments.empty()) {
        r.assume(Stage::Identity, "AKS-061", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"principal", principal.empty() ? "not set" : principal}};
            if (principal.empty())
                s.say(Sentence("step.id.assume-no-principal-run", {},
                               {{"who", clientName(in.client)}}));
            else
                s.say("step.id.assume-no-assignments",
                      {{"cluster", c.label()}, {"principal", principal}});
        });
        return true;
    }
    const RoleAssignment* start = grantOf(f, principal, kRunCommandAction);
    const RoleAssignment* read = grantOf(f, principal, kCommandResultsAction);
    if (!start || !read) {
        return r.block(
            Stage::Identity, "AKS-061",
            [&](PathStep& s) {
                s.elements = {in.client.id, c.id};
                s.params = {{"principal", principal},
                            {"canStart", start ? "yes" : "no"},
                            {"canRead", read ? "yes" : "no"}};
                const Sentence::Args who = {{"principal", principal}, {"cluster", c.label()}};
                const Sentence held = rolesOf(f, principal); // here: only a detailed path says it
                if (start)
                    s.say(Sentence{"step.id.start-not-read", who}.with("role", roleName(*start)));
                else if (read)
                    s.say(Sentence{"step.id.read-not-start", who}.with("role", roleName(*read)));
                else if (held.empty())
                    s.say("step.id.neither-no-role", who);
                else
                    s.say(Sentence{"step.id.neither-roles", who}.with("roles", held));
            },
            [&](Fix& fix) {
                const Sentence missingPhrase =
                    !start && !read ? Sentence{"phrase.id.both-actions",
                                               {{"start", std::string(kRunCommandAction)},
                                                {"read", std::string(kCommandResultsAction)}}}
                                    : Sentence::literal(std::string(
                                          !start ? kRunCommandAction : kCommandResultsAction));
                const std::string missing = render(missingPhrase, Language::English);
                fix.say(Sentence{"fix.assign-arm-role",
                                 {{"principal", principal}, {"cluster", c.label()}}}
                            .with("missing", missingPhrase));
                fix.params = {{"principal", principal}, {"cluster", c.id}, {"missing", missing}};
            });
    }
    // The command pod runs with the caller's token (AKS-063): it needs Kubernetes access too.
    if (describesKubernetesAccess(f) && !hasKubernetesAccess(f, principal)) {
        return r.block(
            Stage::Identity, "AKS-063",
            [&](PathStep& s) {
                s.elements = {in.client.id, c.id};
                s.params = {{"principal", principal}};
                s.say("step.id.pod-forbidden", {{"principal", principal}});
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
        if (start == read)
            s.say(Sentence{"step.id.holds-both", {{"principal", principal}}}.with(
                "role", roleName(*start)));
        else
            s.say(Sentence{"step.id.holds-each", {{"principal", principal}}}
                      .with("start", roleName(*start))
                      .with("read", roleName(*read)));
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
            s.say("step.id.assume-no-rbac", {{"cluster", c.label()}, {"principal", principal}});
        });
        return true;
    }
    if (hasKubernetesAccess(f, principal)) {
        r.pass(Stage::Identity, "KG-016", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"principal", principal}};
            s.say(Sentence{"step.id.k8s-access", {{"principal", principal}, {"cluster", c.label()}}}
                      .with("how", kubernetesAccessOf(f, principal)));
        });
        return true;
    }
    return r.block(
        Stage::Identity, "KG-016",
        [&](PathStep& s) {
            s.elements = {in.client.id, c.id};
            s.params = {{"principal", principal}};
            const Sentence::Args who = {{"principal", principal}, {"cluster", c.label()}};
            const Sentence held = rolesOf(f, principal); // here: only a detailed path says it
            if (held.empty())
                s.say("step.id.not-mapped-aks", who);
            else
                s.say(Sentence{"step.id.not-mapped-aks-roles", who}.with("roles", held));
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
            const Sentence::Args who = {{"principal", principal}, {"cluster", c.label()}};
            if (used->describesPermissions())
                s.say(Sentence{isEntry ? "step.id.eks-entry" : "step.id.eks-aws-auth", who}.with(
                    "grants", grantsOf(*used)));
            else
                s.say(isEntry ? "step.id.eks-entry-assumed" : "step.id.eks-aws-auth-assumed", who);
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
    auto texts = [&]() -> std::pair<Sentence, Sentence> {
        const Args who = {{"principal", principal}, {"cluster", c.label()}};
        const Args whoMode = {{"principal", principal}, {"cluster", c.label()}, {"mode", mode}};
        if (entry)
            return {{"step.id.eks-entry-not-read", whoMode},
                    {"fix.eks-read-access-entries", {{"cluster", c.label()}}}};
        if (mapped)
            return {{"step.id.eks-aws-auth-not-read", whoMode}, {"fix.eks-add-access-entry", who}};
        if (withPath && f.eksReadsAwsAuth)
            return {
                {"step.id.eks-role-with-path",
                 {{"cluster", c.label()}, {"role", withPath->principal}, {"principal", principal}}},
                {"fix.eks-aws-auth-role-without-path",
                 {{"cluster", c.label()}, {"role", withPath->withoutPath()}}}};
        return {{f.eksReadsAccessEntries && f.eksReadsAwsAuth ? "step.id.eks-not-mapped-both"
                 : f.eksReadsAwsAuth                          ? "step.id.eks-not-mapped-aws-auth"
                                                              : "step.id.eks-not-mapped-entry",
                 who},
                {f.eksReadsAccessEntries ? "fix.eks-add-access-entry" : "fix.eks-map-in-aws-auth",
                 who}};
    };
    return r.block(
        Stage::Identity, "EKS-040",
        [&](PathStep& s) {
            s.elements = {in.client.id, c.id};
            s.params = {{"principal", principal}, {"mode", mode}};
            s.say(texts().first);
        },
        [&](Fix& fx) {
            fx.say(texts().second);
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
            s.say("step.id.nodes");
        });
        return true;
    }
    const std::string& principal = principalOf(in);
    if (in.endpoint == EndpointKind::RunCommand)
        return runCommand(in, r, principal);
    if (principal.empty()) {
        r.assume(Stage::Identity, in.aks() ? "KG-016" : "EKS-040", [&](PathStep& s) {
            s.elements = {c.id};
            s.say(Sentence("step.id.assume-no-principal", {}, {{"who", clientName(in.client)}}));
        });
        return true;
    }
    return in.aks() ? aksKubernetes(in, r, principal) : eksKubernetes(in, r, principal);
}

} // namespace kg
