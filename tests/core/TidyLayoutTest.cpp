#include "layout/TidyLayout.h"

#include "SampleDesigns.h"
#include "TemplateFiles.h"
#include "io/DesignJson.h"
#include "layout/PlaneGeometry.h"
#include "model/ChangeElementsEdit.h"
#include "model/ContainerFit.h"
#include "model/Design.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <map>

using namespace kg;

namespace {

Design arranged(const Design& d, const std::vector<std::string>& roots = {})
{
    Design out = d;
    TidyLayout::Arrangement a = TidyLayout::layout(d, roots);
    for (auto& e : a.elements)
        out.replaceElement(std::move(e));
    for (auto& [id, route] : a.routes) {
        Link l = *out.link(id);
        l.route = std::move(route);
        out.replaceLink(std::move(l));
    }
    return out;
}

using P = RoutePoint;

// The drawn line of a link: the ends' border points and the route's bends between.
std::vector<P> drawn(const Design& d, const Link& l)
{
    const Rect& from = d.element(l.from)->geometry;
    const Rect& to = d.element(l.to)->geometry;
    const std::vector<P>& bends = l.route;
    const P fc{from.x + from.width / 2, from.y + from.height / 2};
    const P tc{to.x + to.width / 2, to.y + to.height / 2};
    std::vector<P> out{PlaneGeometry::borderPoint(from, bends.empty() ? tc : bends.front())};
    out.insert(out.end(), bends.begin(), bends.end());
    out.push_back(PlaneGeometry::borderPoint(to, bends.empty() ? fc : bends.back()));
    return out;
}

// The cards a link's drawn line passes through, other than its ends and what they hold.
std::vector<std::string> cardsCrossed(const Design& d, const Link& l)
{
    const std::vector<P> line = drawn(d, l);
    std::vector<std::string> out;
    for (const auto& e : d.elements()) {
        if (!d.children(e.id).empty() || e.id == l.from || e.id == l.to ||
            d.isAncestor(l.from, e.id) || d.isAncestor(l.to, e.id))
            continue;
        for (std::size_t i = 1; i < line.size(); ++i)
            if (PlaneGeometry::crossesRect(e.geometry, line[i - 1], line[i])) {
                out.push_back(e.id);
                break;
            }
    }
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
    const auto files = templateFiles();
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
        const TidyLayout::Arrangement again = TidyLayout::layout(after, {});
        EXPECT_TRUE(again.elements.empty()) << file << ": not stable";
        EXPECT_TRUE(again.routes.empty()) << file << ": routes not stable";
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
    for (const auto& l : a.links())
        EXPECT_EQ(l.route, b.link(l.id)->route) << l.id;
}

// Links are routed around the cards: after a tidy, no link's drawn line (its route's bends
// between the ends' borders) passes through a card other than its ends. A link that skips a
// rank must bend around the card in between.
TEST(TidyLayoutTest, LinksAreRoutedAroundTheCards)
{
    const Design chain = test::peeredChain();
    const Design tidied = arranged(chain);
    EXPECT_FALSE(tidied.link("ac")->route.empty()) << "the long link bends around vnet-b";
    for (const auto& l : tidied.links())
        EXPECT_TRUE(cardsCrossed(tidied, l).empty()) << l.id;
    int routed = 0;
    for (const auto& file : templateFiles()) {
        LoadResult loaded = DesignJson::loadFile(file.string());
        ASSERT_TRUE(loaded.ok()) << file;
        const Design after = arranged(*loaded.design);
        for (const auto& l : after.links()) {
            routed += l.route.empty() ? 0 : 1;
            for (const auto& card : cardsCrossed(after, l))
                ADD_FAILURE() << file.filename() << ": " << l.id << " crosses " << card;
        }
    }
    EXPECT_GT(routed, 0);
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
