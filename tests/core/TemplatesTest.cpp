// Every shipped template loads, has no error findings, and is stored in canonical form (so that
// saving it unchanged produces the same bytes).
#include "TemplateFiles.h"
#include "TestDesigns.h"
#include "io/DesignJson.h"
#include "validate/Validator.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace kg;

namespace {
std::string readAll(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
} // namespace

TEST(TemplatesTest, ThereAreAksAndEksTemplates)
{
    auto list = templateFiles();
    ASSERT_GE(list.size(), 2u);
    bool aks = false;
    bool eks = false;
    for (const auto& p : list) {
        LoadResult r = DesignJson::loadFile(p.string());
        ASSERT_TRUE(r.ok()) << r.errors.front().format(p.filename().string());
        for (const auto& e : r.design->elements()) {
            aks |= e.kind == ElementKind::AksCluster;
            eks |= e.kind == ElementKind::EksCluster;
        }
    }
    EXPECT_TRUE(aks);
    EXPECT_TRUE(eks);
}

TEST(TemplatesTest, EachLoadsValidatesAndRoundTrips)
{
    for (const auto& p : templateFiles()) {
        SCOPED_TRACE(p.filename().string());
        std::string bytes = readAll(p);
        LoadResult r = DesignJson::load(bytes);
        ASSERT_TRUE(r.ok()) << r.errors.front().format(p.filename().string());
        EXPECT_EQ(r.migratedFromVersion, 0);
        EXPECT_FALSE(r.design->title().empty());
        EXPECT_FALSE(r.design->notes().empty()) << "a template explains itself";
        // A template that shows a misconfiguration says so in its name and its note, and has
        // the error it teaches; every other template validates without errors.
        const bool misconfig = p.filename().string().find("misconfig") != std::string::npos;
        int errors = 0;
        for (const auto& f : Validator::run(*r.design)) {
            errors += f.severity == Severity::Error ? 1 : 0;
            if (!misconfig) {
                EXPECT_NE(f.severity, Severity::Error) << f.rule << ": " << f.message();
            }
        }
        if (misconfig) {
            EXPECT_GT(errors, 0) << "a misconfiguration template shows its error";
            EXPECT_NE(r.design->notes().find("misconfiguration"), std::string::npos);
        }
        EXPECT_EQ(DesignJson::save(*r.design), bytes) << "template is not in canonical form";
    }
}

TEST(TemplatesTest, AtLeastTwelveScenarios)
{
    EXPECT_GE(templateFiles().size(), 12u);
}

// Readable layout: children sit inside their container, and no two elements in the same
// container (or at the top level) overlap.
TEST(TemplatesTest, LaidOutWithoutOverlaps)
{
    for (const auto& p : templateFiles()) {
        SCOPED_TRACE(p.filename().string());
        LoadResult r = DesignJson::loadFile(p.string());
        ASSERT_TRUE(r.ok());
        test::expectReadableLayout(*r.design);
    }
}
