// The live analysis against a fresh one: moves of every element into every container, and the
// regressions found by the fuzzer and the canvas truth soak.
#include "EstateGenerator.h"
#include "LiveAnalysisChecks.h"
#include "TemplateFiles.h"
#include "model/AddItemsEdit.h"
#include "model/DesignChecker.h"
#include "model/Fragment.h"
#include "model/KindRegistry.h"
#include "model/RemoveItemsEdit.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace kg;
using namespace kg::test;

namespace {

// Every element moved into every container that may hold it (and to the top level), compared
// with a fresh analysis after the move and after moving it back. Returns how many moves took
// the structural way instead of the full analysis.
int moveEverything(Design& d, const std::string& name, int& checked)
{
    int structural = 0;
    LiveAnalysis live(d);
    std::vector<std::string> ids;
    std::vector<std::string> containers{""};
    for (const auto& e : d.elements()) {
        ids.push_back(e.id);
        if (KindRegistry::info(e.kind).container)
            containers.push_back(e.id);
    }
    for (const auto& id : ids) {
        const Element before = *d.element(id);
        for (const auto& to : containers) {
            if (to == before.parent || to == id || d.isAncestor(id, to))
                continue;
            Element moved = before;
            moved.parent = to;
            d.replaceElement(moved);
            if (!DesignChecker::check(d).empty()) {
                d.replaceElement(before);
                expectFresh(d, live, name + ": " + id + " back");
                continue;
            }
            expectFresh(d, live, name + ": " + id + " into '" + to + "'");
            structural += live.lastUpdate() == LiveAnalysis::Update::Structural ? 1 : 0;
            ++checked;
            d.replaceElement(before);
            expectFresh(d, live, name + ": " + id + " back from '" + to + "'");
        }
    }
    return structural;
}

} // namespace

TEST(LiveAnalysisTest, EveryMoveOfEveryTemplate)
{
    int checked = 0;
    int structural = 0;
    for (const auto& file : templateFiles()) {
        Design d = load(file.filename().string().c_str());
        structural += moveEverything(d, file.filename().string(), checked);
    }
    std::cout << checked << " moves, " << structural << " structural\n";
    EXPECT_GT(checked, 100);
    // Clients, clusters and subnets between spokes take the cheap way.
    EXPECT_GT(structural, checked / 4);
}

TEST(LiveAnalysisTest, EveryMoveOfAnEstate)
{
    int checked = 0;
    Design d = bench::generateEstate(100);
    const int structural = moveEverything(d, "estate", checked);
    std::cout << checked << " moves, " << structural << " structural\n";
    EXPECT_GT(checked, 400);
    EXPECT_GT(structural, checked / 2);
}

// Several elements moved at once (a drag of a selection), then an element added before a move
// (the kept topology cannot tell where things were: the full analysis).
TEST(LiveAnalysisTest, MovesTogetherAndAfterAnAddition)
{
    Design d = bench::generateEstate(300);
    LiveAnalysis live(d);
    std::vector<const Element*> clients;
    const Element* spokeSubnet = nullptr;
    for (const auto& e : d.elements()) {
        if (e.parent == "snet-ops" && clients.size() < 3)
            clients.push_back(&e);
        if (!spokeSubnet && e.kind == ElementKind::AzureSubnet && e.parent == "vnet-0")
            spokeSubnet = &e;
    }
    ASSERT_EQ(clients.size(), 3u);
    ASSERT_NE(spokeSubnet, nullptr);
    const std::string target = spokeSubnet->id;
    std::vector<Element> before;
    for (const Element* c : clients)
        before.push_back(*c);
    for (const auto& b : before) {
        Element moved = b;
        moved.parent = target;
        d.replaceElement(moved);
    }
    expectFresh(d, live, "three clients moved from the hub into a spoke");
    EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::Structural);
    for (const auto& b : before)
        d.replaceElement(b);
    expectFresh(d, live, "the clients moved back");
    EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::Structural);

    Element laptop;
    laptop.id = "laptop-new";
    laptop.kind = ElementKind::Laptop;
    AddItemsEdit add({laptop}, {}, "Add");
    add.apply(d);
    Element moved = before.front();
    moved.parent = target;
    d.replaceElement(moved);
    expectFresh(d, live, "a laptop added, then a client moved");
    EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::Full);
}

