// libFuzzer target for kubegate import. Invariants checked on every input, detected and with
// each forced source:
// - import never crashes, hangs or throws;
// - it yields either a design or at least one error, never both;
// - an imported design saves to bytes that load again and save to the same bytes;
// - validating an imported design does not crash.
#include "import/Importer.h"
#include "io/DesignJson.h"
#include "validate/Validator.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    using S = kg::Importer::Source;
    for (S source : {S::Detect, S::Aks, S::Eks, S::Terraform}) {
        kg::Importer::Result r = kg::Importer::run({{"input.json", bytes}}, source);
        if (r.ok() == !r.errors.empty())
            std::abort();
        if (!r.ok())
            continue;
        std::string saved = kg::DesignJson::save(*r.design);
        kg::LoadResult again = kg::DesignJson::load(saved);
        if (!again.ok() || kg::DesignJson::save(*again.design) != saved)
            std::abort();
        static_cast<void>(kg::Validator::run(*r.design));
    }
    return 0;
}
