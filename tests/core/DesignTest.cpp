#include "TestDesigns.h"
#include "model/DesignChecker.h"
#include "model/Ids.h"
#include "model/KindRegistry.h"

#include <gtest/gtest.h>

using namespace kg;
using kg::test::element;

namespace {
class Recorder : public DesignObserver
{
public:
    void designChanged(const DesignChange& c) override { changes.push_back(c); }
    std::vector<DesignChange> changes;
};
} // namespace

TEST(DesignTest, IndexesElementsAndChildren)
{
    Design d = test::hubAndSpoke();
    ASSERT_NE(d.element("aks"), nullptr);
    EXPECT_EQ(d.element("aks")->kind, ElementKind::AksCluster);
    EXPECT_EQ(d.element("nope"), nullptr);
    EXPECT_EQ(d.link("peer")->to, "vnet-spoke");
    auto top = d.children("");
    ASSERT_EQ(top.size(), 4u);
    EXPECT_EQ(top[0]->id, "vnet-hub");
    EXPECT_EQ(top[3]->id, "laptop");
    EXPECT_EQ(d.subtree("vnet-spoke"), (std::vector<std::string>{"vnet-spoke", "snet-aks", "aks"}));
    EXPECT_TRUE(d.isAncestor("vnet-spoke", "aks"));
    EXPECT_FALSE(d.isAncestor("vnet-hub", "aks"));
    EXPECT_EQ(d.linksOf("vnet-hub").size(), 2u);
}

TEST(DesignTest, InsertAtIndexKeepsIndexesRight)
{
    Design d = test::hubAndSpoke();
    d.insertElement(element("first", ElementKind::Laptop), 0);
    EXPECT_EQ(*d.elementIndex("first"), 0u);
    EXPECT_EQ(*d.elementIndex("vnet-hub"), 1u);
    EXPECT_EQ(d.element("laptop")->id, "laptop");
    Element removed = d.eraseElement("vnet-hub");
    EXPECT_EQ(removed.id, "vnet-hub");
    EXPECT_EQ(*d.elementIndex("snet-hub"), 1u);
    EXPECT_THROW(d.insertElement(element("aks", ElementKind::Laptop)), std::invalid_argument);
    EXPECT_THROW(d.eraseElement("vnet-hub"), std::invalid_argument);
}

TEST(DesignTest, ReplaceMovesBetweenParents)
{
    Design d = test::hubAndSpoke();
    Element jump = *d.element("jump");
    jump.parent = "snet-aks";
    d.replaceElement(jump);
    EXPECT_TRUE(d.children("snet-hub").empty());
    EXPECT_EQ(d.children("snet-aks").size(), 2u);
}

TEST(DesignTest, NotifiesObserversOfEachChange)
{
    Design d = test::hubAndSpoke();
    Recorder r;
    d.addObserver(&r);
    auto revision = d.revision();
    d.insertElement(element("x", ElementKind::Laptop));
    Element x = *d.element("x");
    x.parent = "";
    x.name = "renamed";
    d.replaceElement(x);
    d.eraseElement("x");
    d.removeObserver(&r);
    d.insertElement(element("y", ElementKind::Laptop));
    ASSERT_EQ(r.changes.size(), 3u);
    EXPECT_EQ(r.changes[0].type, DesignChange::Type::ElementAdded);
    EXPECT_EQ(r.changes[1].type, DesignChange::Type::ElementChanged);
    EXPECT_FALSE(r.changes[1].parentChanged);
    EXPECT_EQ(r.changes[2].type, DesignChange::Type::ElementRemoved);
    EXPECT_EQ(r.changes[2].id, "x");
    EXPECT_EQ(d.revision(), revision + 4);
}