// Found by fuzz_live_analysis: the only peering between two networks (each a leaf) changed in
// place, then an element removed in the same update: the peering's paths must be redone.
TEST(LiveAnalysisTest, PeeringOfTwoLeavesChangedWithARemoval)
{
    Design d = load("aks-private-none-public-fqdn.kubegate");
    LiveAnalysis live(d);
    Link peering = *d.link("peer-hub-spoke");
    peering.properties["state"] = std::string("pending");
    d.replaceLink(peering);
    RemoveItemsEdit remove(d, {"vm-jumpbox"}, "Delete");
    remove.apply(d);
    expectFresh(d, live, "a pending peering and a removal in one update");
    EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::Structural);
    remove.revert(d);
    peering.properties["state"] = std::string("active");
    d.replaceLink(peering);
    expectFresh(d, live, "both undone in one update");

    RemoveItemsEdit unpeer(d, {"peer-hub-spoke"}, "Delete");
    unpeer.apply(d);
    expectFresh(d, live, "the peering of two leaves removed");
    unpeer.revert(d);
    expectFresh(d, live, "and restored");
}

// Found by fuzz_live_analysis: a cluster's rules read its node groups' subnets (EKS-022: no
// internet egress), so a change to the subnet a node group sits in rechecks the cluster, also
// when the subnet is in another VPC.
TEST(LiveAnalysisTest, NodeGroupSubnetRechecksItsCluster)
{
    Design d = load("eks-private-transit-vpn.kubegate");
    LiveAnalysis live(d);
    Element igw;
    igw.id = "igw-tools";
    igw.kind = ElementKind::AwsInternetGateway;
    igw.parent = "vpc-tools";
    d.insertElement(igw);
    expectFresh(d, live, "an internet gateway in the tools VPC");
    change(d, "tools-a", "mapPublicIpOnLaunch", true);
    expectFresh(d, live, "public addresses in the tools subnet");
    Element nodes = *d.element("nodes-a");
    nodes.parent = "tools-a";
    d.replaceElement(nodes);
    expectFresh(d, live, "the node group moved into the tools subnet");
    change(d, "tools-a", "defaultRoute", std::string("igw-tools"));
    expectFresh(d, live, "the tools subnet routed to the internet gateway");
    change(d, "tools-a", "defaultRoute", std::string());
    expectFresh(d, live, "and no longer");
}

// Deleting what a hub's subnet names (its NSG) clears the reference and removes the element in
// one command: a structural update that redoes what the subnet holds, not everything.
TEST(LiveAnalysisTest, DeletingWhatAHubSubnetNames)
{
    Design d = load("aks-private-hub-spoke.kubegate");
    LiveAnalysis live(d);
    Element nsg;
    nsg.id = "nsg-jumpbox";
    nsg.kind = ElementKind::AzureNsg;
    nsg.parent = "vnet-hub";
    d.insertElement(nsg);
    change(d, "snet-jumpbox", "networkSecurityGroup", std::string("nsg-jumpbox"));
    expectFresh(d, live, "an NSG on the hub's jumpbox subnet");
    RemoveItemsEdit remove(d, {"nsg-jumpbox"}, "Delete");
    remove.apply(d);
    expectFresh(d, live, "the NSG deleted");
    EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::Structural);
    remove.revert(d);
    expectFresh(d, live, "the deletion undone");
    EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::Structural);
}

// A private endpoint without a target in a hub's subnet: editing the subnet redoes the
// endpoints' targets, and an endpoint with none names no cluster.
TEST(LiveAnalysisTest, HubSubnetWithAnEndpointWithoutTarget)
{
    Design d = load("aks-private-hub-spoke.kubegate");
    LiveAnalysis live(d);
    Element pe;
    pe.id = "pe-loose";
    pe.kind = ElementKind::AzurePrivateEndpoint;
    pe.parent = "snet-jumpbox";
    d.insertElement(pe);
    expectFresh(d, live, "an endpoint without a target in the hub");
    change(d, "snet-jumpbox", "addressPrefix", std::string("10.0.1.0/25"));
    expectFresh(d, live, "the hub subnet holding it changed");
    EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::InPlace);
}

// Found by the canvas truth soak: duplicating a delegated subnet that holds a VNet-integrated
// cluster (the copy holds a copy of the cluster and is delegated too).
TEST(LiveAnalysisTest, DuplicatingADelegatedSubnetWithItsCluster)
{
    Design d = load("aks-vnet-integration-public.kubegate");
    LiveAnalysis live(d);
    change(d, "snet-aks", "delegation", std::string("Microsoft.ContainerService/managedClusters"));
    expectFresh(d, live, "delegating the node subnet");
    const Fragment copy = Fragment::extract(d, {"snet-aks"}).instantiate(d, 20, 20);
    AddItemsEdit add(copy.elements, copy.links, "Duplicate");
    add.apply(d);
    expectFresh(d, live, "duplicating it");
    add.revert(d);
    expectFresh(d, live, "undoing the duplicate");
}

