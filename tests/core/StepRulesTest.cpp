// Every path step names the rule that decided it: the rule's stage, and the situation the
// catalogs give it (who the client is, where it sits, which endpoint it tries). Checked on every
// step of every path of every template, of each template with each access mode applied to its
// clusters, and of an estate.
#include "EstateGenerator.h"
#include "ScenarioBuilder.h"
#include "TemplateFiles.h"
#include "analysis/Analyzer.h"
#include "analysis/Topology.h"
#include "io/DesignJson.h"
#include "model/AccessMode.h"

#include <filesystem>
#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <set>

using namespace kg;

namespace {

// What a step's rule may depend on.
struct Situation
{
    bool aks = false;
    EndpointKind endpoint = EndpointKind::Public;
    Stage stage = Stage::Dns;
    bool ok = true;
    ElementKind clientKind = ElementKind::Laptop;
    bool nodes = false;
    bool sameNetwork = false; // the client sits in the cluster's VNet or VPC
    bool onPrem = false;      // the client sits in an on-premises network
    bool internet = false;    // the client sits in no network
    bool ranges = false;      // the cluster restricts its public endpoint
    bool natRoute = false;    // the client's subnet routes 0.0.0.0/0 to something but an IGW
};

using S = Situation;
using Stages = std::set<Stage>;

struct RuleSituation
{
    Stages stages;
    std::function<bool(const S&)> when;
};

Stages operator|(const Stages& a, const Stages& b)
{
    Stages out = a;
    out.insert(b.begin(), b.end());
    return out;
}

bool publicish(const S& s)
{
    return s.endpoint == EndpointKind::Public || s.endpoint == EndpointKind::VnetIntegration;
}

const std::map<std::string, RuleSituation>& table()
{
    using E = EndpointKind;
    const Stages dns{Stage::Dns}, net{Stage::Network}, adm{Stage::Admission}, id{Stage::Identity};
    auto any = [](const S&) { return true; };
    static const std::map<std::string, RuleSituation> t{
        // AKS: DNS (aks-rules.md B), access paths (C), authorized ranges (A), run command (D).
        {"AKS-001",
         {adm, [](const S& s) { return s.endpoint != E::Public && s.endpoint != E::RunCommand; }}},
        {"AKS-006", {adm, publicish}},
        {"AKS-009", {net | adm, [](const S& s) { return s.nodes && s.ranges && publicish(s); }}},
        {"AKS-010", {adm, [](const S& s) { return !s.nodes && s.ranges && publicish(s); }}},
        {"AKS-011", {adm, [](const S& s) { return s.clientKind == ElementKind::CloudShell; }}},
        {"AKS-012", {adm, [](const S& s) { return s.clientKind == ElementKind::AzureBastion; }}},
        {"AKS-013", {adm, [](const S& s) { return s.clientKind == ElementKind::AdoHostedAgent; }}},
        {"AKS-017",
         {dns | net | adm,
          [](const S& s) {
              return publicish(s) && (!s.nodes || !s.ranges || s.stage == Stage::Dns);
          }}},
        {"AKS-027", {dns, any}},
        {"AKS-040", {dns, [](const S& s) { return s.sameNetwork; }}},
        {"AKS-041", {dns, [](const S& s) { return !s.sameNetwork; }}},
        {"AKS-042", {dns | net, [](const S& s) { return !s.sameNetwork && !s.internet; }}},
        {"AKS-043", {dns, any}},
        {"AKS-044", {net, [](const S& s) { return !s.ok && !s.sameNetwork; }}},
        {"AKS-045", {dns | net, [](const S& s) { return s.onPrem; }}},
        {"AKS-046", {dns, any}},
        {"AKS-049", {dns | net, [](const S& s) { return s.endpoint == E::UserEndpoint; }}},
        {"AKS-050",
         {net,
          [](const S& s) {
              return s.clientKind == ElementKind::AdoHostedAgent ||
                     s.clientKind == ElementKind::GitHubHostedRunner;
          }}},
        {"AKS-051", {net, [](const S& s) { return s.clientKind == ElementKind::CloudShell; }}},
        {"AKS-052", {net, [](const S& s) { return s.clientKind == ElementKind::AzureBastion; }}},
        {"AKS-053",
         {net,
          [](const S& s) {
              return s.sameNetwork &&
                     (s.endpoint == E::Private || s.endpoint == E::VnetIntegration);
          }}},
        {"AKS-054", {net, [](const S& s) { return !s.ok; }}},
        {"AKS-056", {dns, any}},
        {"AKS-057", {dns, any}},
        {"AKS-060", {adm, [](const S& s) { return s.endpoint == E::RunCommand; }}},
        {"AKS-061", {id, [](const S& s) { return s.endpoint == E::RunCommand; }}},
        {"AKS-062", {net | adm, [](const S& s) { return s.endpoint == E::RunCommand; }}},
        {"AKS-063", {id, [](const S& s) { return s.endpoint == E::RunCommand; }}},
        {"AKS-086", {adm, [](const S& s) { return s.endpoint == E::VnetIntegration; }}},
        {"AKS-092", {dns, [](const S& s) { return s.endpoint == E::VnetIntegration; }}},
        {"AKS-093",
         {dns,
          [](const S& s) { return s.endpoint == E::VnetIntegration || s.endpoint == E::Public; }}},
        {"KG-016", {id, [](const S& s) { return s.endpoint != E::RunCommand; }}},
        // EKS: DNS (B), nodes (C), security groups (D), access paths (E), identity (F).
        {"EKS-002", {adm, [](const S& s) { return s.endpoint == E::Public && !s.ranges; }}},
        {"EKS-011", {dns, [](const S& s) { return s.sameNetwork; }}},
        {"EKS-012", {dns, [](const S& s) { return s.sameNetwork; }}},
        {"EKS-013", {dns, [](const S& s) { return !s.sameNetwork; }}},
        {"EKS-014", {dns, [](const S& s) { return !s.sameNetwork; }}},
        {"EKS-016",
         {dns | net | adm,
          [](const S& s) { return s.nodes && s.endpoint == E::Public && !s.natRoute; }}},
        {"EKS-017",
         {dns | net | adm,
          [](const S& s) { return s.nodes && s.endpoint == E::Public && s.natRoute; }}},
        {"EKS-018", {net, [](const S& s) { return s.nodes && s.endpoint == E::Public && !s.ok; }}},
        {"EKS-019", {adm, [](const S& s) { return s.nodes && s.endpoint == E::Public && !s.ok; }}},
        {"EKS-021", {dns | net, [](const S& s) { return s.sameNetwork; }}},
        {"EKS-024", {adm, [](const S& s) { return s.endpoint == E::EksEni; }}},
        {"EKS-025", {adm, [](const S& s) { return s.endpoint == E::EksEni; }}},
        {"EKS-029", {net, [](const S& s) { return !s.ok && !s.sameNetwork; }}},
        {"EKS-030",
         {net,
          [](const S& s) { return s.sameNetwork && s.clientKind == ElementKind::Ec2Bastion; }}},
        {"EKS-031",
         {net, [](const S& s) { return s.sameNetwork && s.clientKind == ElementKind::Cloud9Ide; }}},
        {"EKS-032", {net, [](const S& s) { return !s.sameNetwork && !s.internet; }}},
        {"EKS-033", {net, [](const S& s) { return !s.ok && !s.sameNetwork; }}},
        {"EKS-034", {net, [](const S& s) { return !s.ok && s.onPrem; }}},
        {"EKS-035", {net, [](const S& s) { return !s.sameNetwork && !s.internet; }}},
        {"EKS-036", {net, [](const S& s) { return s.onPrem; }}},
        {"EKS-037", {net, [](const S& s) { return !s.ok && !s.sameNetwork; }}},
        {"EKS-038",
         {dns | net | adm, [](const S& s) { return !s.nodes && s.endpoint == E::Public; }}},
        {"EKS-040", {id, any}},
    };
    return t;
}

const char* name(EndpointKind e)
{
    return toString(e).data();
}

// Checks every step of every path of `d`; `what` names the design in failures.
int checkDesign(const Design& d, const std::string& what)
{
    const Analysis a = Analyzer::run(d);
    const Topology topology(d);
    std::map<std::string, const ClientInfo*> clients;
    for (const auto& c : topology.clients())
        clients[c.id] = &c;
    int steps = 0;
    for (const auto& outcome : a.paths) {
        const std::string& clientId = a.clients[outcome.client];
        const std::string& clusterId = a.clusters[outcome.cluster];
        auto path = Analyzer::explain(d, clientId, clusterId, outcome.endpoint,
                                      std::string(a.endpointElement(outcome)));
        if (!path) {
            ADD_FAILURE() << what << ": no explanation for " << clientId << " > " << clusterId;
            continue;
        }
        const ClientInfo* client = clients[clientId];
        const Element* cluster = d.element(clusterId);
        if (!client || !cluster)
            continue;
        S s;
        s.aks = cluster->kind == ElementKind::AksCluster;
        s.endpoint = outcome.endpoint;
        s.clientKind = client->element->kind;
        s.nodes = client->nodesOf == cluster;
        s.sameNetwork = client->network && client->network == topology.networkOf(*cluster);
        s.onPrem = client->network && client->network->kind == ElementKind::OnPremNetwork;
        s.internet = !client->network;
        s.ranges =
            s.aks ? !cluster->listValue("apiServerAccessProfile.authorizedIPRanges").empty() : [&] {
                const auto& cidrs = cluster->listValue("resourcesVpcConfig.publicAccessCidrs");
                return !cidrs.empty() && !(cidrs.size() == 1 && cidrs.front() == "0.0.0.0/0");
            }();
        if (client->subnet && client->subnet->kind == ElementKind::AwsSubnet) {
            const Element* route = d.element(client->subnet->stringValue("defaultRoute"));
            s.natRoute = route && route->kind != ElementKind::AwsInternetGateway;
        }
        for (const auto& step : path->steps) {
            ++steps;
            s.stage = step.stage;
            s.ok = step.ok;
            auto it = table().find(step.rule);
            const std::string where = what + ": " + clientId + " > " + clusterId + " (" +
                                      name(outcome.endpoint) + "), " +
                                      std::string(toString(step.stage)) + " step " + step.rule +
                                      (step.ok ? "" : " (blocked)") + ": " + step.text;
            if (it == table().end()) {
                ADD_FAILURE() << where << "\n  the rule is not one a path step may name";
                continue;
            }
            EXPECT_TRUE(it->second.stages.count(step.stage))
                << where << "\n  the rule belongs to another stage";
            EXPECT_TRUE(it->second.when(s)) << where << "\n  the rule is for another situation";
        }
    }
    return steps;
}

Design load(const std::filesystem::path& file)
{
    LoadResult r = DesignJson::loadFile(file.string());
    EXPECT_TRUE(r.ok()) << file;
    return r.ok() ? std::move(*r.design) : Design{};
}

} // namespace