// Batches leave what one call per item leaves, announce the same items in the same order, and
// keep the design whole (every id found at its index) at each announcement.
TEST(DesignTest, BatchesEqualOneCallPerItem)
{
    Design base;
    for (int i = 0; i < 60; ++i) {
        const std::string v = "vnet-" + std::to_string(i);
        base.insertElement(element(v, ElementKind::AzureVnet));
        base.insertElement(element("laptop-" + std::to_string(i), ElementKind::Laptop));
        if (i > 0)
            base.insertLink({"peer-" + std::to_string(i), LinkKind::Peering, "vnet-0", v, {}});
    }
    // Every third element and every second link, last in document order first.
    std::vector<std::string> gone;
    for (std::size_t i = base.elements().size(); i-- > 0;)
        if (i % 3 == 1)
            gone.push_back(base.elements()[i].id);
    std::vector<std::string> goneLinks;
    for (std::size_t i = base.links().size(); i-- > 0;)
        if (i % 2 == 0)
            goneLinks.push_back(base.links()[i].id);
    ASSERT_GE(gone.size(), 16u); // large enough to take the batch path
    ASSERT_GE(goneLinks.size(), 16u);

    Design one = base;
    Recorder oneSeen;
    one.addObserver(&oneSeen);
    std::vector<std::pair<std::size_t, Link>> links;
    std::vector<std::pair<std::size_t, Element>> elements;
    for (const auto& id : goneLinks) {
        links.insert(links.begin(), {*one.linkIndex(id), *one.link(id)});
        one.eraseLink(id);
    }
    for (const auto& id : gone) {
        elements.insert(elements.begin(), {*one.elementIndex(id), *one.element(id)});
        one.eraseElement(id);
    }

    Design batch = base;
    struct Checker : DesignObserver
    {
        const Design* design = nullptr;
        std::vector<std::string> ids;
        bool whole = true;
        void designChanged(const DesignChange& c) override
        {
            ids.push_back(c.id);
            for (std::size_t i = 0; i < design->elements().size(); ++i)
                whole = whole && design->elementIndex(design->elements()[i].id) == i;
            for (std::size_t i = 0; i < design->links().size(); ++i)
                whole = whole && design->linkIndex(design->links()[i].id) == i;
        }
    } seen;
    seen.design = &batch;
    batch.addObserver(&seen);
    const auto removedLinks = batch.eraseLinks(goneLinks);
    const auto removed = batch.eraseElements(gone);
    EXPECT_TRUE(batch == one); // the same document order
    EXPECT_TRUE(seen.whole);
    std::vector<std::string> oneIds;
    for (const auto& c : oneSeen.changes)
        oneIds.push_back(c.id);
    EXPECT_EQ(seen.ids, oneIds);
    ASSERT_EQ(removed.size(), gone.size());
    EXPECT_EQ(removed.front().id, gone.front());
    EXPECT_EQ(removedLinks.size(), goneLinks.size());
    for (const auto& id : gone)
        EXPECT_EQ(batch.element(id), nullptr);
    EXPECT_EQ(DesignChecker::check(batch).size(), DesignChecker::check(one).size());

    // And back: the exact design, children lists included.
    seen.ids.clear();
    batch.insertElements(elements);
    batch.insertLinks(links);
    EXPECT_TRUE(batch == base);
    EXPECT_TRUE(seen.whole);
    EXPECT_EQ(seen.ids.size(), gone.size() + goneLinks.size());
    for (const auto& e : base.elements())
        EXPECT_EQ(batch.children(e.id).size(), base.children(e.id).size());
    EXPECT_EQ(batch.children("").size(), base.children("").size());
    EXPECT_THROW(batch.eraseElements(std::vector<std::string>(20, "no-such")),
                 std::invalid_argument);
}

TEST(DesignTest, UniqueIdsAvoidExistingOnes)
{
    Design d = test::hubAndSpoke();
    d.insertElement(element("laptop-1", ElementKind::Laptop));
    EXPECT_EQ(d.uniqueId("laptop"), "laptop-2");
    EXPECT_EQ(d.uniqueId("peer"), "peer-1");
    EXPECT_EQ(idStemFrom("Hub VNet (prod)"), "hub-vnet-prod");
    EXPECT_EQ(idStemFrom("网络"), "element");
    EXPECT_TRUE(isValidId(d.uniqueId(idStemFrom("  A b  "))));
}