// Found by the canvas truth soak: a rename in the same update as a removal (a redo-all) left
// the findings naming the element by its old name.
TEST(LiveAnalysisTest, RenameBatchedWithARemovalRenamesTheFindings)
{
    Design d = load("aks-private-hub-spoke.kubegate");
    LiveAnalysis live(d);
    RemoveItemsEdit remove(d, {"onprem"}, "Delete");
    remove.apply(d);
    Element c = *d.element("aks-pay");
    c.name = "aks-pay 29";
    d.replaceElement(c);
    expectFresh(d, live, "removing onprem and renaming aks-pay in one update");
}

// Transit gateway route tables: an attachment's association and propagation, and the gateway's
// static routes, redo what goes through the gateway, as a fresh analysis does.
TEST(LiveAnalysisTest, TransitGatewayRouteTableEditsMatchAFreshRun)
{
    Design d = load("eks-private-transit-vpn.kubegate");
    LiveAnalysis live(d);
    auto setLink = [&](const std::string& id, const std::string& key, PropertyValue v) {
        Link l = *d.link(id);
        l.properties[key] = std::move(v);
        d.replaceLink(l);
    };
    expectFresh(d, live, "the template");
    setLink("att-tools", "associatedRouteTable", std::string());
    expectFresh(d, live, "the tools attachment in no route table");
    setLink("att-tools", "associatedRouteTable", std::string("rt-tools"));
    expectFresh(d, live, "in a table of its own");
    setLink("att-prod", "propagatesTo", StringList{"default", "rt-tools"});
    expectFresh(d, live, "the cluster VPC propagating there");
    setLink("att-prod", "associatedRouteTable", std::string("rt-prod"));
    expectFresh(d, live, "the cluster attachment in a table of its own");
    change(d, "tgw", "staticRoutes", StringList{"rt-prod 10.40.0.0/16 att-tools"});
    expectFresh(d, live, "a static route back to the tools VPC");
    change(d, "tgw", "staticRoutes", StringList{"rt-prod 0.0.0.0/0 blackhole"});
    expectFresh(d, live, "a blackhole instead");
    change(d, "tgw", "staticRoutes", StringList{});
    expectFresh(d, live, "no static routes");
    // The address spaces behind the attachments are the propagated routes; a second connection
    // keeps the cluster VPC from being a leaf (whose rows and columns are redone anyway).
    d.insertLink(Link{"peer-extra", LinkKind::Peering, "vpc-prod", "vpc-tools", {}});
    expectFresh(d, live, "a peering beside the transit gateway");
    change(d, "vpc-prod", "cidrBlocks", StringList{});
    expectFresh(d, live, "the cluster VPC's CIDRs unknown");
    change(d, "vpc-prod", "cidrBlocks", StringList{"10.20.0.0/16"});
    expectFresh(d, live, "and known again");
    change(d, "vpc-tools", "cidrBlocks", StringList{"10.20.0.0/20"});
    expectFresh(d, live, "the tools VPC's CIDR inside the cluster VPC's");
    change(d, "office", "addressSpace", StringList{});
    expectFresh(d, live, "the office's address space unknown");
}

// Change Kind on a client that stays a client: its row is redone on a fresh topology, not the
// whole design, and the result is what a fresh analysis gives.
TEST(LiveAnalysisTest, AClientChangingKindRedoesItsRow)
{
    Design d = load("aks-private-hub-spoke.kubegate");
    LiveAnalysis live(d);
    live.update();
    const Element jumpbox = *d.element("vm-jumpbox");
    Element agent = jumpbox;
    agent.kind = ElementKind::AdoSelfHostedAgent;
    agent.properties.clear();
    d.replaceElement(agent);
    expectFresh(d, live, "a jumpbox made a self-hosted agent");
    EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::Structural);
    d.replaceElement(jumpbox);
    expectFresh(d, live, "and back");
    EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::Structural);

    // The Microsoft-hosted agent (which cannot reach a private cluster) made a laptop.
    const Element hosted = *d.element("ado-hosted");
    Element laptop = hosted;
    laptop.kind = ElementKind::Laptop;
    laptop.properties = {{"egressIPs", StringList{"203.0.113.50"}}};
    d.replaceElement(laptop);
    expectFresh(d, live, "a Microsoft-hosted agent made a laptop");
    EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::Structural);
    // A client made something that is no client: everything is redone.
    Element gateway = jumpbox;
    gateway.kind = ElementKind::AzureNatGateway;
    gateway.properties.clear();
    d.replaceElement(gateway);
    expectFresh(d, live, "a jumpbox made a NAT gateway");
    EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::Full);
}