TEST(StepRulesTest, EveryStepOfEveryTemplateNamesTheRuleOfItsStageAndSituation)
{
    int steps = 0;
    for (const auto& file : templateFiles())
        steps += checkDesign(load(file), file.filename().string());
    EXPECT_GT(steps, 200);
}

TEST(StepRulesTest, EveryAccessModeOfEveryTemplateNamesTheRuleOfItsStageAndSituation)
{
    int steps = 0;
    for (const auto& file : templateFiles()) {
        const Design base = load(file);
        for (const auto& e : base.elements()) {
            for (AccessPreset preset : AccessMode::presetsFor(e.kind)) {
                for (const char* zone : {"System", "None"}) {
                    for (bool fqdn : {true, false}) {
                        Design d = base;
                        AccessSettings settings;
                        settings.preset = preset;
                        settings.privateDnsZone = zone;
                        settings.publicFqdn = fqdn;
                        d.replaceElement(AccessMode::apply(e, settings));
                        steps += checkDesign(d, file.filename().string() + " with " + e.id + " " +
                                                    AccessMode::key(preset) + " " + zone +
                                                    (fqdn ? " fqdn" : ""));
                    }
                }
            }
        }
    }
    EXPECT_GT(steps, 3000);
}

TEST(StepRulesTest, EveryStepOfAnEstateNamesTheRuleOfItsStageAndSituation)
{
    EXPECT_GT(checkDesign(kg::bench::generateEstate(400), "estate"), 500);
}

