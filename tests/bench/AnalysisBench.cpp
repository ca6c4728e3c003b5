// Analysis speed on generated hub-and-spoke estates (EstateGenerator). Each figure stands beside
// a floor measured in the same run: one pass over the design graph that touches every element,
// link and property, so that a slower machine scales both. Results: docs/PERFORMANCE.md.
#include "EstateGenerator.h"
#include "analysis/Analyzer.h"
#include "analysis/LiveAnalysis.h"
#include "io/DesignJson.h"
#include "model/AddItemsEdit.h"
#include "model/ChangeElementsEdit.h"
#include "model/CompositeEdit.h"
#include "model/KindRegistry.h"
#include "model/RemoveItemsEdit.h"

#include <atomic>
#include <benchmark/benchmark.h>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <malloc.h>
#include <memory>
#include <new>
#include <set>
#include <type_traits>

using namespace kg;

// A counting allocator: the bytes the program holds through operator new, and their peak, as
// the heap really holds them (malloc_usable_size, so blocks glibc maps apart count too). It
// counts only while a memory benchmark runs: elsewhere its atomics would add to the times.
namespace {
std::atomic<bool> g_counting{false};
std::atomic<long long> g_live{0};
std::atomic<long long> g_peak{0};
} // namespace

void* operator new(std::size_t size)
{
    void* p = std::malloc(size ? size : 1);
    if (!p)
        throw std::bad_alloc();
    if (g_counting.load(std::memory_order_relaxed)) {
        const auto bytes = static_cast<long long>(malloc_usable_size(p));
        const long long now = g_live.fetch_add(bytes) + bytes;
        long long peak = g_peak.load();
        while (now > peak && !g_peak.compare_exchange_weak(peak, now)) {
        }
    }
    return p;
}

void operator delete(void* p) noexcept
{
    if (p && g_counting.load(std::memory_order_relaxed))
        g_live.fetch_sub(static_cast<long long>(malloc_usable_size(p)));
    std::free(p);
}

void operator delete(void* p, std::size_t) noexcept
{
    operator delete(p);
}

