// LiveAnalysis must always equal a fresh analysis of the same design, whatever the edit.
#include "analysis/LiveAnalysis.h"

#include "EstateGenerator.h"
#include "LiveAnalysisChecks.h"
#include "TemplateFiles.h"
#include "analysis/Analyzer.h"
#include "io/DesignJson.h"
#include "model/AddItemsEdit.h"
#include "model/DesignChecker.h"
#include "model/Fragment.h"
#include "model/KindRegistry.h"
#include "model/LinkRules.h"
#include "model/RemoveItemsEdit.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <iostream>

using namespace kg;
using namespace kg::test;

TEST(LiveAnalysisTest, ClusterClientAndTopologyEditsMatchAFreshRun)
{
    Design d = load("aks-private-hub-spoke.kubegate");
    LiveAnalysis live(d);
    expectFresh(d, live, "nothing");

    change(d, "aks-pay", "apiServerAccessProfile.enablePrivateClusterPublicFQDN", true);
    expectFresh(d, live, "a cluster setting");
    change(d, "aks-pay", "apiServerAccessProfile.enablePrivateCluster", false);
    change(d, "aks-pay", "apiServerAccessProfile.authorizedIPRanges", StringList{"203.0.113.0/24"});
    expectFresh(d, live, "switching the cluster to public with ranges");
    change(d, "aks-pay", "outboundType", std::string("loadBalancer"));
    expectFresh(d, live, "the nodes' outbound type");
    change(d, "aks-pay", "outboundIPs", StringList{"203.0.113.99"});
    change(d, "aks-pay", "outboundType", std::string("userDefinedRouting"));
    expectFresh(d, live, "the nodes leaving through a firewall again");
    change(d, "laptop-home", "egressIPs", StringList{"192.0.2.1"});
    expectFresh(d, live, "a client's egress address");
    change(d, "laptop-hq", "principal", std::string("mallory@contoso.example"));
    expectFresh(d, live, "a client's principal");

    Element moved = *d.element("vm-jumpbox");
    moved.geometry.x += 40;
    d.replaceElement(moved);
    EXPECT_FALSE(live.stale()) << "geometry does not concern the analysis";

    Element renamed = *d.element("vm-jumpbox");
    renamed.name = "jumpbox (renamed)";
    d.replaceElement(renamed);
    expectFresh(d, live, "a rename");

    Link peer = *d.link("peer-hub-spoke");
    peer.properties["allowGatewayTransit"] = false;
    peer.properties["useRemoteGateways"] = false;
    d.replaceLink(peer);
    expectFresh(d, live, "a peering change");
    d.eraseLink("link-zone-hub");
    expectFresh(d, live, "removing a zone link");
    change(d, "snet-jumpbox", "addressPrefix", std::string("10.0.9.0/24"));
    expectFresh(d, live, "a subnet change in the hub");
    change(d, "snet-aks", "addressPrefix", std::string("10.1.4.0/22"));
    expectFresh(d, live, "a subnet change in the spoke (a leaf network)");
    change(d, "vnet-spoke", "dnsServers", StringList{"10.0.3.4"});
    expectFresh(d, live, "custom DNS on the spoke");
}

TEST(LiveAnalysisTest, EksEdits)
{
    Design d = load("eks-public-private.kubegate");
    LiveAnalysis live(d);
    change(d, "eks-prod", "resourcesVpcConfig.endpointPublicAccess", false);
    expectFresh(d, live, "turning the public endpoint off");
    change(d, "sg-cluster", "ingress443", StringList{"sg-cluster"});
    expectFresh(d, live, "a security group change");
    change(d, "private-b", "defaultRoute", std::string());
    expectFresh(d, live, "a route change in a leaf VPC");
    change(d, "vpc-prod", "enableDnsHostnames", false);
    expectFresh(d, live, "a VPC attribute");
    change(d, "bastion", "securityGroups", StringList{});
    expectFresh(d, live, "a bastion change");
    change(d, "eks-prod", "resourcesVpcConfig.clusterSecurityGroupId", std::string("sg-bastion"));
    expectFresh(d, live, "another cluster security group (node groups carry it)");
    Element extra = *d.element("laptop");
    extra.id = "laptop-2";
    d.insertElement(extra);
    expectFresh(d, live, "adding a client");
}

