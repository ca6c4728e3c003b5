// Analysis speed on generated hub-and-spoke estates (EstateGenerator). Each figure stands beside
// a floor measured in the same run: one pass over the design graph that touches every element,
// link and property, so that a slower machine scales both. Results: docs/PERFORMANCE.md.
#include "EstateGenerator.h"
#include "analysis/Analyzer.h"
#include "analysis/LiveAnalysis.h"
#include "io/DesignJson.h"

#include <benchmark/benchmark.h>
#include <malloc.h>

using namespace kg;

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

// One edit, then the live analysis brings itself up to date. The edit alternates a cluster's
// access mode (the inspector's most common change) so that every iteration has real work.
void BM_ReanalysisAfterClusterEdit(benchmark::State& state)
{
    Design d = estate(static_cast<std::size_t>(state.range(0)));
    LiveAnalysis live(d);
    const Element* cluster = nullptr;
    for (const auto& e : d.elements()) {
        if (e.kind == ElementKind::AksCluster)
            cluster = &e;
    }
    Element before = *cluster;
    Element after = before;
    after.properties["apiServerAccessProfile.authorizedIPRanges"] = StringList{"203.0.113.7/32"};
    bool flip = false;
    for (auto _ : state) {
        d.replaceElement(flip ? before : after);
        flip = !flip;
        const Analysis& a = live.update();
        benchmark::DoNotOptimize(a.paths.data());
    }
    setCounters(state, d, live.analysis());
}

void BM_ReanalysisAfterClientEdit(benchmark::State& state)
{
    Design d = estate(static_cast<std::size_t>(state.range(0)));
    LiveAnalysis live(d);
    Element before = *d.element("home-3");
    Element after = before;
    after.properties["egressIPs"] = StringList{"192.0.2.77"};
    bool flip = false;
    for (auto _ : state) {
        d.replaceElement(flip ? before : after);
        flip = !flip;
        benchmark::DoNotOptimize(live.update().paths.data());
    }
    setCounters(state, d, live.analysis());
}

// A change inside one spoke network (a subnet's prefix): the spoke's cluster column and its
// clients' rows, on a rebuilt topology.
void BM_ReanalysisAfterSpokeEdit(benchmark::State& state)
{
    Design d = estate(static_cast<std::size_t>(state.range(0)));
    LiveAnalysis live(d);
    Element before = *d.element("snet-2-0");
    Element after = before;
    after.properties["addressPrefix"] = std::string("10.13.8.0/25");
    bool flip = false;
    for (auto _ : state) {
        d.replaceElement(flip ? before : after);
        flip = !flip;
        benchmark::DoNotOptimize(live.update().paths.data());
    }
    setCounters(state, d, live.analysis());
}

// A change to the hub's peering with a spoke: the hub connects everything, so this is a full
// analysis.
void BM_ReanalysisAfterHubEdit(benchmark::State& state)
{
    Design d = estate(static_cast<std::size_t>(state.range(0)));
    LiveAnalysis live(d);
    Link before = *d.link("peer-0");
    Link after = before;
    after.properties["allowGatewayTransit"] = false;
    bool flip = false;
    for (auto _ : state) {
        d.replaceLink(flip ? before : after);
        flip = !flip;
        benchmark::DoNotOptimize(live.update().paths.data());
    }
    setCounters(state, d, live.analysis());
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

// Heap held by the core for a design of this size and its full analysis.
void BM_CoreMemory(benchmark::State& state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    double bytes = 0;
    for (auto _ : state) {
        struct mallinfo2 start = mallinfo2();
        {
            Design d = bench::generateEstate(n);
            Analysis a = Analyzer::run(d);
            struct mallinfo2 peak = mallinfo2();
            bytes = static_cast<double>(peak.uordblks - start.uordblks);
            benchmark::DoNotOptimize(a.paths.data());
        }
    }
    state.counters["MB"] = bytes / (1024.0 * 1024.0);
}

} // namespace

BENCHMARK(BM_GraphPass)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_FullAnalysis)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterClusterEdit)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterClientEdit)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterSpokeEdit)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReanalysisAfterHubEdit)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadSave)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CoreMemory)->Arg(10000)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
