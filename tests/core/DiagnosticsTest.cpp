// What Kubegate says about bad input reads in the reader's language: every refusal of every
// bad file and import in the test corpus, every note a load or an import makes, every problem
// of a broken structure and every note of the equivalents of every template is a catalogue
// sentence whose phrases are catalogue sentences too, so that nothing falls back to English
// in Chinese. CatalogueTest holds each sentence's Chinese to the glossary and finds English
// words left in it; this test finds the messages that bypass the catalogue.
#include "TemplateFiles.h"
#include "compare/Equivalents.h"
#include "import/Importer.h"
#include "io/DesignJson.h"
#include "model/DesignChecker.h"
#include "model/PropertyValidator.h"
#include "model/TextForm.h"
#include "text/Sentence.h"
#include "text/Utf8.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace kg;

namespace {

std::filesystem::path data(const std::string& folder)
{
    return std::filesystem::path(KUBEGATE_SOURCE_DIR) / "tests/data" / folder;
}

// Why `s` is not said in Chinese ("" when it is): an id the catalogue lacks, here or in a
// phrase inside it. A literal (no id) is a value, written the same in every language.
std::string untranslated(const Sentence& s)
{
    if (!s.id.empty() && pattern(s.id, Language::SimplifiedChinese).empty())
        return "no Chinese for " + s.id;
    for (const auto& [name, part] : s.parts)
        if (std::string why = untranslated(part); !why.empty())
            return why;
    return {};
}

void expectChinese(const Sentence& s, const std::string& where)
{
    EXPECT_FALSE(s.empty()) << where << ": an empty sentence";
    EXPECT_EQ(untranslated(s), "") << where << ": " << render(s, Language::English);
    // Rendered, it is not the English: a sentence with words has Chinese words.
    EXPECT_NE(render(s, Language::SimplifiedChinese), render(s, Language::English))
        << where << ": " << render(s, Language::English);
}

std::vector<std::filesystem::path> filesIn(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> out;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.is_regular_file())
            out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST(DiagnosticsTest, EveryRefusalOfABadFileReadsInChinese)
{
    std::size_t errors = 0;
    for (const auto& file : filesIn(data("bad"))) {
        const LoadResult r = DesignJson::loadFile(file.string());
        for (const LoadError& e : r.errors) {
            expectChinese(e.text, file.filename().string());
            ++errors;
        }
    }
    EXPECT_GT(errors, 70u) << "the corpus of bad files was read";
    // The location is data; its words are the catalogue's.
    LoadError at{Sentence("load.key.missing", {{"key", "kind"}}), 0, 0, "/elements/3", "bob"};
    EXPECT_EQ(at.format("f.kubegate", Language::English),
              "f.kubegate: at /elements/3 ('bob'): missing \"kind\"");
    EXPECT_EQ(at.format("f.kubegate", Language::SimplifiedChinese),
              "f.kubegate: 位于 /elements/3（“bob”）：缺少 \"kind\"");
}

TEST(DiagnosticsTest, EveryNoteOfAnOlderFileReadsInChinese)
{
    for (const auto& file : filesIn(data("good"))) {
        const LoadResult r = DesignJson::loadFile(file.string());
        for (const Sentence& n : r.notes)
            expectChinese(n, file.filename().string());
    }
    // A zone named by resource id becomes a zone element, with a note.
    const std::string zoneId = "/subscriptions/0000/resourceGroups/rg/providers/"
                               "Microsoft.Network/privateDnsZones/privatelink.eastus.azmk8s.io";
    const LoadResult zoned = DesignJson::load(
        R"({"format": "kubegate", "version": 4, "elements": [
            {"id": "vnet", "kind": "azure.vnet"},
            {"id": "snet", "kind": "azure.subnet", "parent": "vnet"},
            {"id": "aks", "kind": "aks.cluster", "parent": "snet", "properties": {
                "apiServerAccessProfile": {"enablePrivateCluster": true,
                                           "privateDNSZone": ")" +
        zoneId + R"("}}}]})");
    ASSERT_TRUE(zoned.ok()) << zoned.errors.front().message();
    ASSERT_EQ(zoned.notes.size(), 1u);
    expectChinese(zoned.notes.front(), "zone reference");
    EXPECT_NE(render(zoned.notes.front(), Language::SimplifiedChinese).find("已为它创建区域元素"),
              std::string::npos);
    // A version 3 file's run-command principals and CONFIG_MAP entries, moved with notes.
    const LoadResult v3 = DesignJson::load(R"({"format": "kubegate", "version": 3, "elements": [
        {"id": "vnet", "kind": "azure.vnet"},
        {"id": "snet", "kind": "azure.subnet", "parent": "vnet"},
        {"id": "aks", "kind": "aks.cluster", "parent": "snet",
         "properties": {"runCommandPrincipals": ["ops@contoso.example"]}},
        {"id": "vpc", "kind": "aws.vpc"},
        {"id": "eks", "kind": "eks.cluster", "parent": "vpc",
         "properties": {"accessConfig": {"authenticationMode": "CONFIG_MAP"},
                        "accessEntries": ["arn:aws:iam::111122223333:role/ops"]}}]})");
    ASSERT_TRUE(v3.ok()) << v3.errors.front().message();
    ASSERT_EQ(v3.notes.size(), 2u);
    for (const Sentence& n : v3.notes)
        expectChinese(n, "version 3");
    EXPECT_EQ(render(v3.notes.back(), Language::SimplifiedChinese),
              "eks：它的身份验证模式是 CONFIG_MAP，因此其映射的主体是 aws-auth ConfigMap "
              "条目（awsAuth），而不是访问条目。");
}

