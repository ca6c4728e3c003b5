#include "io/DesignJson.h"

#include "TestDesigns.h"
#include "io/Migration.h"
#include "model/RoleAssignment.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using namespace kg;

TEST(DesignJsonTest, RoundTripIsByteIdentical)
{
    Design d = test::hubAndSpoke();
    std::string first = DesignJson::save(d);
    LoadResult loaded = DesignJson::load(first);
    ASSERT_TRUE(loaded.ok()) << loaded.errors.front().format("memory");
    std::string second = DesignJson::save(*loaded.design);
    EXPECT_EQ(first, second);
    LoadResult again = DesignJson::load(second);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(*again.design == *loaded.design);
}

TEST(DesignJsonTest, KeepsTheStackingOrderAndWritesItOnlyWhenSet)
{
    Design d = test::hubAndSpoke();
    const std::string plain = DesignJson::save(d);
    EXPECT_EQ(plain.find("\"z\""), std::string::npos) << "files never restacked stay as they were";
    Element e = *d.element(d.elements().front().id);
    e.geometry.z = -42;
    d.replaceElement(e);
    const std::string saved = DesignJson::save(d);
    EXPECT_NE(saved.find("\"z\": -42"), std::string::npos);
    LoadResult loaded = DesignJson::load(saved);
    ASSERT_TRUE(loaded.ok()) << loaded.errors.front().format("memory");
    EXPECT_EQ(loaded.design->element(e.id)->geometry.z, -42);
    EXPECT_EQ(DesignJson::save(*loaded.design), saved);
}

TEST(DesignJsonTest, KeepsALinksRoute)
{
    Design d = test::hubAndSpoke();
    Link l = d.links().front();
    l.route = {{120.5, 40}, {-3, 1e6}};
    d.replaceLink(l);
    const std::string saved = DesignJson::save(d);
    LoadResult loaded = DesignJson::load(saved);
    ASSERT_TRUE(loaded.ok()) << loaded.errors.front().format("memory");
    EXPECT_EQ(loaded.design->link(l.id)->route, l.route);
    EXPECT_EQ(DesignJson::save(*loaded.design), saved);
}

TEST(DesignJsonTest, OutputIsDeterministicWhateverTheInsertionOrder)
{
    Design a = test::hubAndSpoke();
    Design b;
    b.setInfo(a.title(), a.notes());
    // Same content, added in reverse order: the file must not change.
    for (auto it = a.elements().rbegin(); it != a.elements().rend(); ++it)
        b.insertElement(*it);
    for (auto it = a.links().rbegin(); it != a.links().rend(); ++it)
        b.insertLink(*it);
    EXPECT_EQ(DesignJson::save(a), DesignJson::save(b));
}

TEST(DesignJsonTest, WritesTheHeaderFirstAndNestsCloudFields)
{
    std::string text = DesignJson::save(test::hubAndSpoke());
    EXPECT_EQ(text.rfind("{\n  \"format\": \"kubegate\",\n  \"version\": " +
                             std::to_string(Migration::kCurrentVersion) + ",\n",
                         0),
              0u)
        << text;
    EXPECT_NE(text.find("\"apiServerAccessProfile\": {\n"), std::string::npos);
    EXPECT_NE(text.find("\"enablePrivateCluster\": true"), std::string::npos);
    EXPECT_EQ(text.find("apiServerAccessProfile."), std::string::npos) << "no dotted keys in files";
    EXPECT_EQ(text.find('\t'), std::string::npos);
    EXPECT_EQ(text.back(), '\n');
    EXPECT_EQ(text.find("disableRunCommand"), std::string::npos) << "unset values are not written";
}

TEST(DesignJsonTest, KeepsUnicodeText)
{
    Design d = test::hubAndSpoke();
    Element e = *d.element("laptop");
    e.name = "王工的笔记本 <b>&\"";
    e.notes = "第一行\n第二行";
    d.replaceElement(e);
    LoadResult loaded = DesignJson::load(DesignJson::save(d));
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.design->element("laptop")->name, e.name);
    EXPECT_EQ(loaded.design->element("laptop")->notes, e.notes);
}

