// The command line, run in-process: arguments, exit codes, and both output formats.
#include "cli/Cli.h"

#include "EnglishLocale.h"
#include "TemplateFiles.h"
#include "io/Migration.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace kg;

namespace {
struct CliRun
{
    int code = -1;
    std::string out;
    std::string err;
};

CliRun run(std::vector<std::string> args)
{
    std::ostringstream out;
    std::ostringstream err;
    CliRun r;
    r.code = Cli::run(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

// The elements of a VNet "vnet" (10.0.0.0/8) holding one subnet "snet", for clusters to go in.
nlohmann::json vnetWithSubnet()
{
    nlohmann::json elements = nlohmann::json::array();
    elements.push_back({{"id", "vnet"},
                        {"kind", "azure.vnet"},
                        {"properties", {{"addressSpace", {"10.0.0.0/8"}}}}});
    elements.push_back({{"id", "snet"},
                        {"kind", "azure.subnet"},
                        {"parent", "vnet"},
                        {"properties", {{"addressPrefix", "10.0.0.0/16"}}}});
    return elements;
}

// Writes a design file of `elements` in the current format version.
void writeDesign(const std::filesystem::path& file, const nlohmann::json& elements)
{
    std::ofstream out(file);
    out << nlohmann::json{{"format", "kubegate"}, {"version", 4}, {"elements", elements}};
}

std::string path(const std::string& relative)
{
    return std::string(KUBEGATE_SOURCE_DIR) + "/" + relative;
}
} // namespace

TEST(CliTest, DecidesBetweenCliAndGui)
{
    EXPECT_FALSE(Cli::wantsCli({}));
    EXPECT_FALSE(Cli::wantsCli({"design.kubegate"}));
    EXPECT_TRUE(Cli::wantsCli({"validate", "x"}));
    EXPECT_TRUE(Cli::wantsCli({"--help"}));
    EXPECT_TRUE(Cli::wantsCli({"--version"}));
    EXPECT_TRUE(Cli::wantsCli({"--bogus"}));
}

TEST(CliTest, HelpAndVersion)
{
    CliRun help = run({"--help"});
    EXPECT_EQ(help.code, 0);
    EXPECT_NE(help.out.find("kubegate validate FILE"), std::string::npos);
    CliRun version = run({"--version"});
    EXPECT_EQ(version.code, 0);
    EXPECT_EQ(version.out.rfind("kubegate ", 0), 0u);
}

TEST(CliTest, UsageErrorsExitWith2)
{
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"--bogus"},
                                               {"validate"},
                                               {"validate", "a", "b"},
                                               {"validate", "--format", "xml", "a"},
                                               {"validate", "--format"},
                                               {"validate", "--nope", "a"},
                                               {"frobnicate"}}) {
        CliRun r = run(args);
        EXPECT_EQ(r.code, 2) << args.front();
        EXPECT_NE(r.err.find("kubegate: "), std::string::npos);
        EXPECT_TRUE(r.out.empty());
    }
}

TEST(CliTest, ValidateCleanTemplateExits0)
{
    CliRun r = run({"validate", path("resources/templates/aks-private-hub-spoke.kubegate")});
    EXPECT_EQ(r.code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("0 errors"), std::string::npos) << r.out;
}

TEST(CliTest, ValidateBadFileExits2WithLocation)
{
    CliRun r = run({"validate", path("tests/data/bad/unknown-kind.kubegate")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(
        r.err.find("unknown-kind.kubegate: at /elements/0/kind ('vnet-hub'): unknown element kind"),
        std::string::npos)
        << r.err;
}

TEST(CliTest, ValidateJsonHasFindingsAndPaths)
{
    CliRun r =
        run({"validate", path("tests/data/good/structural-errors.kubegate"), "--format", "json"});
    EXPECT_EQ(r.code, 1) << r.err;
    auto j = nlohmann::json::parse(r.out);
    ASSERT_TRUE(j.contains("findings"));
    ASSERT_TRUE(j.contains("paths"));
    ASSERT_FALSE(j["findings"].empty());
    bool sawOverlap = false;
    for (const auto& f : j["findings"]) {
        EXPECT_TRUE(f["rule"].is_string());
        EXPECT_TRUE(f["severity"] == "error" || f["severity"] == "warning" ||
                    f["severity"] == "info");
        EXPECT_TRUE(f["elements"].is_array());
        EXPECT_TRUE(f["message"].is_string());
        sawOverlap |= f["rule"] == "KG-002";
    }
    EXPECT_TRUE(sawOverlap) << r.out;
}

TEST(CliTest, ValidateTextListsFindings)
{
    CliRun r =
        run({"validate", "--format=text", path("tests/data/good/structural-errors.kubegate")});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.out.find("error   KG-002"), std::string::npos) << r.out;
}

TEST(CliTest, MigratedFileGetsANote)
{
    CliRun r = run({"validate", path("tests/data/good/version1.kubegate")});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.err.find("file format version 1 was upgraded"), std::string::npos) << r.err;
}

