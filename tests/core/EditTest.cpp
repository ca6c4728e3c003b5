#include "TestDesigns.h"
#include "model/AddItemsEdit.h"
#include "model/ChangeElementsEdit.h"
#include "model/ChangeInfoEdit.h"
#include "model/ChangeLinkEdit.h"
#include "model/CompositeEdit.h"
#include "model/DesignChecker.h"
#include "model/RemoveItemsEdit.h"

#include <gtest/gtest.h>
#include <memory>

using namespace kg;
using kg::test::element;

namespace {
// Applies, checks the change happened, reverts, checks the exact original is back, re-applies
// and checks the exact changed state is back.
void expectReversible(Design& d, Edit& edit)
{
    const Design before = d;
    edit.apply(d);
    const Design after = d;
    EXPECT_FALSE(after == before) << edit.label() << " changed nothing";
    edit.revert(d);
    EXPECT_TRUE(d == before) << edit.label() << " did not revert exactly";
    edit.apply(d);
    EXPECT_TRUE(d == after) << edit.label() << " did not redo exactly";
    EXPECT_TRUE(DesignChecker::check(d).empty()) << edit.label() << " left a broken design";
}
} // namespace

TEST(EditTest, AddItems)
{
    Design d = test::hubAndSpoke();
    AddItemsEdit edit({element("vnet-x", ElementKind::AzureVnet),
                       element("snet-x", ElementKind::AzureSubnet, "vnet-x")},
                      {test::link("peer-x", LinkKind::Peering, "vnet-x", "vnet-hub")}, "Add");
    expectReversible(d, edit);
    EXPECT_EQ(d.subtree("vnet-x").size(), 2u);
}

TEST(EditTest, RemoveTakesChildrenLinksAndReferences)
{
    Design d = test::hubAndSpoke();
    Element aks = *d.element("aks");
    aks.properties["apiServerAccessProfile.subnetId"] = std::string("snet-hub");
    d.replaceElement(aks);
    RemoveItemsEdit edit(d, {"vnet-hub"}, "Delete");
    expectReversible(d, edit);
    EXPECT_EQ(d.element("vnet-hub"), nullptr);
    EXPECT_EQ(d.element("snet-hub"), nullptr);
    EXPECT_EQ(d.element("jump"), nullptr);
    EXPECT_EQ(d.link("peer"), nullptr);
    EXPECT_EQ(d.link("zl-hub"), nullptr);
    EXPECT_EQ(d.element("aks")->stringValue("apiServerAccessProfile.subnetId"), "")
        << "references to removed elements are cleared";
}

TEST(EditTest, RemovingAZoneResetsPrivateDnsZoneToSystem)
{
    Design d = test::hubAndSpoke();
    RemoveItemsEdit edit(d, {"zone"}, "Delete");
    expectReversible(d, edit);
    EXPECT_EQ(d.element("aks")->stringValue("apiServerAccessProfile.privateDNSZone"), "System");
}

TEST(EditTest, RemoveALinkAlone)
{
    Design d = test::hubAndSpoke();
    RemoveItemsEdit edit(d, {"peer"}, "Delete link");
    expectReversible(d, edit);
    EXPECT_EQ(d.link("peer"), nullptr);
    EXPECT_NE(d.element("vnet-hub"), nullptr);
}

TEST(EditTest, RemovePreservesDocumentOrderOnUndo)
{
    Design d = test::hubAndSpoke();
    RemoveItemsEdit edit(d, {"snet-hub", "laptop", "zone"}, "Delete");
    expectReversible(d, edit);
}

TEST(EditTest, ChangeElementsMovesRenamesAndReparents)
{
    Design d = test::hubAndSpoke();
    Element jumpBefore = *d.element("jump");
    Element jumpAfter = jumpBefore;
    jumpAfter.parent = "snet-aks";
    jumpAfter.geometry.x += 300;
    jumpAfter.name = "jumpbox in spoke";
    Element laptopBefore = *d.element("laptop");
    Element laptopAfter = laptopBefore;
    laptopAfter.properties["egressIPs"] = StringList{"198.51.100.1"};
    ChangeElementsEdit edit({{jumpBefore, jumpAfter}, {laptopBefore, laptopAfter}}, "Move");
    expectReversible(d, edit);
    EXPECT_EQ(d.element("jump")->parent, "snet-aks");
    EXPECT_EQ(d.children("snet-aks").size(), 2u);
}