TEST(DesignJsonTest, AcceptsNullsAndAByteOrderMark)
{
    std::string text = "\xEF\xBB\xBF"
                       R"({"format": "kubegate", "version": 2, "title": null,
        "elements": [{"id": "aks", "kind": "aks.cluster", "parent": "snet",
                      "properties": {"apiServerAccessProfile": null}},
                     {"id": "snet", "kind": "azure.subnet", "parent": "vnet"},
                     {"id": "vnet", "kind": "azure.vnet"}], "links": null})";
    LoadResult loaded = DesignJson::load(text);
    ASSERT_TRUE(loaded.ok()) << loaded.errors.front().format("memory");
    EXPECT_TRUE(loaded.design->element("aks")->properties.empty());
}

TEST(DesignJsonTest, ReadsAnAzureLocationDisplayNameAsItsName)
{
    std::string text = R"({"format": "kubegate", "version": 2, "elements": [
        {"id": "vnet", "kind": "azure.vnet", "properties": {"location": "West Europe"}}]})";
    LoadResult loaded = DesignJson::load(text);
    ASSERT_TRUE(loaded.ok()) << loaded.errors.front().format("memory");
    EXPECT_EQ(loaded.design->element("vnet")->stringValue("location"), "westeurope");
}

TEST(DesignJsonTest, MigratesVersion1)
{
    std::string v1 = R"({"format": "kubegate", "version": 1, "title": "Draft",
      "elements": [
        {"id": "vnet", "kind": "azure.vnet", "name": "vnet",
         "position": {"x": 10, "y": 20}, "size": {"width": 300, "height": 200},
         "properties": {"addressSpace": ["10.0.0.0/16"]}},
        {"id": "snet", "kind": "azure.subnet", "name": "snet", "parent": "vnet",
         "properties": {"addressPrefix": "10.0.0.0/24"}},
        {"id": "aks", "kind": "aks.cluster", "name": "aks", "parent": "snet",
         "properties": {"apiServerAccessProfile.enablePrivateCluster": true,
                        "apiServerAccessProfile.privateDNSZone": "None"}}],
      "links": []})";
    LoadResult loaded = DesignJson::load(v1);
    ASSERT_TRUE(loaded.ok()) << loaded.errors.front().format("memory");
    EXPECT_EQ(loaded.migratedFromVersion, 1);
    const Design& d = *loaded.design;
    EXPECT_EQ(d.element("vnet")->geometry, (Rect{10, 20, 300, 200}));
    EXPECT_TRUE(d.element("aks")->boolValue("apiServerAccessProfile.enablePrivateCluster"));
    EXPECT_EQ(d.element("aks")->stringValue("apiServerAccessProfile.privateDNSZone"), "None");
    std::string saved = DesignJson::save(d);
    EXPECT_NE(saved.find("\"version\": " + std::to_string(Migration::kCurrentVersion)),
              std::string::npos);
    EXPECT_EQ(saved.find("position"), std::string::npos);
}

TEST(DesignJsonTest, SaveFileIsAtomicAndReadable)
{
    auto dir = std::filesystem::temp_directory_path() / "kubegate-save-test";
    std::filesystem::create_directories(dir);
    auto path = (dir / "design.kubegate").string();
    Sentence error;
    ASSERT_TRUE(DesignJson::saveFile(test::hubAndSpoke(), path, &error))
        << render(error, Language::English);
    EXPECT_FALSE(std::filesystem::exists(path + ".kubegate-tmp"));
    LoadResult loaded = DesignJson::loadFile(path);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.design->elements().size(), test::hubAndSpoke().elements().size());
    EXPECT_FALSE(
        DesignJson::saveFile(test::hubAndSpoke(), (dir / "missing/x.kubegate").string(), &error));
    EXPECT_NE(render(error, Language::English).find("missing"), std::string::npos);
    EXPECT_NE(render(error, Language::SimplifiedChinese).find("无法在"), std::string::npos)
        << render(error, Language::SimplifiedChinese);
    std::filesystem::remove_all(dir);
}

