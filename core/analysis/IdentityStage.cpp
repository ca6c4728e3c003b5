#include "analysis/IdentityStage.h"

#include "model/KindRegistry.h"

#include <algorithm>

namespace kg {

namespace {

bool contains(const StringList& list, const std::string& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

const std::string& principalOf(const StageInput& in)
{
    static const std::string none;
    const Element& e = in.clientElement();
    if (e.kind == ElementKind::AksCluster || !KindRegistry::property(e.kind, "principal"))
        return none;
    return e.stringValue("principal");
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
    if (in.endpoint == EndpointKind::RunCommand) {
        const StringList& allowed = in.facts.runCommandPrincipals;
        if (!principal.empty() && !allowed.empty() && !contains(allowed, principal)) {
            return r.block(
                Stage::Identity, "AKS-061",
                [&](PathStep& s) {
                    s.elements = {in.client.id, c.id};
                    s.params = {{"principal", principal}};
                    s.text = principal +
                             " lacks managedClusters/runcommand/action or "
                             "commandResults/read on " +
                             c.label();
                },
                [&](Fix& f) {
                    f.text = "grant " + principal +
                             " Microsoft.ContainerService/managedClusters/runcommand/action and "
                             "Microsoft.ContainerService/managedClusters/commandResults/read on " +
                             c.label();
                    f.params = {{"principal", principal}, {"cluster", c.id}};
                });
        }
        const StringList& rbac = in.facts.mapped;
        if (!principal.empty() && !rbac.empty() && !contains(rbac, principal)) {
            return r.block(
                Stage::Identity, "AKS-063",
                [&](PathStep& s) {
                    s.elements = {in.client.id, c.id};
                    s.params = {{"principal", principal}};
                    s.text = "the command pod runs with " + principal +
                             "'s token, which has no Kubernetes role: Forbidden";
                },
                [&](Fix& f) {
                    f.text = "grant " + principal + " a Kubernetes role on " + c.label();
                    f.params = {{"principal", principal}, {"cluster", c.id}};
                });
        }
        auto describe = [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"principal", principal.empty() ? "not set" : principal}};
            s.text = principal.empty()
                         ? "assumed: no principal is set on " + clientName(in.client) +
                               ", so its runcommand/action and commandResults/read permissions "
                               "are not checked"
                     : allowed.empty()
                         ? "assumed: " + c.label() +
                               " lists no run-command principals, so the permissions of " +
                               principal + " are not checked"
                         : principal + " holds the run-command permissions";
        };
        if (principal.empty() || allowed.empty())
            r.assume(Stage::Identity, "AKS-061", describe);
        else
            r.pass(Stage::Identity, "AKS-061", describe);
        return true;
    }
    const bool aks = in.aks();
    const StringList& mapped = in.facts.mapped;
    const std::string_view rule = aks ? "KG-016" : "EKS-040";
    if (principal.empty()) {
        r.assume(Stage::Identity, rule, [&](PathStep& s) {
            s.elements = {c.id};
            s.text = "assumed: no principal is set on " + clientName(in.client) +
                     ", so its Kubernetes access is not checked";
        });
        return true;
    }
    if (aks && mapped.empty()) {
        r.assume(Stage::Identity, rule, [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"principal", principal}};
            s.text = "assumed: " + c.label() + " lists no RBAC principals, so " + principal +
                     " is not checked";
        });
        return true;
    }
    if (contains(mapped, principal)) {
        r.pass(Stage::Identity, rule, [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"principal", principal}};
            s.text = principal + " is mapped on " + c.label();
        });
        return true;
    }
    const bool configMap = !aks && in.facts.eksConfigMap;
    return r.block(
        Stage::Identity, rule,
        [&](PathStep& s) {
            s.elements = {in.client.id, c.id};
            s.params = {{"principal", principal}};
            s.text = principal + " is not mapped on " + c.label() +
                     (aks         ? " (no Kubernetes role)"
                      : configMap ? " (no aws-auth entry)"
                                  : " (no access entry)");
        },
        [&](Fix& f) {
            f.text = aks         ? "grant " + principal + " a Kubernetes role on " + c.label()
                     : configMap ? "map " + principal + " in the aws-auth ConfigMap of " + c.label()
                                 : "add an access entry for " + principal + " on " + c.label();
            f.params = {{"principal", principal}, {"cluster", c.id}};
        });
}

} // namespace kg