TEST(CliTest, SchemaMatchesTheCommittedCopy)
{
    CliRun r = run({"schema"});
    EXPECT_EQ(r.code, 0);
    std::ifstream in(path("resources/schema/kubegate.schema.json"), std::ios::binary);
    std::stringstream committed;
    committed << in.rdbuf();
    EXPECT_EQ(r.out, committed.str())
        << "resources/schema/kubegate.schema.json is stale: regenerate it with `kubegate schema`";
    auto schema = nlohmann::json::parse(r.out);
    EXPECT_EQ(schema["properties"]["version"]["const"], Migration::kCurrentVersion);
}

TEST(CliTest, ValidateJsonCarriesEveryPathWithSteps)
{
    CliRun r = run({"validate", path("resources/templates/aks-private-hub-spoke.kubegate"),
                    "--format", "json"});
    EXPECT_EQ(r.code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    ASSERT_FALSE(j["paths"].empty());
    bool sawBlocked = false;
    for (const auto& p : j["paths"]) {
        for (const char* key :
             {"client", "cluster", "endpoint", "verdict", "selected", "steps", "fix"})
            EXPECT_TRUE(p.contains(key)) << key;
        for (const auto& s : p["steps"]) {
            EXPECT_TRUE(s["stage"] == "dns" || s["stage"] == "network" ||
                        s["stage"] == "admission" || s["stage"] == "identity");
            EXPECT_TRUE(s["rule"].is_string());
            EXPECT_TRUE(s["elements"].is_array());
            EXPECT_TRUE(s["params"].is_object());
        }
        if (p["verdict"] == "unreachable") {
            sawBlocked = true;
            EXPECT_TRUE(p["fix"]["text"].is_string());
            EXPECT_FALSE(p["fix"]["rule"].get<std::string>().empty());
        } else {
            EXPECT_TRUE(p["fix"].is_null());
        }
    }
    EXPECT_TRUE(sawBlocked);
    const auto& first = j["paths"][0];
    EXPECT_EQ(first["cluster"], "aks-pay");
}

TEST(CliTest, StreamedJsonIsTheDocumentItSays)
{
    // The output is written a path at a time; it must be the very text a whole document dumped
    // with two-space indentation gives, for designs with and without findings and paths.
    const std::string empty =
        (std::filesystem::temp_directory_path() / "kubegate-cli-empty-design.kubegate").string();
    std::vector<std::string> files = {empty};
    for (const auto& file : templateFiles())
        files.push_back(file.string());
    {
        std::ofstream out(empty);
        out << R"({"format": "kubegate", "version": 4, "title": "empty", "elements": []})";
    }
    for (const std::string& file : files) {
        CliRun r = run({"validate", file, "--format", "json"});
        ASSERT_NE(r.code, 2) << file << ": " << r.err;
        const auto document = nlohmann::ordered_json::parse(r.out);
        EXPECT_EQ(document.dump(2, ' ', false) + "\n", r.out) << file;
    }
    EXPECT_GT(files.size(), 10u);
    std::filesystem::remove(empty);
}

TEST(CliTest, ValidateTextPrintsTheAccessMatrix)
{
    CliRun r = run({"validate", path("resources/templates/eks-public-private.kubegate")});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Access matrix"), std::string::npos);
    EXPECT_NE(r.out.find("ok eks-eni"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("no public EKS-038"), std::string::npos) << r.out;
}

// A matrix past what a terminal shows is left out with a note, not printed by the megabyte.
TEST(CliTest, ValidateTextLeavesOutAnUnreadableMatrix)
{
    const auto file = std::filesystem::temp_directory_path() / "kubegate-wide-matrix.kubegate";
    {
        nlohmann::json elements = vnetWithSubnet();
        for (int i = 0; i < 150; ++i) {
            elements.push_back(
                {{"id", "aks-" + std::to_string(i)}, {"kind", "aks.cluster"}, {"parent", "snet"}});
            elements.push_back({{"id", "laptop-" + std::to_string(i)}, {"kind", "client.laptop"}});
        }
        writeDesign(file, elements);
    }
    CliRun r = run({"validate", file.string()});
    std::filesystem::remove(file);
    ASSERT_NE(r.code, 2) << r.err;
    EXPECT_NE(r.out.find("Access matrix left out: 300 clients x 150 clusters"), std::string::npos)
        << r.out.substr(0, 400);
    EXPECT_EQ(r.out.find("Access matrix (client x cluster"), std::string::npos);
    EXPECT_LT(r.out.size(), 400'000u);
}

TEST(CliTest, ExplainPrintsOnePathWithItsFix)
{
    const std::string file = path("resources/templates/aks-private-hub-spoke.kubegate");
    CliRun blocked = run({"explain", file, "--client", "laptop-home", "--cluster", "aks-pay"});
    EXPECT_EQ(blocked.code, 1) << blocked.err;
    EXPECT_NE(blocked.out.find("Bob (home) -> aks-pay through the private endpoint: UNREACHABLE"),
              std::string::npos)
        << blocked.out;
    EXPECT_NE(blocked.out.find("BLOCKED  AKS-044"), std::string::npos) << blocked.out;
    EXPECT_NE(blocked.out.find("Fix (AKS-044):"), std::string::npos);

    CliRun ok = run({"explain", file, "--client", "laptop-hq", "--cluster", "aks-pay", "--endpoint",
                     "private"});
    EXPECT_EQ(ok.code, 0) << ok.err;
    EXPECT_NE(ok.out.find("REACHABLE"), std::string::npos);
    EXPECT_NE(ok.out.find("1. DNS"), std::string::npos) << ok.out;
    EXPECT_EQ(ok.out.find("Fix"), std::string::npos);
}

// The locale's variables for the length of a test, restored after it.
class LocaleScope
{
public:
    LocaleScope(const char* lcAll, const char* lang)
    {
        for (const char* name : kNames)
            if (const char* v = std::getenv(name))
                m_saved.emplace_back(name, v);
        for (const char* name : kNames)
            unsetenv(name);
        if (lcAll)
            setenv("LC_ALL", lcAll, 1);
        if (lang)
            setenv("LANG", lang, 1);
    }
    ~LocaleScope()
    {
        for (const char* name : kNames)
            unsetenv(name);
        for (const auto& [name, value] : m_saved)
            setenv(name.c_str(), value.c_str(), 1);
    }

private:
    static constexpr const char* kNames[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    std::vector<std::pair<std::string, std::string>> m_saved;
};

TEST(CliTest, ExplainSpeaksTheLocalesLanguageOrTheOneAskedFor)
{
    const std::string file = path("resources/templates/aks-private-hub-spoke.kubegate");
    const std::vector<std::string> args = {"explain",     file,        "--client",
                                           "laptop-home", "--cluster", "aks-pay"};
    {
        LocaleScope scope(nullptr, "zh_CN.UTF-8");
        CliRun zh = run(args);
        EXPECT_EQ(zh.code, 1);
        EXPECT_NE(zh.out.find("Bob (home) -> aks-pay，经由专用终结点：不可达"), std::string::npos)
            << zh.out;
        EXPECT_NE(zh.out.find("网络      受阻     AKS-044"), std::string::npos)
            << "stage and state in Chinese, the columns still aligned: " << zh.out;
        EXPECT_NE(zh.out.find("修复（AKS-044）："), std::string::npos) << zh.out;
        for (const char* english : {"UNREACHABLE", "BLOCKED", "Fix (", " through ", " reaches "})
            EXPECT_EQ(zh.out.find(english), std::string::npos) << english << " in " << zh.out;
        // --lang wins over the locale, and LC_ALL over LANG.
        std::vector<std::string> en = args;
        en.push_back("--lang=en");
        EXPECT_NE(run(en).out.find("through the private endpoint: UNREACHABLE"), std::string::npos);
    }
    {
        LocaleScope scope("C", "zh_CN.UTF-8");
        EXPECT_NE(run(args).out.find("UNREACHABLE"), std::string::npos);
    }
    {
        LocaleScope scope(nullptr, nullptr);
        std::vector<std::string> zh = args;
        zh.insert(zh.end(), {"--lang", "zh_CN"});
        EXPECT_NE(run(zh).out.find("不可达"), std::string::npos);
        std::vector<std::string> fr = args;
        fr.insert(fr.end(), {"--lang", "fr"});
        CliRun refused = run(fr);
        EXPECT_EQ(refused.code, 2);
        EXPECT_NE(refused.err.find("unknown language 'fr' (use en or zh_CN)"), std::string::npos)
            << refused.err;
        std::vector<std::string> bare = args;
        bare.push_back("--lang");
        EXPECT_EQ(run(bare).code, 2);
    }
}

// validate's text speaks the locale's language or --lang's: the summary, the severities, every
// finding and the access matrix; its JSON stays English, for programs.
TEST(CliTest, ValidateSpeaksTheLocalesLanguageOrTheOneAskedFor)
{
    const std::string file = path("resources/templates/aks-private-hub-spoke.kubegate");
    LocaleScope scope(nullptr, "zh_CN.UTF-8");
    CliRun zh = run({"validate", file});
    EXPECT_EQ(zh.code, 0) << zh.err;
    for (const char* chinese :
         {"19 个元素，5 个链接，11 条路径（可达 4 条，假定可达 3 条，受阻 4 条）；0 个错误，1 "
          "个警告",
          "  警告    AKS-050 1 个客户端无法访问 aks-pay：Microsoft 托管的 CI 代理无法访问专用群集",
          "  信息    AKS-057 aks-pay 没有公共 FQDN：", "访问矩阵（客户端 × 群集",
          "  Bob (home)                          不可达（专用终结点，AKS-044）",
          "  Alice (office)                      可达（专用终结点）"})
        EXPECT_NE(zh.out.find(chinese), std::string::npos) << chinese << " not in " << zh.out;
    for (const char* english : {"elements", "reachable", "warning", "info ", "cannot reach",
                                "Access matrix", " ok ", "no private", "no findings"})
        EXPECT_EQ(zh.out.find(english), std::string::npos) << english << " in " << zh.out;

    EXPECT_NE(run({"validate", file, "--lang", "en"}).out.find("19 elements, 5 links, 11 paths"),
              std::string::npos);
    CliRun json = run({"validate", file, "--format", "json"});
    EXPECT_NE(json.out.find("\"message\": \"1 client cannot reach aks-pay"), std::string::npos);
    CliRun refused = run({"validate", file, "--lang=fr"});
    EXPECT_EQ(refused.code, 2);
    // The usage error speaks the locale's language too.
    EXPECT_NE(refused.err.find("未知的语言“fr”"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("`kubegate --help`"), std::string::npos) << refused.err;
}

// A Chinese name longer than the matrix's first column is cut between characters, never
// inside one: the output stays UTF-8.
TEST(CliTest, ValidateCutsLongNamesBetweenCharacters)
{
    const auto file = std::filesystem::temp_directory_path() / "kubegate-long-name.kubegate";
    {
        // "A" first: cut by bytes, the name would end inside a character.
        std::string name = "A";
        for (int i = 0; i < 8; ++i) // 49 characters, 97 columns
            name += "办公室笔记本";
        nlohmann::json elements = vnetWithSubnet();
        elements.push_back({{"id", "aks"}, {"kind", "aks.cluster"}, {"parent", "snet"}});
        elements.push_back({{"id", "laptop"}, {"kind", "client.laptop"}, {"name", name}});
        writeDesign(file, elements);
    }
    CliRun r = run({"validate", file.string(), "--lang", "zh_CN"});
    std::filesystem::remove(file);
    ASSERT_NE(r.code, 2) << r.err;
    const std::size_t row = r.out.find("\n  A办公室");
    ASSERT_NE(row, std::string::npos) << r.out;
    const std::string line = r.out.substr(row + 3, r.out.find('\n', row + 1) - row - 3);
    EXPECT_TRUE(nlohmann::json::accept("\"" + line + "\"")) << "not UTF-8: " << line;
    EXPECT_EQ(line.rfind("A办公室笔记本办公室笔记本办公室笔记 ", 0), 0u) << line;
    EXPECT_EQ(line.find("A办公室笔记本办公室笔记本办公室笔记本"), std::string::npos)
        << "cut to 36 columns: A and 17 characters: " << line;
}

// diff's text follows the language too: headings, verdicts, findings and the clusters' updates.
TEST(CliTest, DiffSpeaksTheLanguageAskedFor)
{
    const std::string file = path("resources/templates/aks-private-hub-spoke.kubegate");
    const auto changed = std::filesystem::temp_directory_path() / "kubegate-diff-zh.kubegate";
    {
        std::ifstream in(file);
        nlohmann::json j = nlohmann::json::parse(in);
        for (auto& e : j["elements"])
            if (e["id"] == "aks-pay")
                e["properties"]["apiServerAccessProfile"]["enableVnetIntegration"] = true;
        std::ofstream out(changed);
        out << j;
    }
    CliRun zh = run({"diff", file, changed.string(), "--lang", "zh_CN"});
    CliRun en = run({"diff", file, changed.string(), "--lang", "en"});
    std::filesystem::remove(changed);
    EXPECT_EQ(zh.code, 1) << zh.err;
    EXPECT_NE(zh.out.find("的变化"), std::string::npos) << zh.out;
    EXPECT_NE(zh.out.find("对现有群集的更改 ("), std::string::npos) << zh.out;
    EXPECT_NE(zh.out.find("[警告] AKS-090 aks-pay：启用 API 服务器 VNet 集成是单向的"),
              std::string::npos)
        << zh.out;
    EXPECT_NE(en.out.find("Changes to existing clusters ("), std::string::npos) << en.out;
    EXPECT_NE(
        en.out.find("[warning] AKS-090 aks-pay: enabling API Server VNet integration is one way"),
        std::string::npos)
        << en.out;
    for (const char* english : {"Changes", "Items", "[warning]", "enabling", "elements changed"})
        EXPECT_EQ(zh.out.find(english), std::string::npos) << english << " in " << zh.out;
}

TEST(CliTest, ExplainRefusesWhatIsNotThere)
{
    const std::string file = path("resources/templates/aks-private-hub-spoke.kubegate");
    EXPECT_EQ(run({"explain", file, "--client", "nobody", "--cluster", "aks-pay"}).code, 2);
    EXPECT_EQ(run({"explain", file, "--client", "laptop-home", "--cluster", "vnet-hub"}).code, 2);
    CliRun sideways = run({"explain", file, "--client", "laptop-home", "--cluster", "aks-pay",
                           "--endpoint", "sideways"});
    EXPECT_EQ(sideways.code, 2);
    EXPECT_NE(sideways.err.find("'sideways' (use public, private, vnet-integration, eks-eni, "
                                "private-endpoint or run-command)"),
              std::string::npos)
        << sideways.err;
    EXPECT_EQ(run({"explain", file, "--client", "laptop-home", "--cluster", "aks-pay", "--endpoint",
                   "public"})
                  .code,
              2)
        << "a private cluster has no public endpoint";
    EXPECT_EQ(run({"explain", file}).code, 2);
    EXPECT_EQ(
        run({"explain", path("tests/data/bad/empty.kubegate"), "--client", "a", "--cluster", "b"})
            .code,
        2);
}

TEST(CliTest, RulesListsTheCatalog)
{
    CliRun r = run({"rules"});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("AKS-027  error   privateDNSZone None without a public FQDN"),
              std::string::npos);
    EXPECT_NE(r.out.find("(assumption)"), std::string::npos);
}

TEST(CliTest, FormatRewritesInCanonicalForm)
{
    const std::string templ =
        std::string(KUBEGATE_SOURCE_DIR) + "/resources/templates/eks-public-private.kubegate";
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(kg::Cli::run({"format", templ}, out, err), 0) << err.str();
    std::ifstream in(templ);
    std::stringstream original;
    original << in.rdbuf();
    EXPECT_EQ(out.str(), original.str()); // templates are stored canonically
    std::ostringstream out2;
    std::ostringstream err2;
    EXPECT_EQ(kg::Cli::run({"format", std::string(KUBEGATE_SOURCE_DIR) +
                                          "/tests/data/bad/truncated.kubegate"},
                           out2, err2),
              2);
    EXPECT_NE(err2.str().find("truncated.kubegate"), std::string::npos);
    std::ostringstream out3;
    std::ostringstream err3;
    EXPECT_EQ(kg::Cli::run({"format"}, out3, err3), 2);
}

// Arguments that are neither a command nor one existing file are refused before the designer
// (and Qt) would start: an unknown command with the closest one, a missing file, a folder, two
// files. Exit code 2, the reason on standard error.
TEST(CliTest, RefusesWhatIsNeitherACommandNorAFile)
{
    const std::string file =
        (std::filesystem::path(KUBEGATE_SOURCE_DIR) / "resources/templates/aks-public.kubegate")
            .string();
    EXPECT_TRUE(Cli::opensDesigner({}));
    EXPECT_TRUE(Cli::opensDesigner({file}));
    struct Case
    {
        std::vector<std::string> args;
        std::string message;
    };
    const std::vector<Case> cases{
        {{"compare", file, file}, "unknown command 'compare' (the commands are validate, explain"},
        {{"expain"}, "unknown command 'expain'; did you mean 'explain'?"},
        {{"nowhere/design.kubegate"}, "no file 'nowhere/design.kubegate'"},
        {{"missing.kubegate"}, "no file 'missing.kubegate'"},
        {{KUBEGATE_SOURCE_DIR}, "is a folder, not a design file"},
        {{file, file}, "the designer opens one file"},
    };
    for (const auto& c : cases) {
        EXPECT_FALSE(Cli::opensDesigner(c.args)) << c.args.front();
        std::ostringstream err;
        EXPECT_EQ(Cli::refuse(c.args, err), 2) << c.args.front();
        EXPECT_NE(err.str().find(c.message), std::string::npos) << err.str();
        EXPECT_NE(err.str().find("Try 'kubegate --help'."), std::string::npos);
    }
}

// In a Chinese locale the command line's errors and notes are Chinese too: a mistyped command
// with its suggestion, diff's and import's usage, a file it cannot read, and import's notes
// and summary. The values (commands, files, names) are written as they are.
TEST(CliTest, ErrorsAndNotesSpeakTheLocalesLanguage)
{
    const LocaleScope zh(nullptr, "zh_CN.UTF-8");
    std::ostringstream err;
    EXPECT_EQ(Cli::refuse({"expain"}, err), 2);
    EXPECT_NE(err.str().find("未知的命令“expain”；是不是“explain”？"), std::string::npos)
        << err.str();
    EXPECT_NE(err.str().find("请运行 `kubegate --help` 查看用法。"), std::string::npos);

    CliRun diff = run({"diff", "only-one.kubegate"});
    EXPECT_EQ(diff.code, 2);
    EXPECT_NE(diff.err.find("`diff`：需要 A 和 B 两个设计文件；收到了 1 个"), std::string::npos)
        << diff.err;

    CliRun missing = run({"validate", "missing.kubegate"});
    EXPECT_EQ(missing.code, 2);
    EXPECT_EQ(missing.err, "missing.kubegate: 没有这个文件\n");

    const std::string bad = path("tests/data/bad/unknown-kind.kubegate");
    CliRun unknown = run({"validate", bad});
    EXPECT_NE(unknown.err.find(": 位于 /elements/0/kind（“vnet-hub”）：未知的元素类型"),
              std::string::npos)
        << unknown.err;

    const std::string sample = path("tests/data/import/eks-no-endpoint-fields.json");
    CliRun imported = run({"import", sample});
    EXPECT_EQ(imported.code, 0) << imported.err;
    EXPECT_NE(imported.err.find("注意：EKS 群集 "), std::string::npos) << imported.err;
    EXPECT_NE(imported.err.find("按 EKS 默认值视为 true。"), std::string::npos) << imported.err;
    EXPECT_NE(imported.err.find("已导入 1 个群集和 1 个网络。"), std::string::npos) << imported.err;
    EXPECT_NE(imported.out.find("由 kubegate import 从 eks-no-endpoint-fields.json 导入。"),
              std::string::npos);
    // The help too: the synopses as they are typed, what each command does in Chinese, in
    // columns a Chinese character takes two of.
    CliRun help = run({"--help"});
    EXPECT_NE(help.out.find("用法：\n  kubegate [FILE]                          打开设计器"),
              std::string::npos)
        << help.out;
    EXPECT_NE(help.out.find("  kubegate validate FILE [--format text|json] [--lang en|zh_CN]\n" +
                            std::string(43, ' ') + "检查设计，打印检查结果和访问矩阵"),
              std::string::npos);
    EXPECT_EQ(help.out.find("Usage:"), std::string::npos);
    // --lang wins over the locale.
    CliRun english = run({"import", sample, "--lang", "en"});
    EXPECT_NE(english.err.find("Imported 1 cluster and 1 network."), std::string::npos)
        << english.err;
}