TEST(DesignTest, ElementDefaultsComeFromTheKind)
{
    Design d = test::hubAndSpoke();
    const Element& aks = *d.element("aks");
    EXPECT_TRUE(aks.boolValue("apiServerAccessProfile.enablePrivateCluster"));
    EXPECT_TRUE(aks.boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN"))
        << "the ARM default on a private cluster";
    EXPECT_EQ(aks.stringValue("loadBalancerSku"), "standard");
    EXPECT_TRUE(aks.listValue("apiServerAccessProfile.authorizedIPRanges").empty());
    EXPECT_THROW(static_cast<void>(aks.value("no.such.key")), std::logic_error);
}

TEST(DesignCheckerTest, AcceptsAConsistentDesign)
{
    EXPECT_TRUE(DesignChecker::check(test::hubAndSpoke()).empty());
}

TEST(DesignCheckerTest, ReportsEachKindOfBrokenStructure)
{
    Design d = test::hubAndSpoke();
    d.insertElement(element("orphan", ElementKind::AzureSubnet, "ghost"));
    d.insertElement(element("bad-nest", ElementKind::AzureSubnet, "laptop"));
    d.insertElement(element("loose", ElementKind::AzureSubnet));
    d.insertLink(test::link("dangling", LinkKind::Peering, "vnet-hub", "nowhere"));
    d.insertLink(test::link("wrong-end", LinkKind::Peering, "vnet-hub", "laptop"));
    Element aks = *d.element("aks");
    aks.properties["apiServerAccessProfile.subnetId"] = std::string("vnet-hub");
    d.replaceElement(aks);
    auto problems = DesignChecker::check(d);
    auto has = [&](const std::string& id, const std::string& text) {
        return std::any_of(problems.begin(), problems.end(), [&](const StructureProblem& p) {
            return p.itemId == id &&
                   render(p.text, Language::English).find(text) != std::string::npos;
        });
    };
    EXPECT_TRUE(has("orphan", "parent 'ghost' does not exist"));
    EXPECT_TRUE(has("bad-nest", "cannot be placed inside 'laptop'"));
    EXPECT_TRUE(has("loose", "must be placed inside an azure.vnet"));
    EXPECT_TRUE(has("dangling", "link end 'nowhere' does not exist"));
    EXPECT_TRUE(has("wrong-end", "cannot end at 'laptop'"));
    EXPECT_TRUE(
        has("aks", "refers to 'vnet-hub', which is an azure.vnet; expected an azure.subnet"));
}

TEST(DesignCheckerTest, FindsContainmentCycles)
{
    Design d;
    d.insertElement(element("a", ElementKind::AzureVnet, "b"));
    d.insertElement(element("b", ElementKind::AzureSubnet, "a"));
    auto problems = DesignChecker::check(d);
    ASSERT_FALSE(problems.empty());
    EXPECT_NE(render(problems.front().text, Language::English).find("containment cycle"),
              std::string::npos);
}

TEST(KindRegistryTest, EveryKindIsComplete)
{
    for (const auto& info : KindRegistry::elementKinds()) {
        EXPECT_EQ(KindRegistry::elementKindFromKey(info.key), info.kind) << info.key;
        EXPECT_TRUE(info.topLevel || !info.allowedParents.empty()) << info.key << " can go nowhere";
        for (const auto& p : info.properties) {
            EXPECT_EQ(KindRegistry::property(info.kind, p.key), &p);
            if (p.type == PropertyType::Ref || p.type == PropertyType::RefList) {
                EXPECT_FALSE(p.refKinds.empty()) << info.key << "." << p.key;
            }
        }
    }
    for (const auto& info : KindRegistry::linkKinds()) {
        EXPECT_EQ(KindRegistry::linkKindFromKey(info.key), info.kind);
        EXPECT_FALSE(info.fromKinds.empty());
        EXPECT_FALSE(info.toKinds.empty());
    }
    EXPECT_TRUE(KindRegistry::canNest(ElementKind::AzureSubnet, ElementKind::AzureVnet));
    EXPECT_FALSE(KindRegistry::canNest(ElementKind::AzureSubnet, ElementKind::AwsVpc));
    EXPECT_FALSE(KindRegistry::canNest(ElementKind::AzureSubnet, std::nullopt));
    EXPECT_TRUE(KindRegistry::canNest(ElementKind::Laptop, std::nullopt));
}
