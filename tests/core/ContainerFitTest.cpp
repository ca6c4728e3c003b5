#include "model/ContainerFit.h"

#include "TestDesigns.h"

#include <gtest/gtest.h>

using namespace kg;
using kg::test::element;

namespace {
// VNet 0,0 400x300 holding subnet 20,40 200x120 holding a VM 40,80 100x40.
Design nested()
{
    Design d;
    Element vnet = element("vnet", ElementKind::AzureVnet);
    vnet.geometry = {0, 0, 400, 300};
    Element snet = element("snet", ElementKind::AzureSubnet, "vnet");
    snet.geometry = {20, 40, 200, 120};
    Element vm = element("vm", ElementKind::JumpboxVm, "snet");
    vm.geometry = {40, 80, 100, 40};
    d.insertElement(vnet);
    d.insertElement(snet);
    d.insertElement(vm);
    return d;
}
} // namespace

TEST(ContainerFitTest, NothingGrowsWhileChildrenFit)
{
    const Design d = nested();
    Element vm = *d.element("vm");
    vm.geometry.x += 10;
    EXPECT_TRUE(ContainerFit::grow(d, {vm}).empty());
}

TEST(ContainerFitTest, AChildMovedPastTheEdgeGrowsEveryAncestor)
{
    const Design d = nested();
    Element vm = *d.element("vm");
    vm.geometry.x = 500; // right edge at 600
    const auto grown = ContainerFit::grow(d, {vm});
    ASSERT_EQ(grown.size(), 2u);
    for (const auto& e : grown) {
        EXPECT_GE(e.geometry.x + e.geometry.width, 600 + ContainerFit::kMargin) << e.id;
        EXPECT_EQ(e.geometry.x, d.element(e.id)->geometry.x) << e.id << " must not move";
    }
    // The VNet holds the grown subnet with a margin too.
    const Element& vnet = grown[0].id == "vnet" ? grown[0] : grown[1];
    const Element& snet = grown[0].id == "snet" ? grown[0] : grown[1];
    EXPECT_GE(vnet.geometry.x + vnet.geometry.width,
              snet.geometry.x + snet.geometry.width + ContainerFit::kMargin);
}

TEST(ContainerFitTest, AChildMovedIntoAnotherContainerGrowsTheNewOne)
{
    Design d = nested();
    Element other = element("vnet2", ElementKind::AzureVnet);
    other.geometry = {600, 0, 100, 80};
    d.insertElement(other);
    Element snet = *d.element("snet");
    snet.parent = "vnet2";
    snet.geometry = {620, 50, 200, 120};
    const auto grown = ContainerFit::grow(d, {snet});
    ASSERT_EQ(grown.size(), 1u);
    EXPECT_EQ(grown[0].id, "vnet2");
    EXPECT_EQ(grown[0].geometry.width, 820 + ContainerFit::kMargin - 600);
    EXPECT_EQ(grown[0].geometry.height, 170 + ContainerFit::kMargin);
}

TEST(ContainerFitTest, MinimumForAResizeKeepsTheChildren)
{
    const Design d = nested();
    const Rect min = ContainerFit::minimumFor(d, *d.element("snet"));
    EXPECT_EQ(min.x, 20);
    EXPECT_EQ(min.width, 140 + ContainerFit::kMargin - 20);
    EXPECT_EQ(min.height, 120 + ContainerFit::kMargin - 40);
    EXPECT_EQ(ContainerFit::minimumFor(d, *d.element("vm")).width, 0);
}

TEST(ContainerFitTest, ShiftMovesTheSubtreeAndChangesAddGrowth)
{
    const Design d = nested();
    std::map<std::string, Element> after;
    ContainerFit::shift(d, "snet", 300, 0, after); // the subnet and its VM
    ASSERT_EQ(after.size(), 2u);
    EXPECT_EQ(after["vm"].geometry.x, 340);
    const auto changes = ContainerFit::changes(d, after);
    // The subnet, the VM, and the VNet that grew to hold them.
    ASSERT_EQ(changes.size(), 3u);
    bool vnetGrew = false;
    for (const auto& [before, afterState] : changes)
        vnetGrew = vnetGrew || (before.id == "vnet" && afterState.geometry.width > 400);
    EXPECT_TRUE(vnetGrew);
    // Unchanged elements are left out.
    std::map<std::string, Element> same{{"vm", *d.element("vm")}};
    EXPECT_TRUE(ContainerFit::changes(d, same).empty());
}
