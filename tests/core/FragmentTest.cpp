#include "model/Fragment.h"

#include "TestDesigns.h"
#include "io/DesignJson.h"
#include "model/AddItemsEdit.h"
#include "model/DesignChecker.h"
#include "model/RemoveItemsEdit.h"

#include <gtest/gtest.h>

using namespace kg;
using kg::test::element;

namespace {
// Adds the fragment to the design and checks the result is structurally sound.
void add(Design& d, const Fragment& f)
{
    AddItemsEdit edit(f.elements, f.links, "Paste");
    edit.apply(d);
    const auto problems = DesignChecker::check(d);
    EXPECT_TRUE(problems.empty()) << (problems.empty()
                                          ? ""
                                          : render(problems.front().text, Language::English));
}
} // namespace

TEST(FragmentTest, ExtractTakesSubtreesOnceAndInnerLinksOnly)
{
    const Design d = test::hubAndSpoke();
    const Fragment f = Fragment::extract(d, {"vnet-spoke", "aks", "zone"});
    std::vector<std::string> ids;
    for (const auto& e : f.elements)
        ids.push_back(e.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"vnet-spoke", "snet-aks", "zone", "aks"}));
    EXPECT_TRUE(f.links.empty()); // peer and zl-hub reach vnet-hub, which is not copied
    const Fragment both = Fragment::extract(d, {"vnet-spoke", "vnet-hub"});
    ASSERT_EQ(both.links.size(), 1u);
    EXPECT_EQ(both.links.front().id, "peer");
}

TEST(FragmentTest, DuplicateGetsFreshIdsShiftedGeometryAndInnerReferences)
{
    Design d = test::hubAndSpoke();
    const Fragment f = Fragment::extract(d, {"vnet-spoke", "zone"}).instantiate(d, 20, 30);
    ASSERT_EQ(f.elements.size(), 4u);
    for (const auto& e : f.elements)
        EXPECT_FALSE(d.contains(e.id)) << e.id;
    const Element* aks = nullptr;
    for (const auto& e : f.elements)
        if (e.kind == ElementKind::AksCluster)
            aks = &e;
    ASSERT_TRUE(aks);
    EXPECT_EQ(aks->geometry.x, 30);
    EXPECT_EQ(aks->geometry.y, 50);
    EXPECT_EQ(aks->id, "aks-1");
    EXPECT_EQ(aks->parent, "snet-aks-1");
    // The copied cluster uses the copied zone.
    EXPECT_EQ(aks->stringValue("apiServerAccessProfile.privateDNSZone"), "zone-1");
    add(d, f);
    EXPECT_EQ(d.elements().size(), 12u);
}

TEST(FragmentTest, OutsideReferencesAreKeptWhenPresentAndClearedWhenGone)
{
    Design d = test::hubAndSpoke();
    const Fragment f = Fragment::extract(d, {"aks"});
    const Fragment same = f.instantiate(d, 0, 0);
    EXPECT_EQ(same.elements.front().stringValue("apiServerAccessProfile.privateDNSZone"), "zone");
    EXPECT_EQ(same.elements.front().parent, "snet-aks");
    RemoveItemsEdit remove(d, {"zone"}, "Delete");
    remove.apply(d);
    const Fragment gone = f.instantiate(d, 0, 0);
    EXPECT_EQ(gone.elements.front().stringValue("apiServerAccessProfile.privateDNSZone"), "System");
    add(d, gone);
}

TEST(FragmentTest, RootsGoIntoTheTargetWhenTheyFitAndAreDroppedWhenNowhereFits)
{
    Design d = test::hubAndSpoke();
    const Fragment subnet = Fragment::extract(d, {"snet-aks"});
    // Into another VNet.
    Fragment into = subnet.instantiate(d, 0, 0, "vnet-hub");
    ASSERT_EQ(into.elements.size(), 2u);
    EXPECT_EQ(into.elements.front().parent, "vnet-hub");
    // A subnet cannot go into a subnet: it stays in its original VNet.
    EXPECT_EQ(subnet.instantiate(d, 0, 0, "snet-hub").elements.front().parent, "vnet-spoke");
    // With its VNet gone and no target, a subnet fits nowhere: nothing is pasted.
    Design other;
    EXPECT_TRUE(subnet.instantiate(other, 0, 0).empty());
    add(d, into);
}

// The clipboard's round trip: a piece saved as a design and read back by the fragment loader
// keeps its roots' parents and its references to elements outside, so that a paste into the
// same design puts it where it was; the whole-design loader refuses the same text.
TEST(FragmentTest, SavedFragmentReadsBackWithItsOutsideParentsAndReferences)
{
    const Design d = test::hubAndSpoke();
    const Fragment f = Fragment::extract(d, {"aks"});
    ASSERT_FALSE(f.elements.empty());
    const std::string text = DesignJson::save(f.asDesign());
    EXPECT_FALSE(DesignJson::load(text).ok()); // its parent is not in it
    LoadResult back = DesignJson::loadFragment(text);
    ASSERT_TRUE(back.ok()) << back.errors.front().format("clipboard");
    std::vector<std::string> all;
    for (const auto& e : back.design->elements())
        all.push_back(e.id);
    const Fragment again = Fragment::extract(*back.design, all);
    ASSERT_EQ(again.elements.size(), f.elements.size());
    EXPECT_EQ(again.elements.front().parent, d.element("aks")->parent);
    Design target = d;
    add(target, again.instantiate(target, 20, 20));
}

// The fragment loader checks every item as the design loader does.
TEST(FragmentTest, FragmentLoaderRefusesBrokenItems)
{
    const std::string header = R"({"format": "kubegate", "version": 2, "elements": [)";
    for (
        const std::string& bad : {
            header + R"({"id": "a", "kind": "client.toaster"}]})",
            header +
                R"({"id": "a", "kind": "client.laptop", "properties": {"egressIPs": ["1.2.3"]}}]})",
            header +
                R"({"id": "a", "kind": "client.laptop"}, {"id": "a", "kind": "client.laptop"}]})",
            header + R"({"id": "", "kind": "client.laptop"}]})",
            std::string(R"({"format": "kubegate", "version": 2, "elements": [], "links": [)") +
                R"({"id": "l", "kind": "warp", "from": "a", "to": "b"}]})",
        }) {
        const LoadResult r = DesignJson::loadFragment(bad);
        EXPECT_FALSE(r.ok()) << bad;
        if (!r.ok()) {
            EXPECT_FALSE(r.errors.front().pointer.empty() && r.errors.front().line == 0) << bad;
        }
    }
}