namespace {
// A private cluster whose privateDNSZone is `zone`, and optionally a zone element.
std::string clusterWithZone(const std::string& zone, bool withZoneElement)
{
    std::string text = R"({"format": "kubegate", "version": 3, "title": "t", "elements": [
        {"id": "vnet", "kind": "azure.vnet", "geometry": {"x": 0, "y": 0, "width": 600, "height": 300},
         "properties": {"addressSpace": ["10.0.0.0/16"]}},
        {"id": "snet", "kind": "azure.subnet", "parent": "vnet",
         "geometry": {"x": 20, "y": 40, "width": 400, "height": 200},
         "properties": {"addressPrefix": "10.0.0.0/24"}},
        {"id": "aks", "kind": "aks.cluster", "parent": "snet",
         "geometry": {"x": 40, "y": 80, "width": 200, "height": 72},
         "properties": {"identityType": "UserAssigned", "apiServerAccessProfile":
            {"enablePrivateCluster": true, "privateDNSZone": ")" +
                       zone + R"("}}})";
    if (withZoneElement)
        text += R"(,
        {"id": "zone-1", "kind": "azure.privateDnsZone", "geometry": {"x": 700, "y": 0, "width": 240, "height": 64},
         "properties": {"zoneName": "privatelink.eastus.azmk8s.io"}})";
    return text + "], \"links\": []}";
}
const std::string kZoneId = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/"
                            "rg-dns/providers/Microsoft.Network/privateDnsZones/"
                            "PrivateLink.EastUS.azmk8s.io";
} // namespace

// privateDNSZone given as an Azure resource id names the zone element of that zone name (in any
// letter case), and the load says so.
TEST(DesignJsonTest, ZoneResourceIdNamesTheZoneElement)
{
    LoadResult r = DesignJson::load(clusterWithZone(kZoneId, true));
    ASSERT_TRUE(r.ok()) << r.errors.front().format("memory");
    EXPECT_EQ(r.design->element("aks")->stringValue("apiServerAccessProfile.privateDNSZone"),
              "zone-1");
    EXPECT_EQ(r.design->elements().size(), 4u);
    ASSERT_EQ(r.notes.size(), 1u);
    EXPECT_NE(render(r.notes[0], Language::English).find("zone-1"), std::string::npos)
        << render(r.notes[0], Language::English);
}

// Without such an element, one is made (named by the zone, beside the design) and referenced.
TEST(DesignJsonTest, ZoneResourceIdMakesAZoneElement)
{
    LoadResult r = DesignJson::load(clusterWithZone(kZoneId, false));
    ASSERT_TRUE(r.ok()) << r.errors.front().format("memory");
    const std::string ref =
        r.design->element("aks")->stringValue("apiServerAccessProfile.privateDNSZone");
    const Element* zone = r.design->element(ref);
    ASSERT_TRUE(zone) << ref;
    EXPECT_EQ(zone->kind, ElementKind::AzurePrivateDnsZone);
    EXPECT_EQ(zone->stringValue("zoneName"), "privatelink.eastus.azmk8s.io");
    EXPECT_GE(zone->geometry.x, 600.0) << "placed beside the design, not over it";
    ASSERT_EQ(r.notes.size(), 1u);
    // Saved and loaded again, the design is the same and needs no note.
    LoadResult again = DesignJson::load(DesignJson::save(*r.design));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.notes.empty());
    EXPECT_EQ(DesignJson::save(*again.design), DesignJson::save(*r.design));
}

// Anything else that is not System, None or an element id is refused at its place.
TEST(DesignJsonTest, ZoneValueOfAnotherShapeIsRefused)
{
    for (const std::string& bad :
         {std::string("/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/"
                      "virtualNetworks/vnet-1"),
          std::string("/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/"
                      "privateDnsZones/"),
          std::string("zone one")}) {
        LoadResult r = DesignJson::load(clusterWithZone(bad, true));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.errors.front().pointer,
                  "/elements/2/properties/apiServerAccessProfile/privateDNSZone")
            << r.errors.front().format("memory");
        EXPECT_TRUE(r.notes.empty());
    }
}

