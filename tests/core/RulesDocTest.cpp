// docs/RULES.md and the rule registry must agree: every registered rule has an "implemented"
// row with its severity and summary; every catalog id has a row; a "not applicable" row gives a
// reason and is not in the registry.
#include "validate/RuleRegistry.h"

#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <regex>
#include <sstream>

using namespace kg;

namespace {

struct Row
{
    std::string severity;
    std::string status;
    std::string text;
};

std::map<std::string, Row> readRows()
{
    std::ifstream in(std::string(KUBEGATE_SOURCE_DIR) + "/docs/RULES.md");
    std::map<std::string, Row> rows;
    std::string line;
    std::regex pattern(R"(^\| ((?:KG|AKS|EKS)-\d{3}) \| ([a-z-]+) \| ([a-z ]+) \| (.+) \|$)");
    while (std::getline(in, line)) {
        std::smatch m;
        if (std::regex_match(line, m, pattern)) {
            EXPECT_EQ(rows.count(m[1]), 0u) << "two rows for " << m[1];
            rows[m[1]] = {m[2], m[3], m[4]};
        }
    }
    return rows;
}

// Every id of the AKS and EKS rule catalogs.
std::vector<std::string> catalogIds()
{
    std::vector<std::string> ids;
    const int aks[] = {1,  2,  3,  4,   5,   6,   7,   8,   9,   10,  11, 12, 13, 14, 15,
                       16, 17, 20, 21,  22,  23,  24,  25,  26,  27,  28, 29, 30, 31, 32,
                       33, 34, 35, 40,  41,  42,  43,  44,  45,  46,  47, 48, 49, 50, 51,
                       52, 53, 54, 55,  56,  57,  60,  61,  62,  63,  64, 65, 66, 67, 68,
                       69, 70, 80, 81,  82,  83,  84,  85,  86,  87,  88, 89, 90, 91, 92,
                       93, 94, 95, 110, 111, 112, 113, 114, 115, 116, 117};
    char buffer[16];
    for (int n : aks) {
        std::snprintf(buffer, sizeof buffer, "AKS-%03d", n);
        ids.emplace_back(buffer);
    }
    for (int n = 1; n <= 47; ++n) {
        std::snprintf(buffer, sizeof buffer, "EKS-%03d", n);
        ids.emplace_back(buffer);
    }
    return ids;
}

} // namespace

TEST(RulesDocTest, EveryRegisteredRuleIsDocumentedAsImplemented)
{
    auto rows = readRows();
    for (const auto& r : RuleRegistry::all()) {
        auto it = rows.find(r.id);
        ASSERT_NE(it, rows.end()) << "docs/RULES.md has no row for " << r.id;
        EXPECT_EQ(it->second.status, "implemented") << r.id;
        EXPECT_EQ(it->second.severity, std::string(toString(r.severity))) << r.id;
        EXPECT_EQ(it->second.text, r.summary + (r.assumption ? " (assumption)" : "")) << r.id;
    }
}

TEST(RulesDocTest, EveryCatalogIdIsListed)
{
    auto rows = readRows();
    auto ids = catalogIds();
    EXPECT_EQ(ids.size(), 86u + 47u);
    for (const auto& id : ids) {
        auto it = rows.find(id);
        ASSERT_NE(it, rows.end()) << "docs/RULES.md does not list catalog id " << id;
        if (it->second.status == "not applicable") {
            EXPECT_EQ(RuleRegistry::find(id), nullptr)
                << id << " is registered but documented as not applicable";
            EXPECT_GT(it->second.text.size(), 20u) << id << " needs a reason";
        } else {
            EXPECT_EQ(it->second.status, "implemented") << id;
            EXPECT_NE(RuleRegistry::find(id), nullptr)
                << id << " is documented as implemented but not registered";
        }
    }
}

TEST(RulesDocTest, AssumptionsAreAtMostWarnings)
{
    for (const auto& r : RuleRegistry::all()) {
        if (r.assumption) {
            EXPECT_NE(r.severity, Severity::Error) << r.id;
        }
    }
}
