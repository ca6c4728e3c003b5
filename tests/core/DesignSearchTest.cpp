// Find: elements by name, id, a property's text and the rule ids of findings about them.
#include "analysis/DesignSearch.h"

#include "analysis/Analyzer.h"
#include "io/DesignJson.h"

#include <gtest/gtest.h>
#include <set>

using namespace kg;

namespace {
Design hubSpoke()
{
    LoadResult r = DesignJson::loadFile(KUBEGATE_SOURCE_DIR
                                        "/resources/templates/aks-private-hub-spoke.kubegate");
    EXPECT_TRUE(r.ok());
    return std::move(*r.design);
}

std::vector<std::string> ids(const std::vector<SearchMatch>& matches)
{
    std::vector<std::string> out;
    for (const auto& m : matches)
        out.push_back(m.element);
    return out;
}
} // namespace

TEST(DesignSearch, NamesIdsAndPropertiesWithoutCase)
{
    const Design d = hubSpoke();
    const Analysis a = Analyzer::run(d);
    const auto bob = DesignSearch::find(d, a.findings, "BOB");
    ASSERT_FALSE(bob.empty());
    EXPECT_EQ(bob.front().element, "laptop-home");
    EXPECT_EQ(bob.front().where, "name");
    // An address: Bob's egress IP, found in a property list.
    const auto address = DesignSearch::find(d, a.findings, "203.0.113.7");
    ASSERT_EQ(address.size(), 1u);
    EXPECT_EQ(address.front().element, "laptop-home");
    EXPECT_EQ(address.front().where, "egressIPs");
    // A CIDR prefix matches every element holding it.
    const auto prefix = DesignSearch::find(d, a.findings, "10.1.");
    EXPECT_GE(prefix.size(), 2u);
    EXPECT_TRUE(DesignSearch::find(d, a.findings, "").empty());
    EXPECT_TRUE(DesignSearch::find(d, a.findings, "no-such-thing-anywhere").empty());
}

TEST(DesignSearch, RuleIdsFindTheElementsOfTheirFindings)
{
    const Design d = hubSpoke();
    const Analysis a = Analyzer::run(d);
    const auto matches = DesignSearch::find(d, a.findings, "aks-050");
    const auto found = ids(matches);
    EXPECT_NE(std::find(found.begin(), found.end(), "ado-hosted"), found.end());
    for (const auto& m : matches)
        EXPECT_EQ(m.where, "AKS-050");
    // The match quotes the finding in the reader's language.
    ASSERT_FALSE(matches.empty());
    EXPECT_NE(matches.front().text.find("cannot reach"), std::string::npos) << matches.front().text;
    const auto chinese = DesignSearch::find(d, a.findings, "aks-050", Language::SimplifiedChinese);
    ASSERT_EQ(chinese.size(), matches.size());
    EXPECT_NE(chinese.front().text.find("无法访问"), std::string::npos) << chinese.front().text;
    // One match per element, in document order before the findings' elements.
    const auto pay = ids(DesignSearch::find(d, a.findings, "pay"));
    EXPECT_EQ(std::set<std::string>(pay.begin(), pay.end()).size(), pay.size());
}
