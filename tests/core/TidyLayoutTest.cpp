#include "layout/TidyLayout.h"

#include "io/DesignJson.h"
#include "model/ChangeElementsEdit.h"
#include "model/ContainerFit.h"
#include "model/Design.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <map>

using namespace kg;

namespace {

std::vector<std::filesystem::path> templates()
{
    std::vector<std::filesystem::path> out;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(KUBEGATE_SOURCE_DIR) / "resources/templates"))
        if (entry.path().extension() == ".kubegate")
            out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

Design arranged(const Design& d, const std::vector<std::string>& roots = {})
{
    Design out = d;
    for (auto& e : TidyLayout::arrange(d, roots))
        out.replaceElement(std::move(e));
    return out;
}

bool overlap(const Rect& a, const Rect& b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height &&
           b.y < a.y + a.height;
}

// Every card inside its container with the margin and the header's room, and no two siblings
// overlapping.
void expectTidy(const Design& d, const std::string& what)
{
    std::vector<Element> all(d.elements().begin(), d.elements().end());
    EXPECT_TRUE(ContainerFit::grow(d, all).empty()) << what << ": a container is too small";
    std::map<std::string, std::vector<const Element*>> siblings;
    for (const auto& e : d.elements())
        siblings[e.parent].push_back(&e);
    for (const auto& [parent, list] : siblings)
        for (std::size_t i = 0; i < list.size(); ++i)
            for (std::size_t k = i + 1; k < list.size(); ++k)
                EXPECT_FALSE(overlap(list[i]->geometry, list[k]->geometry))
                    << what << ": " << list[i]->id << " overlaps " << list[k]->id;
}

} // namespace

// Every template, tidied whole: cards keep their sizes, containers hold what they hold with
// room for their header, nothing overlaps, and a second tidy changes nothing.
TEST(TidyLayoutTest, EveryTemplateComesOutTidyAndStable)
{
    const auto files = templates();
    ASSERT_GE(files.size(), 12u);
    for (const auto& file : files) {
        LoadResult loaded = DesignJson::loadFile(file.string());
        ASSERT_TRUE(loaded.ok()) << file;
        const Design& before = *loaded.design;
        const Design after = arranged(before);
        for (const auto& e : after.elements())
            if (after.children(e.id).empty()) {
                EXPECT_EQ(e.geometry.width, before.element(e.id)->geometry.width) << e.id;
                EXPECT_EQ(e.geometry.height, before.element(e.id)->geometry.height) << e.id;
            }
        expectTidy(after, file.filename().string());
        EXPECT_TRUE(TidyLayout::arrange(after, {}).empty()) << file << ": not stable";
    }
}

// The same design gives the same picture whatever order its items were added in.
TEST(TidyLayoutTest, TheResultDoesNotDependOnDocumentOrder)
{
    LoadResult loaded = DesignJson::loadFile((std::filesystem::path(KUBEGATE_SOURCE_DIR) /
                                              "resources/templates/aks-private-hub-spoke.kubegate")
                                                 .string());
    ASSERT_TRUE(loaded.ok());
    const Design& d = *loaded.design;
    // The same items, added parents first but otherwise in reverse.
    Design reversed;
    std::vector<Element> elements(d.elements().rbegin(), d.elements().rend());
    while (!elements.empty())
        for (auto it = elements.begin(); it != elements.end();)
            if (it->parent.empty() || reversed.element(it->parent)) {
                reversed.insertElement(*it);
                it = elements.erase(it);
            } else {
                ++it;
            }
    for (auto it = d.links().rbegin(); it != d.links().rend(); ++it)
        reversed.insertLink(*it);
    const Design a = arranged(d);
    const Design b = arranged(reversed);
    for (const auto& e : a.elements())
        EXPECT_EQ(e.geometry, b.element(e.id)->geometry) << e.id;
}

// Tidying a selection moves only what it holds and keeps its top-left corner; links run left
// to right (a hub before its spokes).
TEST(TidyLayoutTest, ASelectionKeepsItsCornerAndTheRestStays)
{
    LoadResult loaded = DesignJson::loadFile((std::filesystem::path(KUBEGATE_SOURCE_DIR) /
                                              "resources/templates/aks-private-hub-spoke.kubegate")
                                                 .string());
    ASSERT_TRUE(loaded.ok());
    const Design& d = *loaded.design;
    const Element* hub = d.element("vnet-hub");
    ASSERT_TRUE(hub);
    const auto changed = TidyLayout::arrange(d, {"vnet-hub"});
    const auto inside = d.subtree("vnet-hub");
    for (const auto& e : changed)
        EXPECT_NE(std::find(inside.begin(), inside.end(), e.id), inside.end()) << e.id;
    const Design after = arranged(d, {"vnet-hub"});
    EXPECT_EQ(after.element("vnet-hub")->geometry.x, hub->geometry.x);
    EXPECT_EQ(after.element("vnet-hub")->geometry.y, hub->geometry.y);
    const Design whole = arranged(d);
    EXPECT_LT(whole.element("vnet-hub")->geometry.x, whole.element("vnet-spoke")->geometry.x);
}
