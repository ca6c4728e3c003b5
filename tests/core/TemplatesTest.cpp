// Every shipped template loads, has no error findings, and is stored in canonical form (so that
// saving it unchanged produces the same bytes).
#include "io/DesignJson.h"
#include "validate/Validator.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace kg;

namespace {
std::vector<std::filesystem::path> templates()
{
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::directory_iterator(
             std::filesystem::path(KUBEGATE_SOURCE_DIR) / "resources/templates")) {
        if (e.path().extension() == ".kubegate")
            out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

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
    auto list = templates();
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
    for (const auto& p : templates()) {
        SCOPED_TRACE(p.filename().string());
        std::string bytes = readAll(p);
        LoadResult r = DesignJson::load(bytes);
        ASSERT_TRUE(r.ok()) << r.errors.front().format(p.filename().string());
        EXPECT_EQ(r.migratedFromVersion, 0);
        EXPECT_FALSE(r.design->title().empty());
        EXPECT_FALSE(r.design->notes().empty()) << "a template explains itself";
        for (const auto& f : Validator::run(*r.design))
            EXPECT_NE(f.severity, Severity::Error) << f.rule << ": " << f.message;
        EXPECT_EQ(DesignJson::save(*r.design), bytes) << "template is not in canonical form";
    }
}
