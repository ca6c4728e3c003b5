#pragma once

#include "import/ImportedConfig.h"
#include "import/JsonFields.h"

#include <nlohmann/json.hpp>
#include <string>

namespace kg {

// Reads AKS clusters from `az aks show -o json` (one object), `az aks list` (an array of them)
// or an ARM resource (the settings under "properties", wire casing). Per-source meaning
// (aks-rules.md 0.2, 1f, 2): keys match ignoring case (AKS-116), privateDnsZone
// "system"/"none" in any case (AKS-117), a null or all-null apiServerAccessProfile is a public
// cluster, an unset enablePrivateClusterPublicFqdn on a private cluster is true (AKS-110), an
// unset privateDnsZone on a private cluster is System, a null disableRunCommand is enabled.
class AksShowReader
{
public:
    static void read(const nlohmann::json& document, const std::string& source,
                     ImportedConfig& config, JsonFields& fields);
};

} // namespace kg