namespace {
Element make(std::string id, ElementKind kind, std::string parent = {}, PropertyMap props = {})
{
    Element e;
    e.id = id;
    e.name = std::move(id);
    e.kind = kind;
    e.parent = std::move(parent);
    e.properties = std::move(props);
    return e;
}
} // namespace

// Regressions for edits a review found LiveAnalysis to miss or mishandle.
TEST(LiveAnalysisTest, LeafEditWithImplicitNodes)
{
    Design d;
    d.insertElement(
        make("vnet", ElementKind::AzureVnet, {}, {{"addressSpace", StringList{"10.1.0.0/16"}}}));
    d.insertElement(make("snet", ElementKind::AzureSubnet, "vnet",
                         {{"addressPrefix", std::string("10.1.0.0/22")}}));
    d.insertElement(make("aks", ElementKind::AksCluster, "snet"));
    LiveAnalysis live(d);
    change(d, "snet", "addressPrefix", std::string("10.1.4.0/22"));
    expectFresh(d, live, "a subnet edit beside a cluster without node pools");
}

TEST(LiveAnalysisTest, ClusterWithoutPathsThenEdits)
{
    Design d;
    d.insertElement(
        make("l1", ElementKind::Laptop, {}, {{"egressIPs", StringList{"203.0.113.1"}}}));
    d.insertElement(
        make("l2", ElementKind::Laptop, {}, {{"egressIPs", StringList{"203.0.113.2"}}}));
    d.insertElement(
        make("vpc", ElementKind::AwsVpc, {}, {{"cidrBlocks", StringList{"10.2.0.0/16"}}}));
    d.insertElement(make("a-eks", ElementKind::EksCluster, "vpc",
                         {{"resourcesVpcConfig.endpointPublicAccess", false}}));
    d.insertElement(
        make("vnet", ElementKind::AzureVnet, {}, {{"addressSpace", StringList{"10.1.0.0/16"}}}));
    d.insertElement(make("snet", ElementKind::AzureSubnet, "vnet",
                         {{"addressPrefix", std::string("10.1.0.0/22")}}));
    d.insertElement(make("b-aks", ElementKind::AksCluster, "snet"));
    LiveAnalysis live(d);
    change(d, "a-eks", "resourcesVpcConfig.endpointPublicAccess", true);
    expectFresh(d, live, "giving a cluster its first endpoint");
    change(d, "l1", "egressIPs", StringList{"192.0.2.1"});
    expectFresh(d, live, "a client edit after that");
    change(d, "a-eks", "resourcesVpcConfig.publicAccessCidrs", StringList{"203.0.113.2/32"});
    expectFresh(d, live, "the cluster's allow-list");
}

TEST(LiveAnalysisTest, FirewallInAnotherVnetAndRenames)
{
    Design d;
    d.insertElement(
        make("hub", ElementKind::AzureVnet, {}, {{"addressSpace", StringList{"10.0.0.0/16"}}}));
    d.insertElement(make("snet-fw", ElementKind::AzureSubnet, "hub",
                         {{"addressPrefix", std::string("10.0.1.0/24")}}));
    d.insertElement(make("fw", ElementKind::AzureFirewall, "snet-fw",
                         {{"publicIPs", StringList{"203.0.113.9"}}}));
    d.insertElement(
        make("spoke", ElementKind::AzureVnet, {}, {{"addressSpace", StringList{"10.1.0.0/16"}}}));
    d.insertElement(
        make("snet", ElementKind::AzureSubnet, "spoke",
             {{"addressPrefix", std::string("10.1.0.0/22")}, {"egress", std::string("fw")}}));
    d.insertElement(
        make("aks", ElementKind::AksCluster, "snet",
             {{"outboundType", std::string("userDefinedRouting")},
              {"apiServerAccessProfile.authorizedIPRanges", StringList{"203.0.113.9/32"}}}));
    d.insertLink({"peer", LinkKind::Peering, "hub", "spoke", {}});
    LiveAnalysis live(d);
    change(d, "fw", "publicIPs", StringList{"203.0.113.10"});
    expectFresh(d, live, "the firewall's address (referenced from the spoke)");
    Element renamed = *d.element("aks");
    renamed.name = "payments";
    d.replaceElement(renamed);
    expectFresh(d, live, "renaming the cluster");
    d.insertElement(make("jump", ElementKind::JumpboxVm, "snet-fw"));
    expectFresh(d, live, "adding a jumpbox");
    Element jump = *d.element("jump");
    jump.parent = "snet";
    d.replaceElement(jump);
    expectFresh(d, live, "moving the jumpbox");
}

