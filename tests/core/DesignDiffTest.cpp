#include "compare/DesignDiff.h"

#include "EnglishLocale.h"
#include "TestDesigns.h"
#include "analysis/Exposure.h"
#include "analysis/Topology.h"
#include "cli/Cli.h"
#include "compare/WhatIf.h"
#include "io/DesignJson.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace kg;

namespace {
// The hub-and-spoke design with one cluster setting changed.
Design withCluster(const PropertyMap& changes, const Design& from = test::hubAndSpoke())
{
    Design d = from;
    Element aks = *d.element("aks");
    for (const auto& [key, value] : changes)
        aks.properties[key] = value;
    d.replaceElement(aks);
    return d;
}

// The rules of the updates between two designs, "AKS-021:error" each.
std::vector<std::string> updates(const Design& a, const Design& b)
{
    std::vector<std::string> out;
    for (const auto& u : DesignDiff::compare(a, b).updates)
        out.push_back(u.rule + ":" + std::string(toString(u.severity)));
    return out;
}

using V = std::vector<std::string>;

const std::string kPrivate = "apiServerAccessProfile.enablePrivateCluster";
const std::string kVnet = "apiServerAccessProfile.enableVnetIntegration";
const std::string kZone = "apiServerAccessProfile.privateDNSZone";

} // namespace

TEST(DesignDiffTest, TheSameDesignIsTheSame)
{
    const Design d = test::hubAndSpoke();
    const DesignDiff diff = DesignDiff::compare(d, d);
    EXPECT_TRUE(diff.same);
    EXPECT_TRUE(diff.gained.empty() && diff.lost.empty() && diff.changed.empty());
    EXPECT_TRUE(diff.added.empty() && diff.removed.empty() && diff.updates.empty());
}

// AKS-021: private to public (or back) without VNet integration cannot be made in place; with
// it, AKS-091 says it can. Terraform replaces the cluster either way (AKS-111).
TEST(DesignDiffTest, PrivateTogglesNeedVnetIntegration)
{
    const Design priv = test::hubAndSpoke();
    const Design pub = withCluster({{kPrivate, false}});
    EXPECT_EQ(updates(priv, pub), (V{"AKS-021:error", "AKS-111:warning"}));
    EXPECT_EQ(updates(pub, priv), (V{"AKS-021:error", "AKS-111:warning"}));
    const Design privVnet = withCluster({{kVnet, true}});
    const Design pubVnet = withCluster({{kVnet, true}, {kPrivate, false}});
    EXPECT_EQ(updates(privVnet, pubVnet), (V{"AKS-091:info", "AKS-111:warning"}));
}

// AKS-028: system or own zone to none is allowed (a warning); every other transition is not.
// Terraform replaces the cluster on any change of the zone (AKS-112).
TEST(DesignDiffTest, PrivateDnsZoneTransitions)
{
    const Design own = test::hubAndSpoke(); // the zone element "zone"
    const Design system = withCluster({{kZone, std::string("System")}});
    const Design none = withCluster({{kZone, std::string("None")}});
    EXPECT_EQ(updates(system, none), (V{"AKS-028:warning", "AKS-112:warning"}));
    EXPECT_EQ(updates(own, none), (V{"AKS-028:warning", "AKS-112:warning"}));
    EXPECT_EQ(updates(none, system), (V{"AKS-028:error", "AKS-112:warning"}));
    EXPECT_EQ(updates(system, own), (V{"AKS-028:error", "AKS-112:warning"}));
    EXPECT_EQ(updates(none, own), (V{"AKS-028:error", "AKS-112:warning"}));
    // The same setting in other letters is no change.
    EXPECT_EQ(updates(system, withCluster({{kZone, std::string("system")}})), V{});
}

// AKS-090: VNet integration on is one way (warnings: restart, new API server address); off
// cannot be done.
TEST(DesignDiffTest, VnetIntegrationIsOneWay)
{
    const Design off = test::hubAndSpoke();
    const Design on = withCluster({{kVnet, true}});
    EXPECT_EQ(updates(off, on), (V{"AKS-090:warning"}));
    EXPECT_EQ(updates(on, off), (V{"AKS-090:error"}));
    const auto u = DesignDiff::compare(off, on).updates.front();
    EXPECT_NE(render(u.text, Language::English).find("new IP address"), std::string::npos);
    EXPECT_NE(render(u.text, Language::SimplifiedChinese).find("新的 IP 地址"), std::string::npos)
        << render(u.text, Language::SimplifiedChinese);
}

