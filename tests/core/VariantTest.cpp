// Variants: the smallest changes between two designs, applied back to the base; edits to the
// base reach every variant; the file keeps them.
#include "model/Variant.h"

#include "TestDesigns.h"
#include "io/DesignJson.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <map>

using namespace kg;

namespace {

const std::string kPrivate = "apiServerAccessProfile.enablePrivateCluster";
const std::string kZone = "apiServerAccessProfile.privateDNSZone";

// The hub and spoke made different in every way a variant can be: a property set and one
// unset, an element renamed and moved, one removed, one added, one of another kind, a link
// removed and one added.
Design everyKindOfChange(const Design& base)
{
    Design d = base;
    Element aks = *d.element("aks");
    aks.properties[kPrivate] = false;
    aks.properties.erase(kZone);
    aks.name = "aks-public";
    aks.geometry.x += 40;
    d.replaceElement(aks);
    d.eraseElement("jump");
    Element runner = test::element("runner", ElementKind::GitHubSelfHostedRunner, "snet-hub");
    d.insertElement(runner);
    Element laptop = *d.element("laptop");
    d.eraseElement("laptop");
    laptop.kind = ElementKind::CloudShell;
    d.insertElement(laptop);
    d.eraseLink("zl-hub");
    d.insertLink(test::link("zl-spoke", LinkKind::DnsZoneLink, "zone", "vnet-spoke"));
    return d;
}

// The items by id: a variant keeps content, and an element it adds or replaces may stand at
// another place in document order.
std::map<std::string, Element> elementsOf(const Design& d)
{
    std::map<std::string, Element> out;
    for (const Element& e : d.elements())
        out.emplace(e.id, e);
    return out;
}

std::map<std::string, Link> linksOf(const Design& d)
{
    std::map<std::string, Link> out;
    for (const Link& l : d.links())
        out.emplace(l.id, l);
    return out;
}

} // namespace

TEST(VariantTest, BetweenThenApplyGivesTheVariantBack)
{
    const Design base = test::hubAndSpoke();
    const Design changed = everyKindOfChange(base);
    const Variant v = Variant::between(base, changed);
    EXPECT_EQ(v.elements.size(), 4u); // jump removed, aks changed, runner added, laptop replaced
    EXPECT_EQ(v.links.size(), 2u);
    const Design applied = v.applyTo(base);
    EXPECT_TRUE(elementsOf(applied) == elementsOf(changed));
    EXPECT_TRUE(linksOf(applied) == linksOf(changed));
    // Only what differs is kept: the cluster's patch names two properties, not all of them.
    const auto& aks = *std::find_if(v.elements.begin(), v.elements.end(),
                                    [](const auto& p) { return p.id == "aks"; });
    EXPECT_EQ(aks.set.size(), 1u);
    EXPECT_EQ(aks.unset, std::vector<std::string>{kZone});
    EXPECT_TRUE(aks.name && aks.geometry && !aks.parent && !aks.notes);
    EXPECT_TRUE(Variant::between(base, base).empty());
}

// An edit to the base reaches the variant wherever the variant does not say otherwise.
TEST(VariantTest, EditsToTheBaseReachTheVariant)
{
    Design base = test::hubAndSpoke();
    Design privateOff = base;
    Element aks = *privateOff.element("aks");
    aks.properties[kPrivate] = false;
    privateOff.replaceElement(aks);
    const Variant v = Variant::between(base, privateOff);

    Element renamed = *base.element("aks");
    renamed.name = "aks-prod";
    renamed.properties["identityType"] = std::string("SystemAssigned");
    base.replaceElement(renamed);
    base.insertElement(test::element("laptop-2", ElementKind::Laptop));
    const Design applied = v.applyTo(base);
    EXPECT_EQ(applied.element("aks")->name, "aks-prod");
    EXPECT_EQ(applied.element("aks")->stringValue("identityType"), "SystemAssigned");
    EXPECT_FALSE(applied.element("aks")->boolValue(kPrivate)) << "the variant's own setting";
    EXPECT_NE(applied.element("laptop-2"), nullptr);
}

// A change whose element the base no longer has is skipped, and what the variant added inside
// a container the base deleted goes with it: the variant is never left half-made.
TEST(VariantTest, ChangesToWhatTheBaseDeletedAreSkipped)
{
    Design base = test::hubAndSpoke();
    const Variant v = Variant::between(base, everyKindOfChange(base));
    base.eraseElement("aks");
    base.eraseElement("jump");
    base.eraseElement("snet-hub");
    const Design applied = v.applyTo(base);
    EXPECT_EQ(applied.element("aks"), nullptr);
    EXPECT_EQ(applied.element("runner"), nullptr) << "its subnet is gone";
    EXPECT_NE(applied.link("zl-spoke"), nullptr);
    EXPECT_EQ(applied.element("laptop")->kind, ElementKind::CloudShell);
}

// An element the variant replaces whole (another kind) keeps what it holds, and a removal of
// one of those children still holds.
TEST(VariantTest, AReplacedContainerKeepsWhatItHolds)
{
    const Design base = test::hubAndSpoke();
    Design changed = base;
    Element hub = *changed.element("vnet-hub");
    hub.kind = ElementKind::AwsVpc;
    hub.properties = {{"cidrBlocks", StringList{"10.0.0.0/16"}}};
    changed.replaceElement(hub);
    changed.eraseElement("jump");
    const Design applied = Variant::between(base, changed).applyTo(base);
    EXPECT_EQ(applied.element("vnet-hub")->kind, ElementKind::AwsVpc);
    EXPECT_NE(applied.element("snet-hub"), nullptr) << "the child stays";
    EXPECT_EQ(applied.element("jump"), nullptr) << "the removal inside holds";
}

// The file keeps variants: saved and read back, the design (variants included) is the same,
// and the bytes are the same on a second save.
TEST(VariantTest, TheFileKeepsThem)
{
    Design base = test::hubAndSpoke();
    Variant v = Variant::between(base, everyKindOfChange(base));
    v.name = "Public, with a runner";
    v.notes = "What changes when the cluster is public.\nSecond line.";
    Variant empty;
    empty.name = "As is";
    base.setVariants({empty, v});
    const std::string bytes = DesignJson::save(base);
    LoadResult loaded = DesignJson::load(bytes);
    ASSERT_TRUE(loaded.ok()) << loaded.errors.front().format("design");
    EXPECT_EQ(loaded.design->variants().size(), 2u);
    EXPECT_TRUE(elementsOf(loaded.design->variants()[1].applyTo(*loaded.design)) ==
                elementsOf(everyKindOfChange(test::hubAndSpoke())));
    EXPECT_EQ(DesignJson::save(*loaded.design), bytes);
    EXPECT_EQ(loaded.design->variants()[0].name, "As is");
    // A design without variants writes no "variants" key: old files keep their bytes.
    EXPECT_EQ(DesignJson::save(test::hubAndSpoke()).find("variants"), std::string::npos);
}