// The live-analysis fuzzer's second finding: a firewall no subnet routes through has no path
// to redo, so its private address only concerns the element rules (KG-013); the edit that put
// the address back inside the subnet was never analysed and the finding stayed.
TEST(LiveAnalysisTest, AnEditOnlyTheElementRulesReadIsAnalysed)
{
    Design d;
    d.insertElement(
        make("vnet", ElementKind::AzureVnet, {}, {{"addressSpace", StringList{"10.1.0.0/16"}}}));
    d.insertElement(make("snet", ElementKind::AzureSubnet, "vnet",
                         {{"addressPrefix", std::string("10.1.0.0/22")}}));
    d.insertElement(make("fw", ElementKind::AzureFirewall, "snet"));
    d.insertElement(make("aks", ElementKind::AksCluster, "snet"));
    LiveAnalysis live(d);
    change(d, "fw", "privateIPAddress", std::string("198.51.100.25"));
    expectFresh(d, live, "an address outside the subnet");
    bool outside = false;
    for (const auto& f : live.analysis().findings)
        outside = outside || f.rule == "KG-013";
    EXPECT_TRUE(outside);
    change(d, "fw", "privateIPAddress", std::string("10.1.0.9"));
    EXPECT_TRUE(live.stale());
    expectFresh(d, live, "the address back inside");
}

TEST(LiveAnalysisTest, LinkPropertyChanges)
{
    Design d;
    for (const char* net : {"hub", "s1", "s2"}) {
        const std::string n = net;
        const std::string octet = n == "hub" ? "0" : (n == "s1" ? "1" : "2");
        d.insertElement(make(n, ElementKind::AzureVnet, {},
                             {{"addressSpace", StringList{"10." + octet + ".0.0/16"}}}));
        d.insertElement(make("snet-" + n, ElementKind::AzureSubnet, n,
                             {{"addressPrefix", "10." + octet + ".0.0/22"}}));
    }
    d.insertElement(make("jump", ElementKind::JumpboxVm, "snet-s1"));
    d.insertElement(make("vm-hub", ElementKind::JumpboxVm, "snet-hub"));
    d.insertElement(make("aks", ElementKind::AksCluster, "snet-s2",
                         {{"apiServerAccessProfile.enablePrivateCluster", true}}));
    d.insertElement(make("aks-hub", ElementKind::AksCluster, "snet-hub"));
    d.insertElement(make("gw", ElementKind::AzureVpnGateway, "snet-hub"));
    d.insertElement(make("office", ElementKind::OnPremNetwork, {},
                         {{"addressSpace", StringList{"192.168.0.0/16"}}}));
    d.insertElement(make("alice", ElementKind::Laptop, "office"));
    d.insertLink({"p1", LinkKind::Peering, "hub", "s1", {}});
    d.insertLink({"p2",
                  LinkKind::Peering,
                  "hub",
                  "s2",
                  {{"allowGatewayTransit", true}, {"useRemoteGateways", true}}});
    d.insertLink({"p3", LinkKind::Peering, "s1", "s2", {}});
    d.insertLink({"vpn", LinkKind::Vpn, "office", "gw", {}});
    LiveAnalysis live(d);
    auto setLink = [&](const char* id, const char* key, PropertyValue value) {
        Link l = *d.link(id);
        l.properties[key] = std::move(value);
        d.replaceLink(l);
    };
    setLink("p3", "state", std::string("pending"));
    expectFresh(d, live, "a direct peering going pending");
    setLink("p2", "useRemoteGateways", false);
    expectFresh(d, live, "gateway transit switched off");
    setLink("vpn", "state", std::string("down"));
    expectFresh(d, live, "the VPN going down");
    setLink("p1", "state", std::string("pending"));
    setLink("p3", "state", std::string("active"));
    expectFresh(d, live, "two peerings at once");
}