// EKS-045: EKS endpoint changes are made in place, asynchronously.
TEST(DesignDiffTest, EksEndpointChangesAreInPlaceButAsynchronous)
{
    LoadResult loaded = DesignJson::loadFile((std::filesystem::path(KUBEGATE_SOURCE_DIR) /
                                              "resources/templates/eks-public-private.kubegate")
                                                 .string());
    ASSERT_TRUE(loaded.ok());
    const Design& a = *loaded.design;
    Design b = a;
    for (const auto& e : a.elements())
        if (e.kind == ElementKind::EksCluster) {
            Element c = e;
            c.properties["resourcesVpcConfig.endpointPublicAccess"] = false;
            b.replaceElement(c);
        }
    EXPECT_EQ(updates(a, b), (V{"EKS-045:info"}));
    // Renaming the cluster changes no setting: no update.
    Design renamed = a;
    for (const auto& e : a.elements())
        if (e.kind == ElementKind::EksCluster) {
            Element c = e;
            c.name = "renamed";
            renamed.replaceElement(c);
        }
    const DesignDiff diff = DesignDiff::compare(a, renamed);
    EXPECT_FALSE(diff.same);
    EXPECT_TRUE(diff.updates.empty());
    EXPECT_EQ(diff.elementsChanged.size(), 1u);
}

// Paths gained and lost name the step: a private cluster made public gives the laptop a path
// (its old blocking step kept), and removing the peering loses the jumpbox's.
TEST(DesignDiffTest, PathsGainedAndLostNameTheStep)
{
    const Design priv = test::hubAndSpoke();
    const DesignDiff opened = DesignDiff::compare(priv, withCluster({{kPrivate, false}}));
    bool laptop = false;
    for (const auto& c : opened.gained)
        if (c.client == "laptop" && c.cluster == "aks") {
            laptop = true;
            EXPECT_FALSE(c.before.reachable);
            EXPECT_FALSE(c.before.rule.empty());
            EXPECT_FALSE(c.before.step.empty());
            EXPECT_TRUE(c.after.reachable);
            EXPECT_EQ(c.after.endpoint, "public");
        }
    EXPECT_TRUE(laptop);
    Design unpeered = priv;
    unpeered.eraseLink("peer");
    const DesignDiff cut = DesignDiff::compare(priv, unpeered);
    bool jump = false;
    for (const auto& c : cut.lost)
        if (c.client == "jump" && c.cluster == "aks") {
            jump = true;
            EXPECT_TRUE(c.before.reachable);
            EXPECT_FALSE(c.after.reachable);
            EXPECT_FALSE(c.after.rule.empty());
        }
    EXPECT_TRUE(jump);
    EXPECT_EQ(cut.linksRemoved, V{"peer"});
    EXPECT_FALSE(cut.added.empty()) << "losing the path raises a finding";
    // The other way round, the same path is gained and the finding removed.
    const DesignDiff back = DesignDiff::compare(unpeered, priv);
    EXPECT_EQ(back.gained.size(), cut.lost.size());
    EXPECT_EQ(back.removed.size(), cut.added.size());
}

// The command: 0 when the same, 1 when different, 2 when unreadable or misused; text, JSON and
// Markdown.
TEST(DesignDiffTest, TheCommandsExitCodesAndFormats)
{
    const auto dir = std::filesystem::temp_directory_path() / "kubegate-diff-test";
    std::filesystem::create_directories(dir);
    const std::string a = (dir / "a.kubegate").string();
    const std::string b = (dir / "b.kubegate").string();
    ASSERT_TRUE(DesignJson::saveFile(test::hubAndSpoke(), a, nullptr));
    ASSERT_TRUE(DesignJson::saveFile(withCluster({{kPrivate, false}}), b, nullptr));
    auto run = [](const std::vector<std::string>& args, std::string* output = nullptr) {
        std::ostringstream out, err;
        const int code = Cli::run(args, out, err);
        if (output)
            *output = out.str() + err.str();
        return code;
    };
    std::string text;
    EXPECT_EQ(run({"diff", a, a}, &text), 0);
    EXPECT_NE(text.find("The designs are the same."), std::string::npos);
    EXPECT_EQ(run({"diff", a, b}, &text), 1);
    EXPECT_NE(text.find("AKS-021"), std::string::npos);
    EXPECT_NE(text.find("Paths gained"), std::string::npos);
    std::string json;
    EXPECT_EQ(run({"diff", a, b, "--format", "json"}, &json), 1);
    const auto parsed = nlohmann::json::parse(json);
    EXPECT_FALSE(parsed["same"].get<bool>());
    EXPECT_EQ(parsed["clusterUpdates"][0]["rule"], "AKS-021");
    EXPECT_FALSE(parsed["pathsGained"].empty());
    std::string md;
    EXPECT_EQ(run({"diff", a, b, "--format=md"}, &md), 1);
    EXPECT_EQ(md.rfind("# Changes from ", 0), 0u);
    EXPECT_NE(md.find("## Changes to existing clusters"), std::string::npos);
    EXPECT_NE(md.find("- [error] `AKS-021`"), std::string::npos);
    EXPECT_EQ(run({"diff", a, (dir / "missing.kubegate").string()}, &text), 2);
    EXPECT_EQ(run({"diff", a}, &text), 2);
    EXPECT_NE(text.find("needs two design files"), std::string::npos);
    EXPECT_EQ(run({"diff", a, b, "--format", "xml"}, &text), 2);
    EXPECT_EQ(run({"diff", a, b + "#private"}, &text), 2);
    EXPECT_NE(text.find("has no variant named 'private' (it has no variants)"), std::string::npos)
        << text;
    std::ofstream(dir / "broken.kubegate") << "{";
    EXPECT_EQ(run({"diff", a, (dir / "broken.kubegate").string()}, &text), 2);
    std::filesystem::remove_all(dir);
}

