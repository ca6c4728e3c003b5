#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <sstream>
#include <string>

// The shipped catalogs are complete: every Chinese string is translated, and every English
// plural has its singular and plural forms (the source text's "(s)" is never shown).
namespace {
std::string read(const std::string& relative)
{
    std::ifstream in(std::string(KUBEGATE_SOURCE_DIR) + "/" + relative);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

int count(const std::string& text, const std::string& needle)
{
    int n = 0;
    for (auto pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1))
        ++n;
    return n;
}
} // namespace

TEST(TranslationsTest, ChineseIsComplete)
{
    const std::string zh = read("translations/kubegate_zh_CN.ts");
    ASSERT_GT(count(zh, "<message"), 300);
    EXPECT_EQ(count(zh, "type=\"unfinished\""), 0);
    EXPECT_EQ(count(zh, "<numerusform></numerusform>"), 0);
}

TEST(TranslationsTest, EnglishPluralsHaveBothForms)
{
    const std::string en = read("translations/kubegate_en.ts");
    const std::regex numerus(
        R"(<message numerus="yes">\s*<source>([^<]*)</source>\s*<translation>\s*<numerusform>([^<]+)</numerusform>\s*<numerusform>([^<]+)</numerusform>)");
    const int plurals = count(en, "numerus=\"yes\"");
    int complete = 0;
    for (auto it = std::sregex_iterator(en.begin(), en.end(), numerus);
         it != std::sregex_iterator(); ++it) {
        ++complete;
        EXPECT_EQ((*it)[2].str().find("(s)"), std::string::npos) << (*it)[1];
        EXPECT_EQ((*it)[3].str().find("(s)"), std::string::npos) << (*it)[1];
    }
    EXPECT_GT(plurals, 5);
    EXPECT_EQ(complete, plurals);
}