namespace {

// Removes every element (with what is nested in it) and every link in turn, checking the live
// analysis after the removal and after the undo.
// Returns how many removals and restorations took the full analysis.
int removeEachAndRestore(Design& d, const char* name)
{
    int full = 0;
    LiveAnalysis live(d);
    std::vector<std::string> ids;
    for (const auto& e : d.elements())
        ids.push_back(e.id);
    for (const auto& l : d.links())
        ids.push_back(l.id);
    for (const auto& id : ids) {
        RemoveItemsEdit edit(d, {id}, "Delete");
        edit.apply(d);
        expectFresh(d, live, std::string(name) + ": removing " + id);
        full += live.lastUpdate() == LiveAnalysis::Update::Full ? 1 : 0;
        if (std::getenv("KUBEGATE_TRACE_FULL") && live.lastUpdate() == LiveAnalysis::Update::Full)
            std::cout << "full: removing " << id << "\n";
        edit.revert(d);
        expectFresh(d, live, std::string(name) + ": restoring " + id);
        full += live.lastUpdate() == LiveAnalysis::Update::Full ? 1 : 0;
    }
    return full;
}

// Adds one element of every kind into the first place that takes it, and every link the rules
// allow between the design's elements, checking after each addition and its undo.
void addEachAndUndo(Design& d, const char* name, std::size_t linkEnds = 1000)
{
    LiveAnalysis live(d);
    for (const KindInfo& info : KindRegistry::elementKinds()) {
        std::string parent;
        bool placed = info.topLevel;
        for (const auto& e : d.elements())
            if (!placed && KindRegistry::canNest(info.kind, e.kind)) {
                parent = e.id;
                placed = true;
            }
        if (!placed)
            continue;
        Element e;
        e.id = d.uniqueId("new");
        e.kind = info.kind;
        e.parent = parent;
        e.geometry = {0, 0, 100, 50};
        AddItemsEdit edit({e}, {}, "Add");
        edit.apply(d);
        expectFresh(d, live, std::string(name) + ": adding a " + info.key + " to '" + parent + "'");
        if (std::getenv("KUBEGATE_TRACE_FULL") && live.lastUpdate() == LiveAnalysis::Update::Full)
            std::cout << "full: adding a " << info.key << " to " << parent << "\n";
        edit.revert(d);
        expectFresh(d, live, std::string(name) + ": undoing the " + info.key);
    }
    std::vector<std::string> ids;
    for (const auto& e : d.elements())
        if (ids.size() < linkEnds)
            ids.push_back(e.id);
    for (const auto& from : ids)
        for (const auto& to : ids)
            for (LinkKind kind : LinkRules::kindsBetween(d, from, to)) {
                if (!LinkRules::check(d, kind, from, to).ok())
                    continue;
                Link l;
                l.id = d.uniqueId("new-link");
                l.kind = kind;
                l.from = from;
                l.to = to;
                AddItemsEdit edit({}, {l}, "Connect");
                edit.apply(d);
                expectFresh(d, live, std::string(name) + ": linking " + from + " to " + to);
                if (std::getenv("KUBEGATE_TRACE_FULL") &&
                    live.lastUpdate() == LiveAnalysis::Update::Full)
                    std::cout << "full: linking " << from << " to " << to << "\n";
                edit.revert(d);
                expectFresh(d, live, std::string(name) + ": unlinking " + from + " and " + to);
            }
}

} // namespace

TEST(LiveAnalysisTest, StructuralEditsOnTheTemplates)
{
    for (const char* name : {"aks-private-hub-spoke.kubegate", "eks-public-private.kubegate"}) {
        Design d = load(name);
        removeEachAndRestore(d, name);
        addEachAndUndo(d, name);
    }
}

TEST(LiveAnalysisTest, StructuralEditsOnAnEstate)
{
    Design d = bench::generateEstate(150);
    removeEachAndRestore(d, "estate");
    addEachAndUndo(d, "estate", 60); // links between the hub, on-premises and the first spokes
}

TEST(LiveAnalysisTest, StructuralEditMixedWithInPlaceEdits)
{
    Design d = load("aks-private-hub-spoke.kubegate");
    LiveAnalysis live(d);
    // One command that changes a spoke subnet in place, then adds a laptop and removes a
    // peering: the in-place edit must survive the switch to the structural path.
    change(d, "snet-aks", "addressPrefix", std::string("10.1.4.0/22"));
    Element laptop;
    laptop.id = "laptop-new";
    laptop.kind = ElementKind::Laptop;
    laptop.properties["egressIPs"] = StringList{"203.0.113.9"};
    d.insertElement(laptop);
    d.eraseLink("peer-hub-spoke");
    expectFresh(d, live, "a mixed command");
    EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::Structural);
}