// FILE#variant compares a variant: with the base, with another variant, or with another file.
TEST(DesignDiffTest, VariantsAreComparedByName)
{
    const auto dir = std::filesystem::temp_directory_path() / "kubegate-diff-variant-test";
    std::filesystem::create_directories(dir);
    Design d = test::hubAndSpoke();
    Variant pub = Variant::between(d, withCluster({{kPrivate, false}}));
    pub.name = "Public";
    Variant same;
    same.name = "As is";
    d.setVariants({same, pub});
    const std::string file = (dir / "a#b.kubegate").string(); // '#' in a real file name
    ASSERT_TRUE(DesignJson::saveFile(d, file, nullptr));
    auto run = [](const std::vector<std::string>& args, std::string* output) {
        std::ostringstream out, err;
        const int code = Cli::run(args, out, err);
        *output = out.str() + err.str();
        return code;
    };
    std::string text;
    EXPECT_EQ(run({"diff", file, file + "#As is"}, &text), 0) << text;
    EXPECT_EQ(run({"diff", file, file + "#Public"}, &text), 1) << text;
    EXPECT_NE(text.find("AKS-021"), std::string::npos);
    EXPECT_NE(text.find("Paths gained"), std::string::npos);
    EXPECT_EQ(run({"diff", file + "#Public", file + "#As is"}, &text), 1);
    EXPECT_NE(text.find("Paths lost"), std::string::npos);
    EXPECT_EQ(run({"diff", file, file + "#Pubic"}, &text), 2);
    EXPECT_NE(text.find("no variant named 'Pubic'; its variants: 'As is' 'Public'; did you mean "
                        "'Public'?"),
              std::string::npos)
        << text;
    std::filesystem::remove_all(dir);
}

// What If: the design as a switch of access mode would leave it, the design itself untouched;
// VNet integration brings its API server subnet along, as the switcher does.
TEST(DesignDiffTest, WhatIfSwitchesOneClusterForTheMoment)
{
    const Design d = test::hubAndSpoke(); // a private cluster
    AccessSettings pub;
    pub.preset = AccessPreset::AksPublic;
    const std::optional<Design> opened = WhatIf::accessMode(d, "aks", pub);
    ASSERT_TRUE(opened);
    EXPECT_FALSE(opened->element("aks")->boolValue(kPrivate));
    EXPECT_TRUE(d.element("aks")->boolValue(kPrivate)) << "the design is untouched";
    const DesignDiff diff = DesignDiff::compare(d, *opened);
    EXPECT_FALSE(diff.gained.empty()) << "the laptop on the internet reaches a public endpoint";
    EXPECT_EQ(updates(d, *opened), (V{"AKS-021:error", "AKS-111:warning"}));

    AccessSettings vnet;
    vnet.preset = AccessPreset::AksVnetPrivate;
    const std::optional<Design> integrated = WhatIf::accessMode(d, "aks", vnet);
    ASSERT_TRUE(integrated);
    const std::string subnet =
        integrated->element("aks")->stringValue("apiServerAccessProfile.subnetId");
    ASSERT_NE(integrated->element(subnet), nullptr) << "a new API server subnet";
    EXPECT_EQ(d.element(subnet), nullptr);

    AccessSettings same = AccessMode::detect(*d.element("aks")).value();
    EXPECT_FALSE(WhatIf::accessMode(d, "aks", same)) << "nothing would change";
    EXPECT_FALSE(WhatIf::accessMode(d, "laptop", pub)) << "not a cluster";
    EXPECT_FALSE(WhatIf::accessMode(d, "gone", pub));
}