namespace {

const Design& estate(std::size_t n)
{
    static std::map<std::size_t, Design> cache;
    auto it = cache.find(n);
    if (it == cache.end())
        it = cache.emplace(n, bench::generateEstate(n)).first;
    return it->second;
}

void setCounters(benchmark::State& state, const Design& d, const Analysis& a)
{
    state.counters["elements"] = static_cast<double>(d.elements().size());
    state.counters["paths"] = static_cast<double>(a.paths.size());
    state.counters["clusters"] = static_cast<double>(a.clusters.size());
    state.counters["clients"] = static_cast<double>(a.clients.size());
}

// The floor: one pass over the design graph.
void BM_GraphPass(benchmark::State& state)
{
    const Design& d = estate(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        std::size_t sum = 0;
        for (const auto& e : d.elements()) {
            sum += e.properties.size() + e.id.size();
            if (const Element* p = d.element(e.parent))
                sum += p->id.size();
        }
        for (const auto& l : d.links())
            sum += d.element(l.from) != nullptr ? 1 : 0;
        benchmark::DoNotOptimize(sum);
    }
    state.counters["elements"] = static_cast<double>(d.elements().size());
}

// What every structural edit pays first: the topology (networks, subnets, links, zones and
// clients indexed) of the whole design, and then the rules over the kept outcomes.
void BM_TopologyBuild(benchmark::State& state)
{
    const Design& d = estate(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        Topology t(d);
        benchmark::DoNotOptimize(t.clients().data());
    }
    state.counters["elements"] = static_cast<double>(d.elements().size());
}

void BM_RulesOnly(benchmark::State& state)
{
    const Design& d = estate(static_cast<std::size_t>(state.range(0)));
    Topology t(d);
    Analysis a = Analyzer::run(t, Analyzer::egressOf(t));
    for (auto _ : state) {
        Analyzer::runRules(t, a);
        benchmark::DoNotOptimize(a.findings.data());
    }
    setCounters(state, d, a);
}

void BM_FullAnalysis(benchmark::State& state)
{
    const Design& d = estate(static_cast<std::size_t>(state.range(0)));
    Analysis last;
    for (auto _ : state) {
        last = Analyzer::run(d);
        benchmark::DoNotOptimize(last.paths.data());
    }
    setCounters(state, d, last);
}

// One edit, then the live analysis brings itself up to date. Each iteration toggles `id`
// between its original value and `change(original)`, so that every iteration has real work.
template <typename Item, typename Change>
void reanalyse(benchmark::State& state, const std::string& id, Change change)
{
    Design d = estate(static_cast<std::size_t>(state.range(0)));
    LiveAnalysis live(d);
    Item before;
    if constexpr (std::is_same_v<Item, Link>)
        before = *d.link(id);
    else
        before = *d.element(id);
    Item after = before;
    change(after);
    bool flip = false;
    for (auto _ : state) {
        if constexpr (std::is_same_v<Item, Link>)
            d.replaceLink(flip ? before : after);
        else
            d.replaceElement(flip ? before : after);
        flip = !flip;
        benchmark::DoNotOptimize(live.update().paths.data());
        if (live.lastUpdate() == LiveAnalysis::Update::Full)
            state.SkipWithError("a full analysis, not an incremental one");
    }
    setCounters(state, d, live.analysis());
}

// A transit gateway attachment associated with a route table of its own (and back): every
// pair on the gateway is redone, its route tables being shared.
void BM_ReanalysisAfterAttachmentEdit(benchmark::State& state)
{
    reanalyse<Link>(state, "att-1", [](Link& l) {
        l.properties["associatedRouteTable"] = std::string("rt-isolated");
    });
}

// A static route added to the transit gateway (and removed): as every attachment changed.
void BM_ReanalysisAfterTransitStaticRoute(benchmark::State& state)
{
    reanalyse<Element>(state, "tgw", [](Element& e) {
        e.properties["staticRoutes"] = StringList{"rt-main 10.200.0.0/16 blackhole"};
    });
}

// A cluster's access settings (the inspector's most common change): that cluster's column.
void BM_ReanalysisAfterClusterEdit(benchmark::State& state)
{
    reanalyse<Element>(state, "aks-0", [](Element& e) {
        e.properties["apiServerAccessProfile.authorizedIPRanges"] = StringList{"203.0.113.7/32"};
    });
}

// A client's egress address: that client's row.
void BM_ReanalysisAfterClientEdit(benchmark::State& state)
{
    reanalyse<Element>(state, "home-3",
                       [](Element& e) { e.properties["egressIPs"] = StringList{"192.0.2.77"}; });
}

// A subnet inside one spoke: the spoke's facts refreshed, its cluster column and client rows.
void BM_ReanalysisAfterSpokeEdit(benchmark::State& state)
{
    reanalyse<Element>(state, "snet-2-0", [](Element& e) {
        e.properties["addressPrefix"] = std::string("10.13.8.0/25");
    });
}

// The hub's peering with a spoke: the two networks' facts, the spoke's clusters and the pairs
// that can route through the link.
void BM_ReanalysisAfterHubEdit(benchmark::State& state)
{
    reanalyse<Link>(state, "peer-0", [](Link& l) { l.properties["allowGatewayTransit"] = false; });
}

// A spoke's private DNS zone renamed: a fresh topology (zones are indexed by name), the column
// of the cluster that uses it.
void BM_ReanalysisAfterZoneEdit(benchmark::State& state)
{
    reanalyse<Element>(state, "zone-0", [](Element& e) {
        e.properties["zoneName"] = std::string("privatelink.westus.azmk8s.io");
    });
}

// The on-premises conditional forwarder's zones: the rows of the clients that use it.
void BM_ReanalysisAfterForwardingEdit(benchmark::State& state)
{
    reanalyse<Link>(state, "fwd", [](Link& l) {
        l.properties["zones"] = StringList{"privatelink.eastus.azmk8s.io", "example.internal"};
    });
}

// A spoke's own DNS servers: its facts refreshed, its rows and columns.
void BM_ReanalysisAfterSpokeSettings(benchmark::State& state)
{
    reanalyse<Element>(state, "vnet-2",
                       [](Element& e) { e.properties["dnsServers"] = StringList{"10.0.3.4"}; });
}

// A subnet of the hub holding 50 jumpboxes and agents: the hub's facts refreshed, their rows
// (41,150 paths, half of the matrix).
void BM_ReanalysisAfterHubSubnetEdit(benchmark::State& state)
{
    reanalyse<Element>(state, "snet-ops", [](Element& e) {
        e.properties["addressPrefix"] = std::string("10.0.1.0/25");
    });
}

// The hub's address space given a second range (and back): no peering changes its verdict,
// the hub's facts are refreshed and the rules rerun.
void BM_ReanalysisAfterHubAddressSpace(benchmark::State& state)
{
    reanalyse<Element>(state, "vnet-hub", [](Element& e) {
        e.properties["addressSpace"] = StringList{"10.0.0.0/16", "172.31.0.0/16"};
    });
}

// The hub's address space widened over the first spoke's (and back): that peering joins
// overlapping spaces and stops carrying traffic, the paths over it are redone.
void BM_ReanalysisAfterHubSpaceOverlap(benchmark::State& state)
{
    reanalyse<Element>(state, "vnet-hub", [](Element& e) {
        e.properties["addressSpace"] = StringList{"10.0.0.0/15"};
    });
}

// A jumpbox dragged from the hub's operations subnet into a spoke's subnet (and back): a fresh
// topology, its row.
void BM_ReanalysisAfterMovingAClient(benchmark::State& state)
{
    reanalyse<Element>(state, "jump-0", [](Element& e) { e.parent = "snet-0-0"; });
}

// A subnet with its private endpoint moved from one spoke VNet to another (and back): a fresh
// topology, both spokes' rows and columns.
void BM_ReanalysisAfterMovingASubnet(benchmark::State& state)
{
    reanalyse<Element>(state, "snet-0-3", [](Element& e) { e.parent = "vnet-2"; });
}

// Structural edits: each iteration applies the edit or undoes it, alternately, and the live
// analysis catches up (a fresh topology; only the affected rows and columns are evaluated).
void restructure(benchmark::State& state, const std::function<std::unique_ptr<Edit>(Design&)>& make)
{
    Design d = estate(static_cast<std::size_t>(state.range(0)));
    LiveAnalysis live(d);
    std::unique_ptr<Edit> edit = make(d);
    bool applied = false;
    for (auto _ : state) {
        if (applied)
            edit->revert(d);
        else
            edit->apply(d);
        applied = !applied;
        benchmark::DoNotOptimize(live.update().paths.data());
        if (live.lastUpdate() != LiveAnalysis::Update::Structural)
            state.SkipWithError("not a structural update");
    }
    setCounters(state, d, live.analysis());
}

// Deleting `id` (with what it holds and its links) and restoring it, alternately.
void removeAndRestore(benchmark::State& state, const std::string& id)
{
    restructure(state, [id](Design& d) {
        return std::make_unique<RemoveItemsEdit>(d, std::vector<std::string>{id}, "Delete");
    });
}

// A laptop placed from the palette (and deleted again): one new row.
void BM_ReanalysisAfterAddingAClient(benchmark::State& state)
{
    restructure(state, [](Design&) {
        Element e;
        e.id = "laptop-new";
        e.kind = ElementKind::Laptop;
        e.properties["egressIPs"] = StringList{"198.51.100.99"};
        return std::make_unique<AddItemsEdit>(std::vector<Element>{e}, std::vector<Link>{}, "Add");
    });
}

// A private endpoint deleted from a spoke subnet (and restored): the rules only, here (it
// leads to the registry); one to a cluster would redo that cluster's column.
void BM_ReanalysisAfterRemovingFromASpoke(benchmark::State& state)
{
    removeAndRestore(state, "pe-2-0");
}

// A spoke's peering with the hub deleted (and restored): both networks' rows and columns.
void BM_ReanalysisAfterRemovingAPeering(benchmark::State& state)
{
    removeAndRestore(state, "peer-2");
}

// An AWS spoke's NAT gateway deleted (and restored): the rows of the node groups and clients
// whose subnets send internet traffic through it.
void BM_ReanalysisAfterRemovingANatGateway(benchmark::State& state)
{
    removeAndRestore(state, "nat-1");
}

// An AKS cluster deleted (and restored): its column, its node pools' rows.
void BM_ReanalysisAfterRemovingACluster(benchmark::State& state)
{
    removeAndRestore(state, "aks-0");
}

// The transit gateway deleted (and restored): its attachments go, every AWS spoke's paths
// through it are redone.
void BM_ReanalysisAfterRemovingTheTransitGateway(benchmark::State& state)
{
    removeAndRestore(state, "tgw");
}

// The hub network deleted with everything in it (and restored).
void BM_ReanalysisAfterRemovingTheHub(benchmark::State& state)
{
    removeAndRestore(state, "vnet-hub");
}

// The hub subnet that holds 50 jumpboxes and agents deleted (and restored).
void BM_ReanalysisAfterRemovingTheHubOpsSubnet(benchmark::State& state)
{
    removeAndRestore(state, "snet-ops");
}

// A jumpbox turned into a self-hosted agent (Change Kind, and back).
void BM_ReanalysisAfterChangingAKind(benchmark::State& state)
{
    restructure(state, [](Design& d) {
        Element before = *d.element("jump-0");
        Element after = before;
        after.kind = ElementKind::AdoSelfHostedAgent;
        after.properties.clear();
        return std::make_unique<ChangeElementsEdit>(before, after, "Change kind");
    });
}

// One command of a move and an addition (a paste beside a drag): undone and redone.
void BM_ReanalysisAfterABatchedMoveAndAdd(benchmark::State& state)
{
    restructure(state, [](Design& d) {
        auto batch = std::make_unique<CompositeEdit>("Paste");
        Element before = *d.element("home-3");
        Element after = before;
        after.geometry.x += 40;
        batch->add(std::make_unique<ChangeElementsEdit>(before, after, "Move"));
        Element e;
        e.id = "laptop-pasted";
        e.kind = ElementKind::Laptop;
        e.properties["egressIPs"] = StringList{"198.51.100.98"};
        batch->add(
            std::make_unique<AddItemsEdit>(std::vector<Element>{e}, std::vector<Link>{}, "Add"));
        return batch;
    });
}

// A peering added between two spokes (and removed): both networks' rows and columns.
void BM_ReanalysisAfterAddingAPeering(benchmark::State& state)
{
    restructure(state, [](Design&) {
        Link l;
        l.id = "peer-new";
        l.kind = LinkKind::Peering;
        l.from = "vnet-0";
        l.to = "vnet-2";
        return std::make_unique<AddItemsEdit>(std::vector<Element>{}, std::vector<Link>{l}, "Add");
    });
}

void BM_LoadSave(benchmark::State& state)
{
    const std::string text = DesignJson::save(estate(static_cast<std::size_t>(state.range(0))));
    for (auto _ : state) {
        LoadResult r = DesignJson::load(text);
        benchmark::DoNotOptimize(r.design->elements().data());
    }
    state.counters["bytes"] = static_cast<double>(text.size());
}

// Heap held by the core for a design of this size and its full analysis: the peak of the
// counting allocator above the bytes held before, so the benchmarks that ran first do not
// count.
void BM_CoreMemory(benchmark::State& state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    double bytes = 0;
    for (auto _ : state) {
        g_live = 0;
        g_peak = 0;
        g_counting = true;
        {
            Design d = bench::generateEstate(n);
            Analysis a = Analyzer::run(d);
            benchmark::DoNotOptimize(a.paths.data());
        }
        g_counting = false;
        bytes = static_cast<double>(g_peak.load());
    }
    state.counters["MB"] = bytes / (1024.0 * 1024.0);
}

} // namespace

