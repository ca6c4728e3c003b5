// libFuzzer target for the .kubegate reader. Invariants checked on every input:
// - load never crashes, hangs or throws;
// - it yields either a design or at least one error, never both;
// - an accepted design saves to bytes that load again and save to the same bytes;
// - the analysis of an accepted design, with every path explained in full, does not crash.
#include "analysis/Analyzer.h"
#include "io/DesignJson.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    kg::LoadResult result = kg::DesignJson::load(bytes);
    if (result.ok() == !result.errors.empty())
        std::abort();
    if (!result.ok())
        return 0;
    kg::Analysis analysis = kg::Analyzer::run(*result.design);
    if (analysis.paths.size() < 2000)
        static_cast<void>(kg::Analyzer::detailedPaths(*result.design, analysis));
    std::string saved = kg::DesignJson::save(*result.design);
    kg::LoadResult again = kg::DesignJson::load(saved);
    if (!again.ok())
        std::abort();
    if (kg::DesignJson::save(*again.design) != saved)
        std::abort();
    return 0;
}