// The Markdown diff is read rendered, often as HTML: names, messages and file names are data.
// Hostile ones can open no tag, code span, link, table or heading; the text format keeps them
// as they are.
TEST(DesignDiffTest, TheMarkdownEscapesEveryValue)
{
    const std::string hostile = "<img src=x onerror=alert(1)>`x`*[a](javascript:b)|# !";
    Design before = test::hubAndSpoke();
    for (const char* id : {"aks", "laptop"}) {
        Element e = *before.element(id);
        e.name = hostile + id;
        before.replaceElement(e);
    }
    const Design after = withCluster({{kPrivate, false}}, before);
    const auto dir = std::filesystem::temp_directory_path() / "kubegate-diff-md-test";
    std::filesystem::create_directories(dir);
    const std::string a = (dir / "a`<b>[x](y).kubegate").string();
    const std::string b = (dir / "b.kubegate").string();
    ASSERT_TRUE(DesignJson::saveFile(before, a, nullptr));
    ASSERT_TRUE(DesignJson::saveFile(after, b, nullptr));
    std::ostringstream out, err;
    ASSERT_EQ(Cli::run({"diff", a, b, "--format", "md"}, out, err), 1) << err.str();
    const std::string md = out.str();
    ASSERT_NE(md.find("onerror"), std::string::npos) << "the names are in the output";
    EXPECT_EQ(md.find('<'), std::string::npos) << md;
    EXPECT_NE(md.find("onerror=alert(1)&gt;"), std::string::npos) << md;
    EXPECT_NE(md.find(" -> "), std::string::npos) << "the arrow is the sentence's own: " << md;
    // What is left of the Markdown syntax once the escapes are taken out is the diff's own:
    // headings at line starts, list items, severities in brackets and rule ids as code.
    for (std::size_t i = 0; i < md.size(); ++i) {
        const bool escaped = i > 0 && md[i - 1] == '\\';
        const char c = md[i];
        const bool lineStart = i == 0 || md[i - 1] == '\n';
        if (escaped || c == '\\')
            continue;
        if (lineStart) {
            while (md[i] == '#')
                ++i;
            continue;
        }
        if (c == '`') {
            const auto close = md.find('`', i + 1);
            ASSERT_NE(close, std::string::npos) << md;
            const std::string rule = md.substr(i + 1, close - i - 1);
            EXPECT_TRUE(rule.rfind("AKS-", 0) == 0 || rule.rfind("EKS-", 0) == 0) << rule;
            i = close;
        } else if (c == '[') {
            const auto close = md.find(']', i);
            const std::string inside = md.substr(i + 1, close - i - 1);
            EXPECT_TRUE(inside == "error" || inside == "warning" || inside == "info") << inside;
            EXPECT_NE(md[close + 1], '(');
            i = close;
        } else {
            EXPECT_FALSE(c == '#' || c == '*' || c == '|' || c == '!' || c == ']' || c == '_')
                << md.substr(i > 20 ? i - 20 : 0, 40);
        }
    }
    std::ostringstream plain;
    EXPECT_EQ(Cli::run({"diff", a, b}, plain, err), 1);
    EXPECT_NE(plain.str().find(hostile + "laptop"), std::string::npos);
    std::filesystem::remove_all(dir);
}

// The exposure figures the dashboard plots: 0 for a private cluster, 2^32 for an open public
// endpoint, the union of the ranges otherwise (overlaps once, IPv6 ranges left out).
TEST(ExposureTest, CountsTheIpv4AddressesThePublicEndpointAdmits)
{
    const Design priv = test::hubAndSpoke();
    auto exposure = [](const Design& d) {
        const Topology topology(d);
        return Exposure::publicIpv4(topology, *d.element("aks"));
    };
    EXPECT_EQ(exposure(priv), 0u);
    EXPECT_EQ(exposure(withCluster({{kPrivate, false}})), Exposure::kEveryAddress);
    const std::string ranges = "apiServerAccessProfile.authorizedIPRanges";
    EXPECT_EQ(exposure(withCluster({{kPrivate, false}, {ranges, StringList{"0.0.0.0/0"}}})),
              1ull << 32);
    EXPECT_EQ(exposure(withCluster({{kPrivate, false}, {ranges, StringList{"203.0.113.7/32"}}})),
              1u);
    EXPECT_EQ(exposure(withCluster({{kPrivate, false},
                                    {ranges, StringList{"10.0.0.0/24", "10.0.0.128/25",
                                                        "10.0.1.0/24", "2001:db8::/32"}}})),
              512u);
    // A private cluster keeps no public door, whatever ranges are left in its settings.
    EXPECT_EQ(exposure(withCluster({{ranges, StringList{"0.0.0.0/0"}}})), 0u);
}