BENCHMARK(BM_GraphPass)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_TopologyBuild)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RulesOnly)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FullAnalysis)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterClusterEdit)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterClientEdit)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterSpokeEdit)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterHubEdit)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterZoneEdit)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterForwardingEdit)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterAttachmentEdit)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterTransitStaticRoute)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterSpokeSettings)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterHubSubnetEdit)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterHubAddressSpace)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterHubSpaceOverlap)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterMovingAClient)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterMovingASubnet)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterAddingAClient)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterRemovingFromASpoke)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterRemovingAPeering)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterRemovingANatGateway)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterRemovingACluster)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterRemovingTheTransitGateway)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterRemovingTheHub)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterRemovingTheHubOpsSubnet)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterChangingAKind)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterABatchedMoveAndAdd)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterAddingAPeering)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadSave)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CoreMemory)->Arg(10000)->Arg(100000)->Iterations(1)->Unit(benchmark::kMillisecond);

// Deleting (and restoring) the first element of every kind the estate holds, and the first link
// of every kind: BM_ReanalysisAfterRemoving/<kind>, one per kind, each beside the floor of the
// same run.
void registerEveryKind()
{
    const Design& d = estate(10000);
    std::set<std::string> done;
    auto add = [&](const std::string& kind, const std::string& id) {
        if (!done.insert(kind).second)
            return;
        benchmark::RegisterBenchmark(("BM_ReanalysisAfterRemoving/" + kind).c_str(),
                                     [id](benchmark::State& state) { removeAndRestore(state, id); })
            ->Arg(10000)
            ->Unit(benchmark::kMillisecond);
    };
    for (const auto& e : d.elements())
        add(std::string(KindRegistry::info(e.kind).key), e.id);
    for (const auto& l : d.links())
        add("link." + std::string(KindRegistry::info(l.kind).key), l.id);
}

// `analysis_bench --write-estate N FILE` writes the estate of N elements the benchmarks use, for
// measuring the command line on it (docs/PERFORMANCE.md); anything else runs the benchmarks.
int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--write-estate") == 0) {
        Sentence error;
        const Design d = bench::generateEstate(std::strtoull(argv[2], nullptr, 10));
        if (!DesignJson::saveFile(d, argv[3], &error)) {
            std::cerr << render(error, Language::English) << "\n";
            return 1;
        }
        std::cout << "wrote " << d.elements().size() << " elements to " << argv[3] << "\n";
        return 0;
    }
    registerEveryKind();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