TEST(DiagnosticsTest, EveryImportErrorAndNoteReadsInChinese)
{
    std::size_t said = 0;
    for (const auto& file : filesIn(data("import/bad"))) {
        const Importer::Result r = Importer::runFiles({file.string()});
        EXPECT_FALSE(r.ok()) << file;
        for (const auto& p : r.errors) {
            expectChinese(p.error.text, file.filename().string());
            ++said;
        }
    }
    for (const auto& file : filesIn(data("import"))) {
        const Importer::Result r = Importer::runFiles({file.string()}, Importer::Source::Detect,
                                                      Language::SimplifiedChinese);
        for (const Sentence& n : r.notes) {
            expectChinese(n, file.filename().string());
            ++said;
        }
        // The design's notes are written in the language of the import.
        if (r.ok()) {
            EXPECT_NE(r.design->notes().find("导入"), std::string::npos) << file;
        }
    }
    EXPECT_GT(said, 20u);
}

TEST(DiagnosticsTest, EveryEquivalentsNoteOfEveryTemplateReadsInChinese)
{
    std::size_t notes = 0;
    for (const auto& path : templateFiles()) {
        const LoadResult loaded = DesignJson::loadFile(path.string());
        ASSERT_TRUE(loaded.ok()) << path;
        for (const Equivalent& eq :
             {Equivalents::toAks(*loaded.design), Equivalents::toEks(*loaded.design)})
            for (const Equivalent::Note& n : eq.notes) {
                expectChinese(n.text, path.filename().string());
                ++notes;
            }
    }
    EXPECT_GT(notes, 30u);
}

TEST(DiagnosticsTest, TypedValuesAndBrokenStructuresReadInChinese)
{
    // A typed value in the inspector.
    PropertySpec cidr;
    cidr.key = "addressPrefix";
    cidr.type = PropertyType::CidrList;
    const Sentence entry = validatePropertyValue(cidr, StringList{"10.0.0.0/8", "10.1.0.0/33"});
    expectChinese(entry, "CIDR list");
    EXPECT_EQ(render(entry, Language::SimplifiedChinese),
              "索引为 1 的项：“10.1.0.0/33”不是有效的 CIDR：前缀长度 /33 超过了 32 位");
    PropertySpec region;
    region.key = "region";
    region.type = PropertyType::String;
    region.form = TextForm::AwsRegion;
    const Sentence form = validatePropertyValue(region, std::string("us east"));
    expectChinese(form, "region");
    EXPECT_EQ(render(form, Language::SimplifiedChinese),
              "“us east”不是 AWS 区域代码（例如 us-east-1 或 ap-southeast-2）");
    EXPECT_EQ(render(form, Language::English),
              "'us east' is not an AWS Region code (for example us-east-1 or ap-southeast-2)");
    expectChinese(textProblem("ab\xe2\x80\xae"
                              "cd",
                              false),
                  "a right-to-left override");

    // A broken structure: a subnet outside any network, a peering across clouds.
    Design d;
    Element subnet;
    subnet.id = "lonely";
    subnet.kind = ElementKind::AzureSubnet;
    d.insertElement(subnet);
    Element vnet;
    vnet.id = "vnet";
    vnet.kind = ElementKind::AzureVnet;
    d.insertElement(vnet);
    Element vpc;
    vpc.id = "vpc";
    vpc.kind = ElementKind::AwsVpc;
    d.insertElement(vpc);
    Link peering;
    peering.id = "p";
    peering.kind = LinkKind::Peering;
    peering.from = "vnet";
    peering.to = "vpc";
    d.insertLink(peering);
    const auto problems = DesignChecker::check(d);
    ASSERT_GE(problems.size(), 2u);
    for (const auto& p : problems)
        expectChinese(p.text, p.itemId);
    EXPECT_EQ(render(problems.front().text, Language::English),
              "an azure.subnet must be placed inside an azure.vnet");
    EXPECT_EQ(render(problems.front().text, Language::SimplifiedChinese),
              "azure.subnet 必须放在 azure.vnet 中");
}

// Values quoted in messages and notes are cut between characters: half a Chinese character
// would make a name or notes field that the next load refuses, and a whole one that fits is
// kept.
TEST(DiagnosticsTest, QuotedValuesAreCutBetweenCharacters)
{
    const std::string name = "生产环境"; // four characters, three bytes each
    EXPECT_EQ(utf8Prefix(name, 12), name);
    EXPECT_EQ(utf8Prefix(name, 11), "生产环");
    EXPECT_EQ(utf8Prefix(name, 9), "生产环");
    EXPECT_EQ(utf8Prefix(name, 4), "生");
    EXPECT_EQ(utf8Prefix(name, 2), "");
    EXPECT_EQ(utf8Prefix("ab生", 3), "ab");
    // An unknown key of 70 Chinese characters, quoted in a load error: cut, and still UTF-8.
    std::string key;
    for (int i = 0; i < 70; ++i)
        key += "键";
    const LoadResult r = DesignJson::load(R"({"format": "kubegate", "version": 4, ")" + key +
                                          R"(": 1, "elements": []})");
    ASSERT_FALSE(r.ok());
    const std::string said = r.errors.front().message(Language::SimplifiedChinese);
    EXPECT_TRUE(textProblem(said, false).empty()) << said;
    EXPECT_NE(said.find("键...\""), std::string::npos) << said;
}