// Additions and removals of clients, clusters, spoke contents and peerings take the structural
// way (only their rows and columns are evaluated), not a full analysis.
TEST(LiveAnalysisTest, StructuralEditsAvoidTheFullAnalysis)
{
    Design d = bench::generateEstate(300);
    LiveAnalysis live(d);
    auto expectStructural = [&](const std::string& what) {
        expectFresh(d, live, what);
        EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::Structural) << what;
    };
    Element laptop;
    laptop.id = "laptop-new";
    laptop.kind = ElementKind::Laptop;
    laptop.properties["egressIPs"] = StringList{"203.0.113.9"};
    AddItemsEdit addLaptop({laptop}, {}, "Add");
    addLaptop.apply(d);
    expectStructural("adding a laptop");
    addLaptop.revert(d);
    expectStructural("removing the laptop");
    for (const auto& e : d.elements()) {
        if (e.kind != ElementKind::AksCluster)
            continue;
        RemoveItemsEdit removeCluster(d, {e.id}, "Delete");
        removeCluster.apply(d);
        expectStructural("removing cluster " + e.id);
        removeCluster.revert(d);
        expectStructural("restoring cluster " + e.id);
        break;
    }
    RemoveItemsEdit removePeering(d, {"peer-1"}, "Delete");
    removePeering.apply(d);
    expectStructural("removing a spoke's peering");
    removePeering.revert(d);
    expectStructural("restoring the peering");
}

// A node pool moved to another cluster: both clusters' columns change.
// Zones, DNS forwarding rules and resolvers, a spoke's own settings, a hub's subnets and DNS
// settings, its address space and security groups no longer cost a full analysis.
TEST(LiveAnalysisTest, ZoneForwardingAndLeafNetworkEditsAvoidTheFullAnalysis)
{
    Design d = load("aks-private-hub-spoke.kubegate");
    LiveAnalysis live(d);
    auto expectWay = [&](const std::string& what, LiveAnalysis::Update way) {
        expectFresh(d, live, what);
        EXPECT_EQ(live.lastUpdate(), way) << what;
    };
    change(d, "zone-aks", "zoneName", std::string("privatelink.westus.azmk8s.io"));
    expectWay("renaming the cluster's zone", LiveAnalysis::Update::InPlace);
    change(d, "zone-aks", "zoneName", std::string("privatelink.eastus.azmk8s.io"));
    expectWay("renaming it back", LiveAnalysis::Update::InPlace);
    change(d, "zone-aks", "managedBy", std::string());
    expectWay("the zone no longer the cluster's", LiveAnalysis::Update::InPlace);
    RemoveItemsEdit removeZone(d, {"zone-aks"}, "Delete");
    removeZone.apply(d);
    expectWay("removing the zone", LiveAnalysis::Update::Structural);
    removeZone.revert(d);
    expectWay("restoring the zone", LiveAnalysis::Update::Structural);

    Link forwarding = *d.link("fwd-hq");
    forwarding.properties["zones"] = StringList{"example.internal"};
    d.replaceLink(forwarding);
    expectWay("forwarding another zone", LiveAnalysis::Update::InPlace);

    change(d, "vnet-spoke", "addressSpace", StringList{"10.0.0.0/16"}); // overlaps the hub
    expectWay("a spoke's address space overlapping the hub", LiveAnalysis::Update::InPlace);
    change(d, "vnet-spoke", "dnsServers", StringList{"10.0.3.4"});
    expectWay("a spoke's DNS servers", LiveAnalysis::Update::InPlace);

    change(d, "snet-jumpbox", "addressPrefix", std::string("10.0.1.0/25"));
    expectWay("a subnet of the hub", LiveAnalysis::Update::InPlace);
    change(d, "vnet-hub", "dnsServers", StringList{"10.0.3.4"});
    expectWay("the hub's DNS servers", LiveAnalysis::Update::InPlace);
    change(d, "vnet-hub", "addressSpace", StringList{"10.0.0.0/15"});
    expectWay("the hub's address space, still overlapping the spoke",
              LiveAnalysis::Update::InPlace);
    change(d, "vnet-spoke", "addressSpace", StringList{"10.2.0.0/16"});
    expectWay("the spoke renumbered: the peering carries traffic", LiveAnalysis::Update::InPlace);
    change(d, "vnet-hub", "addressSpace", StringList{"10.2.0.0/15"});
    expectWay("the hub's address space now overlapping the spoke's", LiveAnalysis::Update::InPlace);
    change(d, "vnet-hub", "addressSpace", StringList{"10.0.0.0/15"});
    expectWay("and no longer", LiveAnalysis::Update::InPlace);
    change(d, "vnet-hub", "addressSpace", StringList{"10.0.0.0/16", "172.16.0.0/16"});
    expectWay("the hub's address space grown", LiveAnalysis::Update::InPlace);
    change(d, "vnet-hub", "addressSpace", StringList{"10.0.0.0/16"});
    expectWay("and back", LiveAnalysis::Update::InPlace);
    change(d, "vnet-hub", "addressSpace", StringList{});
    expectWay("the hub's address space cleared: its peerings only assumed",
              LiveAnalysis::Update::InPlace);
    change(d, "vnet-hub", "addressSpace", StringList{"10.0.0.0/16"});
    expectWay("and given again", LiveAnalysis::Update::InPlace);
    change(d, "vnet-spoke", "addressSpace", StringList{});
    expectWay("a spoke's address space cleared", LiveAnalysis::Update::InPlace);
    change(d, "vnet-spoke", "addressSpace", StringList{"10.2.0.0/16"});
    expectWay("and given again", LiveAnalysis::Update::InPlace);
    change(d, "dnspr", "inboundAddress", std::string("10.0.3.5"));
    expectWay("the resolver's address", LiveAnalysis::Update::Structural);

    Design eks = load("eks-public-private.kubegate");
    LiveAnalysis eksLive(eks);
    change(eks, "sg-cluster", "ingress443", StringList{"10.0.0.0/8"});
    expectFresh(eks, eksLive, "the cluster security group's rules");
    EXPECT_EQ(eksLive.lastUpdate(), LiveAnalysis::Update::InPlace);
}