// Situations the templates do not hold: a VM beside a private endpoint of its own (AKS-049,
// not the rule for VMs in the cluster's VNet), EKS nodes behind a NAT gateway.
TEST(StepRulesTest, ScenariosOutsideTheTemplatesNameTheirRules)
{
    test::Scenario aks;
    aks.vnet("vnet-aks", "10.1.0.0/16", "snet-aks", "10.1.0.0/22");
    aks.vnet("vnet-app", "10.2.0.0/16", "snet-app", "10.2.0.0/24");
    aks.add("aks", ElementKind::AksCluster, "snet-aks",
            {{"apiServerAccessProfile.enablePrivateCluster", true},
             {"identityType", std::string("UserAssigned")}});
    aks.add("vm-app", ElementKind::JumpboxVm, "snet-app");
    aks.add("pe", ElementKind::AzurePrivateEndpoint, "snet-app",
            {{"target", std::string("aks")}, {"privateIPAddress", std::string("10.2.0.10")}});
    aks.add("zone-app", ElementKind::AzurePrivateDnsZone, {},
            {{"zoneName", std::string("privatelink.eastus.azmk8s.io")}});
    aks.link("zl-app", LinkKind::DnsZoneLink, "zone-app", "vnet-app");
    const Path pe = aks.path("vm-app", "aks", EndpointKind::UserEndpoint, "pe");
    ASSERT_TRUE(pe.reachable) << test::dump(pe);
    EXPECT_TRUE(test::hasStep(pe, "AKS-049")) << test::dump(pe);
    EXPECT_GT(checkDesign(aks.design(), "a private endpoint beside the VM"), 0);

    test::Scenario eks;
    eks.vpc("vpc", "20").eks("eks", "vpc", true, false);
    eks.add("ng", ElementKind::EksNodeGroup, "vpc-private-a", {{"cluster", std::string("eks")}});
    EXPECT_GT(checkDesign(eks.design(), "nodes behind a NAT gateway"), 0);
}
