#include "layout/BuildUpOrder.h"

#include "TemplateFiles.h"
#include "io/DesignJson.h"
#include "model/KindRegistry.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <map>

using namespace kg;

namespace {

Element element(std::string id, ElementKind kind, std::string parent = {})
{
    Element e;
    e.id = std::move(id);
    e.kind = kind;
    e.parent = std::move(parent);
    return e;
}

} // namespace

TEST(BuildUpOrderTest, EveryTemplateListsEachElementOnceAfterItsContainer)
{
    for (const auto& path : templateFiles()) {
        SCOPED_TRACE(path.filename().string());
        LoadResult loaded = DesignJson::loadFile(path.string());
        ASSERT_TRUE(loaded.design);
        const Design& d = *loaded.design;
        const std::vector<std::string> order = buildUpOrder(d);
        ASSERT_EQ(order.size(), d.elements().size());
        std::map<std::string, std::size_t> at;
        for (std::size_t i = 0; i < order.size(); ++i)
            EXPECT_TRUE(at.emplace(order[i], i).second) << order[i] << " listed twice";
        for (const auto& e : d.elements()) {
            ASSERT_TRUE(at.count(e.id)) << e.id << " never revealed";
            if (!e.parent.empty()) {
                EXPECT_LT(at[e.parent], at[e.id]) << e.id << " shown before " << e.parent;
            }
        }
    }
}

TEST(BuildUpOrderTest, NetworksComeFirstAndClientsLast)
{
    Design d;
    // Document order puts the laptop and the cluster before the networks.
    d.insertElement(element("laptop", ElementKind::Laptop));
    d.insertElement(element("vnet", ElementKind::AzureVnet));
    d.insertElement(element("aks", ElementKind::AksCluster, "subnet"));
    d.insertElement(element("subnet", ElementKind::AzureSubnet, "vnet"));
    d.insertElement(element("zone", ElementKind::AzurePrivateDnsZone));
    d.insertElement(element("onprem", ElementKind::OnPremNetwork));
    EXPECT_EQ(buildUpOrder(d),
              (std::vector<std::string>{"vnet", "onprem", "subnet", "aks", "zone", "laptop"}));
}

TEST(BuildUpOrderTest, AContainerRankedLaterComesWithWhatItHolds)
{
    Design d;
    // A node pool inside its cluster's subnet, the cluster itself after the pool in document
    // order: the pool still waits for its subnet and network.
    d.insertElement(element("pool", ElementKind::AksNodePool, "subnet"));
    d.insertElement(element("subnet", ElementKind::AzureSubnet, "vnet"));
    d.insertElement(element("vnet", ElementKind::AzureVnet));
    const auto order = buildUpOrder(d);
    EXPECT_EQ(order, (std::vector<std::string>{"vnet", "subnet", "pool"}));
}

TEST(BuildUpOrderTest, TheTrainersOrderComesFirstWithItsContainers)
{
    Design d;
    d.insertElement(element("vnet", ElementKind::AzureVnet));
    d.insertElement(element("subnet", ElementKind::AzureSubnet, "vnet"));
    d.insertElement(element("aks", ElementKind::AksCluster, "subnet"));
    d.insertElement(element("laptop", ElementKind::Laptop));
    d.insertElement(element("zone", ElementKind::AzurePrivateDnsZone));
    Lesson lesson;
    lesson.buildOrder = {"laptop", "aks", "gone"};
    d.setLesson(lesson);
    // The laptop first as chosen; the cluster brings its network and subnet along; the zone
    // the trainer did not place follows in Kubegate's order; an id no longer there is skipped.
    EXPECT_EQ(buildUpOrder(d),
              (std::vector<std::string>{"laptop", "vnet", "subnet", "aks", "zone"}));
}