// Found by fuzz_live_analysis: a cluster's rules read what its API server subnet holds, so
// removing an element from that subnet rechecks the cluster (AKS-083 must go).
TEST(LiveAnalysisTest, RemovingFromTheApiServerSubnetRechecksTheCluster)
{
    Design d = load("aks-vnet-integration-private.kubegate");
    LiveAnalysis live(d);
    change(d, "aks-web", "apiServerAccessProfile.subnetId", std::string("snet-jumpbox"));
    expectFresh(d, live, "the API server subnet is the jumpbox's");
    RemoveItemsEdit remove(d, {"vm-jumpbox"}, "Delete");
    remove.apply(d);
    expectFresh(d, live, "removing the jumpbox");
    remove.revert(d);
    expectFresh(d, live, "restoring it");
}

TEST(LiveAnalysisTest, NodePoolRetargeted)
{
    Design d = bench::generateEstate(300);
    LiveAnalysis live(d);
    std::vector<std::string> aks;
    for (const auto& e : d.elements())
        if (e.kind == ElementKind::AksCluster)
            aks.push_back(e.id);
    ASSERT_GE(aks.size(), 2u);
    Element pool;
    pool.id = "pool-x";
    pool.kind = ElementKind::AksNodePool;
    pool.parent = d.element(aks[0])->parent;
    pool.properties["cluster"] = aks[0];
    d.insertElement(pool);
    expectFresh(d, live, "adding a node pool");
    change(d, "pool-x", "cluster", aks[1]);
    expectFresh(d, live, "moving the pool to another cluster");
    EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::Structural);
}