// A link's route follows its ends: both moved by one offset (a container dragged with what it
// holds), the bends move with them; one end moved alone or resized, the route is dropped; Tidy
// gives new routes. Undo brings the old route back each time.
TEST(EditTest, RoutesFollowTheirEnds)
{
    Design d = test::hubAndSpoke();
    Link peer = *d.link("peer");
    peer.route = {{500, 40}, {520, 300}};
    d.replaceLink(peer);
    auto moved = [&](const std::string& id, double dx, double dy, double dw = 0) {
        Element after = *d.element(id);
        after.geometry.x += dx;
        after.geometry.y += dy;
        after.geometry.width += dw;
        return std::pair<Element, Element>(*d.element(id), after);
    };
    {
        ChangeElementsEdit both({moved("vnet-hub", 30, -10), moved("vnet-spoke", 30, -10)}, "Move");
        expectReversible(d, both);
        EXPECT_EQ(d.link("peer")->route, (std::vector<RoutePoint>{{530, 30}, {550, 290}}));
        both.revert(d);
        EXPECT_EQ(d.link("peer")->route, peer.route);
    }
    {
        ChangeElementsEdit one({moved("vnet-hub", 30, -10)}, "Move");
        expectReversible(d, one);
        EXPECT_TRUE(d.link("peer")->route.empty());
        one.revert(d);
        EXPECT_EQ(d.link("peer")->route, peer.route);
    }
    {
        ChangeElementsEdit resized({moved("vnet-hub", 0, 0, 40), moved("vnet-spoke", 0, 0)},
                                   "Resize");
        expectReversible(d, resized);
        EXPECT_TRUE(d.link("peer")->route.empty());
        resized.revert(d);
    }
    {
        // A route given (Tidy) wins; links of unmoved ends keep theirs.
        ChangeElementsEdit tidy({moved("laptop", 100, 0)}, "Tidy",
                                {{"peer", {{1, 2}, {3, 4}, {5, 6}}}});
        expectReversible(d, tidy);
        EXPECT_EQ(d.link("peer")->route, (std::vector<RoutePoint>{{1, 2}, {3, 4}, {5, 6}}));
        tidy.revert(d);
        EXPECT_EQ(d.link("peer")->route, peer.route);
    }
    {
        // Merged steps (keyboard nudges) undo to the route before the first.
        ChangeElementsEdit first({moved("vnet-hub", 10, 0)}, "Nudge");
        first.apply(d);
        ChangeElementsEdit second({moved("vnet-hub", 10, 0)}, "Nudge");
        second.apply(d);
        Element start = *d.element("vnet-hub");
        start.geometry.x -= 20;
        ChangeElementsEdit merged({{start, *d.element("vnet-hub")}}, "Nudge");
        merged.takeLinksFrom(first, second);
        merged.revert(d);
        EXPECT_EQ(d.link("peer")->route, peer.route);
        EXPECT_EQ(d.element("vnet-hub")->geometry.x, start.geometry.x);
    }
}

TEST(EditTest, ChangeLinkAndInfo)
{
    Design d = test::hubAndSpoke();
    Link before = *d.link("peer");
    Link after = before;
    after.properties["allowGatewayTransit"] = true;
    ChangeLinkEdit linkEdit(before, after, "Change peering");
    expectReversible(d, linkEdit);
    ChangeInfoEdit info(d, "New title", "New notes");
    expectReversible(d, info);
    EXPECT_EQ(d.title(), "New title");
}

TEST(EditTest, CompositeRevertsInReverseOrder)
{
    Design d = test::hubAndSpoke();
    CompositeEdit edit("Paste");
    edit.add(std::make_unique<AddItemsEdit>(
        std::vector<Element>{element("vnet-y", ElementKind::AzureVnet)}, std::vector<Link>{}, "a"));
    edit.add(std::make_unique<AddItemsEdit>(
        std::vector<Element>{element("snet-y", ElementKind::AzureSubnet, "vnet-y")},
        std::vector<Link>{}, "b"));
    EXPECT_FALSE(edit.empty());
    expectReversible(d, edit);
}

TEST(EditTest, LongUndoRedoSequenceReturnsTheExactDesign)
{
    Design d = test::hubAndSpoke();
    const Design original = d;
    std::vector<std::unique_ptr<Edit>> done;
    for (int i = 0; i < 20; ++i) {
        std::string id = "laptop-" + std::to_string(i);
        done.push_back(std::make_unique<AddItemsEdit>(
            std::vector<Element>{element(id, ElementKind::Laptop)}, std::vector<Link>{}, "Add"));
        done.back()->apply(d);
        if (i % 3 == 0) {
            done.push_back(
                std::make_unique<RemoveItemsEdit>(d, std::vector<std::string>{id}, "Del"));
            done.back()->apply(d);
        }
    }
    const Design end = d;
    for (auto it = done.rbegin(); it != done.rend(); ++it)
        (*it)->revert(d);
    EXPECT_TRUE(d == original);
    for (auto& e : done)
        e->apply(d);
    EXPECT_TRUE(d == end);
}
