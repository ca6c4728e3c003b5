#include "text/Glossary.h"

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

namespace {

// The text of a .ts element: entities decoded, a menu's accelerator "&" dropped.
std::string plain(std::string text, bool accelerators)
{
    const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&apos;", "'"}, {"&quot;", "\""}, {"&amp;", "\x01"}};
    for (const auto& [from, to] : entities)
        for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at))
            text.replace(at, std::string(from).size(), to);
    for (auto at = text.find('\x01'); at != std::string::npos; at = text.find('\x01', at))
        text.replace(at, 1, accelerators ? "" : "&");
    return text;
}

} // namespace

// The interface speaks the source article's terms (docs/GLOSSARY.md): a translation of a text
// that says "private cluster" says 专用群集, "cluster" 群集, "authorized IP ranges" 授权的 IP
// 地址范围, and so on.
TEST(TranslationsTest, ChineseUsesTheGlossary)
{
    const std::string zh = read("translations/kubegate_zh_CN.ts");
    const std::regex message(
        R"(<message[^>]*>\s*(?:<location[^>]*/>\s*)*<source>([^<]*)</source>(?:\s*<comment>[^<]*</comment>)?\s*<translation>([\s\S]*?)</translation>)");
    int checked = 0;
    for (auto it = std::sregex_iterator(zh.begin(), zh.end(), message);
         it != std::sregex_iterator(); ++it) {
        const std::string source = plain((*it)[1].str(), true);
        const std::string translation = plain((*it)[2].str(), false);
        ++checked;
        for (const auto& term : kg::missingTerms(source, translation))
            ADD_FAILURE() << "\"" << source << "\" says \"" << term.english << "\" without \""
                          << term.chinese << "\": " << translation;
    }
    EXPECT_GT(checked, 800);
}
