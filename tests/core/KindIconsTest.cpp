// Every element kind has its own icon under resources/icons/kinds (tools/generate_kind_icons.py
// writes them): a self-contained 24x24 SVG without text or external references.
#include "model/KindRegistry.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace kg;

TEST(KindIconsTest, EveryKindHasASelfContainedIcon)
{
    const std::filesystem::path dir =
        std::filesystem::path(KUBEGATE_SOURCE_DIR) / "resources/icons/kinds";
    std::size_t count = 0;
    for (const auto& info : KindRegistry::elementKinds()) {
        const auto file = dir / (info.key + ".svg");
        ASSERT_TRUE(std::filesystem::exists(file)) << "no icon for " << info.key;
        std::ifstream in(file);
        std::stringstream text;
        text << in.rdbuf();
        const std::string svg = text.str();
        EXPECT_NE(svg.find("<svg"), std::string::npos) << info.key;
        EXPECT_NE(svg.find("viewBox=\"0 0 24 24\""), std::string::npos) << info.key;
        for (const char* banned : {"<text", "<script", "href", "<image", "@import"})
            EXPECT_EQ(svg.find(banned), std::string::npos) << info.key << " contains " << banned;
        ++count;
    }
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        files += entry.path().extension() == ".svg" ? 1 : 0;
    EXPECT_EQ(files, count) << "an icon without a kind";
}