namespace {

// A valid value for `spec` that differs from `current`, or nullopt when there is none to try.
std::optional<PropertyValue> otherValue(const Design& d, const PropertySpec& spec,
                                        const PropertyValue& current)
{
    auto candidates = [&] {
        std::vector<std::string> ids;
        for (const auto& e : d.elements())
            if (std::find(spec.refKinds.begin(), spec.refKinds.end(), e.kind) !=
                spec.refKinds.end())
                ids.push_back(e.id);
        return ids;
    };
    const auto* text = std::get_if<std::string>(&current);
    const auto* list = std::get_if<StringList>(&current);
    switch (spec.type) {
    case PropertyType::Bool:
        return PropertyValue(!std::get<bool>(current));
    case PropertyType::Int:
        return PropertyValue(std::get<std::int64_t>(current) + 1);
    case PropertyType::String:
        return PropertyValue(*text + "x");
    case PropertyType::Enum: {
        auto it = std::find(spec.choices.begin(), spec.choices.end(), *text);
        if (spec.choices.size() < 2)
            return std::nullopt;
        if (it == spec.choices.end() || ++it == spec.choices.end())
            it = spec.choices.begin();
        return PropertyValue(*it);
    }
    case PropertyType::Cidr:
        return PropertyValue(std::string(*text == "10.0.1.0/24" ? "10.99.0.0/24" : "10.0.1.0/24"));
    case PropertyType::CidrList:
        return PropertyValue(StringList{list->empty() ? "10.1.0.0/16" : "192.0.2.0/24"});
    case PropertyType::Ip:
        return PropertyValue(std::string(*text == "10.0.1.4" ? "10.1.0.9" : "10.0.1.4"));
    case PropertyType::IpList:
        return PropertyValue(StringList{list->empty() ? "10.0.3.4" : "203.0.113.50"});
    case PropertyType::TextList: {
        StringList more = *list;
        more.push_back(more.empty() ? "privatelink.eastus.azmk8s.io" : "someone@example.com");
        return PropertyValue(more);
    }
    case PropertyType::SourceList: {
        StringList more = *list;
        more.push_back("10.0.0.0/8");
        return PropertyValue(more);
    }
    case PropertyType::Ref: {
        for (const auto& id : candidates())
            if (id != *text)
                return PropertyValue(id);
        return text->empty() ? std::nullopt : std::optional<PropertyValue>(std::string());
    }
    case PropertyType::RefList: {
        if (!list->empty())
            return PropertyValue(StringList(list->begin() + 1, list->end()));
        auto ids = candidates();
        return ids.empty() ? std::nullopt : std::optional<PropertyValue>(StringList{ids.front()});
    }
    case PropertyType::ZoneChoice: {
        if (*text == "System")
            return PropertyValue(std::string("None"));
        auto zones = candidates();
        if (*text == "None" && !zones.empty())
            return PropertyValue(zones.front());
        return PropertyValue(std::string("System"));
    }
    }
    return std::nullopt;
}

// Every property of every element and link changed to another valid value and back, each time
// compared with a fresh analysis: whichever way LiveAnalysis takes for the edit.
// Returns how many edits were checked.
int changeEveryProperty(Design& d, const std::string& name)
{
    int checked = 0;
    LiveAnalysis live(d);
    std::vector<std::string> ids;
    for (const auto& e : d.elements())
        ids.push_back(e.id);
    for (const auto& id : ids) {
        const Element before = *d.element(id);
        for (const auto& spec : KindRegistry::info(before.kind).properties) {
            auto value = otherValue(d, spec, before.value(spec.key));
            if (!value)
                continue;
            Element changed = before;
            changed.properties[spec.key] = *value;
            d.replaceElement(changed);
            if (!DesignChecker::check(d).empty()) {
                d.replaceElement(before);
                expectFresh(d, live, name + ": " + id + " back");
                continue;
            }
            expectFresh(d, live, name + ": " + id + "." + spec.key);
            ++checked;
            d.replaceElement(before);
            expectFresh(d, live, name + ": " + id + "." + spec.key + " restored");
        }
    }
    std::vector<std::string> links;
    for (const auto& l : d.links())
        links.push_back(l.id);
    for (const auto& id : links) {
        const Link before = *d.link(id);
        for (const auto& spec : KindRegistry::info(before.kind).properties) {
            auto it = before.properties.find(spec.key);
            auto value =
                otherValue(d, spec, it == before.properties.end() ? spec.defaultValue : it->second);
            if (!value)
                continue;
            Link changed = before;
            changed.properties[spec.key] = *value;
            d.replaceLink(changed);
            expectFresh(d, live, name + ": link " + id + "." + spec.key);
            ++checked;
            d.replaceLink(before);
            expectFresh(d, live, name + ": link " + id + "." + spec.key + " restored");
        }
    }
    return checked;
}

} // namespace

TEST(LiveAnalysisTest, EveryPropertyOfEveryTemplate)
{
    int checked = 0;
    for (const auto& file : templateFiles()) {
        Design d = load(file.filename().string().c_str());
        checked += changeEveryProperty(d, file.filename().string());
    }
    EXPECT_GT(checked, 600);
}

TEST(LiveAnalysisTest, EveryPropertyOfAnEstate)
{
    Design d = bench::generateEstate(150);
    EXPECT_GT(changeEveryProperty(d, "estate"), 400);
}
