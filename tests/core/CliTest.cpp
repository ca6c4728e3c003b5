// The command line, run in-process: arguments, exit codes, and both output formats.
#include "cli/Cli.h"

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
    EXPECT_EQ(schema["properties"]["version"]["const"], 2);
}