// Version 2's three ways of writing DNS forwarding become one (links, and a forwarder's
// upstream): forwardTo addresses of the design become links, 168.63.129.16 the cloud DNS,
// other addresses public resolvers; an on-premises network's conditional forwarders join its
// forwarding links' zones, or are dropped with a note when no link says where they go.
TEST(DesignJsonTest, MigratesVersion2DnsForwardingToOneModel)
{
    const std::string v2 = R"({"format": "kubegate", "version": 2, "title": "t", "elements": [
        {"id": "hub", "kind": "azure.vnet", "geometry": {"x": 0, "y": 0, "width": 900, "height": 400},
         "properties": {"addressSpace": ["10.0.0.0/16"]}},
        {"id": "snet", "kind": "azure.subnet", "parent": "hub",
         "geometry": {"x": 20, "y": 40, "width": 800, "height": 300},
         "properties": {"addressPrefix": "10.0.0.0/24"}},
        {"id": "dnspr", "kind": "azure.dnsPrivateResolver", "parent": "snet",
         "geometry": {"x": 40, "y": 80, "width": 160, "height": 64},
         "properties": {"inboundAddress": "10.0.0.4"}},
        {"id": "fwd-azure", "kind": "dns.forwarder", "parent": "snet",
         "geometry": {"x": 240, "y": 80, "width": 160, "height": 64},
         "properties": {"address": "10.0.0.5", "forwardTo": ["168.63.129.16"]}},
        {"id": "fwd-chain", "kind": "dns.forwarder", "parent": "snet",
         "geometry": {"x": 440, "y": 80, "width": 160, "height": 64},
         "properties": {"address": "10.0.0.6", "forwardTo": ["10.0.0.4"]}},
        {"id": "fwd-public", "kind": "dns.forwarder", "parent": "snet",
         "geometry": {"x": 640, "y": 80, "width": 160, "height": 64},
         "properties": {"address": "10.0.0.7", "forwardTo": ["8.8.8.8"]}},
        {"id": "office", "kind": "onprem.network", "geometry": {"x": 0, "y": 500, "width": 400, "height": 200},
         "properties": {"addressSpace": ["192.168.0.0/16"],
                        "conditionalForwarders": ["privatelink.eastus.azmk8s.io"]}},
        {"id": "branch", "kind": "onprem.network", "geometry": {"x": 500, "y": 500, "width": 400, "height": 200},
         "properties": {"addressSpace": ["172.16.0.0/16"],
                        "conditionalForwarders": ["privatelink.eastus.azmk8s.io"]}}],
      "links": [{"id": "fwd-office", "kind": "dnsForwarding", "from": "office", "to": "dnspr",
                 "properties": {"zones": ["example.internal"]}}]})";
    LoadResult r = DesignJson::load(v2);
    ASSERT_TRUE(r.ok()) << r.errors.front().format("memory");
    EXPECT_EQ(r.migratedFromVersion, 2);
    const Design& d = *r.design;
    EXPECT_EQ(d.element("fwd-azure")->stringValue("upstream"), "cloudDns");
    EXPECT_EQ(d.element("fwd-public")->stringValue("upstream"), "publicDns");
    bool chained = false;
    for (const auto& l : d.links())
        chained |= l.kind == LinkKind::DnsForwarding && l.from == "fwd-chain" && l.to == "dnspr";
    EXPECT_TRUE(chained) << "forwardTo an address of the design is a forwarding link";
    EXPECT_EQ(d.link("fwd-office")->properties.at("zones"),
              PropertyValue(StringList{"example.internal", "privatelink.eastus.azmk8s.io"}));
    auto noteAbout = [&](const std::string& what) {
        return std::any_of(r.notes.begin(), r.notes.end(), [&](const Sentence& n) {
            return render(n, Language::English).find(what) != std::string::npos;
        });
    };
    EXPECT_TRUE(noteAbout("branch: its conditional forwarders"));
    EXPECT_TRUE(noteAbout("fwd-public"));
    EXPECT_FALSE(noteAbout("office"));
    // Version 3 refuses the old properties: one model only.
    const std::string saved = DesignJson::save(d);
    EXPECT_EQ(saved.find("forwardTo"), std::string::npos);
    EXPECT_EQ(saved.find("conditionalForwarders"), std::string::npos);
    std::string v3 = saved;
    const std::string at = "\"address\": \"10.0.0.7\"";
    v3.replace(v3.find(at), at.size(), at + ", \"forwardTo\": [\"8.8.8.8\"]");
    LoadResult refused = DesignJson::load(v3);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.errors.front().message().find("forwardTo"), std::string::npos)
        << refused.errors.front().message();
}

