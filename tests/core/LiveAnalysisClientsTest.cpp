// Clients inserted and erased: the live analysis keeps its topology and follows them
// (Topology::carryOver) instead of building a fresh one, and must still equal a fresh analysis
// after every such edit, wherever in the element list the client sits and however many come and
// go before the update.
#include "EstateGenerator.h"
#include "LiveAnalysisChecks.h"
#include "analysis/LiveAnalysis.h"
#include "model/KindRegistry.h"

#include <gtest/gtest.h>

using namespace kg;
using namespace kg::test;

namespace {

Element client(std::string id, ElementKind kind, std::string parent)
{
    Element e;
    e.id = id;
    e.name = std::move(id);
    e.kind = kind;
    e.parent = std::move(parent);
    if (KindRegistry::property(kind, "principal"))
        e.properties["principal"] = std::string("ops@contoso.example");
    if (KindRegistry::property(kind, "egressIPs") && e.parent.empty())
        e.properties["egressIPs"] = StringList{"198.51.100.7"};
    return e;
}

// The first element of the design that takes a client of `kind`, or "" at the top level.
std::optional<std::string> placeFor(const Design& d, ElementKind kind, std::size_t skip = 0)
{
    if (KindRegistry::info(kind).topLevel && skip == 0)
        return std::string();
    for (const auto& e : d.elements())
        if (KindRegistry::canNest(kind, e.kind) && skip-- == 0)
            return e.id;
    return std::nullopt;
}

std::vector<ElementKind> clientKinds()
{
    std::vector<ElementKind> kinds;
    for (const KindInfo& info : KindRegistry::elementKinds())
        if (Topology::carriesOver(info.kind))
            kinds.push_back(info.kind);
    return kinds;
}

} // namespace

TEST(LiveAnalysisClientsTest, TheClientKindsAreTheOnesCarriedOver)
{
    // Node pools and node groups are clients too, but the topology indexes them by cluster.
    EXPECT_TRUE(Topology::carriesOver(ElementKind::Laptop));
    EXPECT_TRUE(Topology::carriesOver(ElementKind::JumpboxVm));
    EXPECT_TRUE(Topology::carriesOver(ElementKind::GitHubSelfHostedRunner));
    EXPECT_FALSE(Topology::carriesOver(ElementKind::AksNodePool));
    EXPECT_FALSE(Topology::carriesOver(ElementKind::EksNodeGroup));
    EXPECT_FALSE(Topology::carriesOver(ElementKind::AksCluster));
    EXPECT_FALSE(Topology::carriesOver(ElementKind::AzureSubnet));
    EXPECT_GE(clientKinds().size(), 8u);
}

TEST(LiveAnalysisClientsTest, EveryClientKindInsertedAndErasedAnywhere)
{
    std::size_t checked = 0;
    for (const char* name : {"aks-private-hub-spoke.kubegate", "eks-public-private.kubegate"}) {
        Design d = load(name);
        LiveAnalysis live(d);
        live.update();
        for (ElementKind kind : clientKinds()) {
            const std::string key = KindRegistry::info(kind).key;
            for (std::size_t place = 0; place < 3; ++place) {
                const auto parent = placeFor(d, kind, place);
                if (!parent)
                    continue;
                // At the start, in the middle and at the end of the element list.
                for (std::size_t index :
                     {std::size_t{0}, d.elements().size() / 2, d.elements().size()}) {
                    const std::string id = d.uniqueId("carried");
                    const std::string what = std::string(name) + ": a " + key + " in '" + *parent +
                                             "' at " + std::to_string(index);
                    d.insertElement(client(id, kind, *parent), index);
                    expectFresh(d, live, what + " inserted");
                    EXPECT_TRUE(live.topologyCarried()) << what;
                    d.eraseElements({id});
                    expectFresh(d, live, what + " erased");
                    EXPECT_TRUE(live.topologyCarried()) << what;
                    ++checked;
                }
            }
        }
    }
    EXPECT_GE(checked, 100u); // kinds x places x positions x templates
}

TEST(LiveAnalysisClientsTest, SeveralClientsComeAndGoBeforeOneUpdate)
{
    Design d = bench::generateEstate(600);
    LiveAnalysis live(d);
    live.update();
    std::vector<std::string> laptops;
    for (const auto& e : d.elements())
        if (e.kind == ElementKind::Laptop || e.kind == ElementKind::JumpboxVm)
            laptops.push_back(e.id);
    ASSERT_GE(laptops.size(), 4u);
    const auto jumpParent = placeFor(d, ElementKind::JumpboxVm, 1);
    ASSERT_TRUE(jumpParent);

    // Two erased, one inserted before both of them, one inserted and erased again, a rename.
    d.eraseElements({laptops[1]});
    d.insertElement(client("batch-a", ElementKind::Laptop, {}), 3);
    d.eraseElements({laptops[3]});
    d.insertElement(client("batch-b", ElementKind::JumpboxVm, *jumpParent), 10);
    d.insertElement(client("batch-c", ElementKind::GitHubHostedRunner, {}), 0);
    d.eraseElements({"batch-b"});
    Element renamed = *d.element(laptops[0]);
    renamed.name = "renamed";
    d.replaceElement(renamed);
    expectFresh(d, live, "a batch of clients");
    EXPECT_TRUE(live.topologyCarried());

    // After the carried update, in-place edits use the kept topology as before.
    change(d, "batch-a", "egressIPs", StringList{"203.0.113.77"});
    expectFresh(d, live, "an inserted laptop's egress edited in place");
    EXPECT_EQ(live.lastUpdate(), LiveAnalysis::Update::InPlace);
    d.eraseElements({"batch-a", "batch-c"});
    expectFresh(d, live, "the batch's clients erased");
    EXPECT_TRUE(live.topologyCarried());
}

TEST(LiveAnalysisClientsTest, AnythingElseBuildsAFreshTopology)
{
    Design d = load("aks-private-hub-spoke.kubegate");
    LiveAnalysis live(d);
    live.update();
    const auto subnetParent = placeFor(d, ElementKind::AzureSubnet);
    ASSERT_TRUE(subnetParent);
    Element subnet;
    subnet.id = "snet-new";
    subnet.name = "snet-new";
    subnet.kind = ElementKind::AzureSubnet;
    subnet.parent = *subnetParent;
    subnet.properties["addressPrefix"] = std::string("10.250.0.0/24");
    // A client with a subnet in one batch: the subnet is not a client.
    d.insertElement(client("laptop-new", ElementKind::Laptop, {}));
    d.insertElement(subnet);
    expectFresh(d, live, "a laptop and a subnet");
    EXPECT_FALSE(live.topologyCarried());
    // A client with a property edit of another element in one batch.
    d.eraseElements({"laptop-new"});
    change(d, "snet-new", "addressPrefix", std::string("10.250.1.0/24"));
    expectFresh(d, live, "a laptop erased and a subnet edited");
    EXPECT_FALSE(live.topologyCarried());
    // A client alone again.
    d.insertElement(client("laptop-new", ElementKind::Laptop, {}));
    expectFresh(d, live, "a laptop alone");
    EXPECT_TRUE(live.topologyCarried());
}