TEST(DesignJsonTest, MigratesVersion3PrincipalsToCheckedGrants)
{
    const std::string v3 = R"({"format": "kubegate", "version": 3, "title": "t", "elements": [
        {"id": "vnet", "kind": "azure.vnet", "geometry": {"x": 0, "y": 0, "width": 900, "height": 400},
         "properties": {"addressSpace": ["10.0.0.0/16"]}},
        {"id": "snet", "kind": "azure.subnet", "parent": "vnet",
         "geometry": {"x": 20, "y": 20, "width": 800, "height": 300},
         "properties": {"addressPrefix": "10.0.0.0/24"}},
        {"id": "aks", "kind": "aks.cluster", "parent": "snet",
         "geometry": {"x": 40, "y": 40, "width": 200, "height": 120},
         "properties": {"runCommandPrincipals": ["ops@contoso.example"]}},
        {"id": "vpc", "kind": "aws.vpc", "geometry": {"x": 0, "y": 500, "width": 900, "height": 400},
         "properties": {"cidrBlocks": ["10.20.0.0/16"]}},
        {"id": "eks-api", "kind": "eks.cluster", "parent": "vpc",
         "geometry": {"x": 40, "y": 540, "width": 200, "height": 120},
         "properties": {"accessEntries": ["arn:aws:iam::111122223333:role/ops"]}},
        {"id": "eks-cm", "kind": "eks.cluster", "parent": "vpc",
         "geometry": {"x": 300, "y": 540, "width": 200, "height": 120},
         "properties": {"accessConfig": {"authenticationMode": "CONFIG_MAP"},
                        "accessEntries": ["arn:aws:iam::111122223333:role/ops"]}}]})";
    LoadResult r = DesignJson::load(v3);
    ASSERT_TRUE(r.ok()) << r.errors.front().format("memory");
    EXPECT_EQ(r.migratedFromVersion, 3);
    const Design& d = *r.design;
    // The run-command principal holds exactly the two actions it was said to hold.
    const StringList& assignments = d.element("aks")->listValue("roleAssignments");
    ASSERT_EQ(assignments.size(), 1u);
    const std::optional<RoleAssignment> a = RoleAssignment::parse(assignments.front());
    ASSERT_TRUE(a);
    EXPECT_EQ(a->principal, "ops@contoso.example");
    EXPECT_TRUE(a->grants(kRunCommandAction));
    EXPECT_TRUE(a->grants(kCommandResultsAction));
    EXPECT_FALSE(a->grants("Microsoft.ContainerService/managedClusters/write"));
    // Entries of a CONFIG_MAP cluster were aws-auth entries; the others stay access entries.
    EXPECT_EQ(d.element("eks-cm")->listValue("awsAuth"),
              StringList{"arn:aws:iam::111122223333:role/ops"});
    EXPECT_TRUE(d.element("eks-cm")->listValue("accessEntries").empty());
    EXPECT_EQ(d.element("eks-api")->listValue("accessEntries"),
              StringList{"arn:aws:iam::111122223333:role/ops"});
    EXPECT_TRUE(d.element("eks-api")->listValue("awsAuth").empty());
    auto noteAbout = [&](const std::string& what) {
        return std::any_of(r.notes.begin(), r.notes.end(), [&](const Sentence& n) {
            return render(n, Language::English).find(what) != std::string::npos;
        });
    };
    EXPECT_TRUE(noteAbout("aks: its run-command principals"));
    EXPECT_TRUE(noteAbout("eks-cm: its authentication mode is CONFIG_MAP"));
    EXPECT_FALSE(noteAbout("eks-api"));
    // Version 4 refuses the old list.
    std::string v4 = DesignJson::save(d);
    const std::string at = "\"roleAssignments\"";
    v4.replace(v4.find(at), at.size(),
               "\"runCommandPrincipals\": [\"ops@contoso.example\"], " + at);
    LoadResult refused = DesignJson::load(v4);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.errors.front().message().find("runCommandPrincipals"), std::string::npos)
        << refused.errors.front().message();
}
