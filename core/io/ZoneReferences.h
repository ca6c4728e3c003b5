#pragma once

#include "text/Sentence.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kg {

// A design file may name an AKS cluster's private DNS zone the way Azure does, by resource id
// (".../providers/Microsoft.Network/privateDnsZones/privatelink.eastus.azmk8s.io"), as in an
// ARM template or `az aks show`. Before the design is read, each such value is replaced by the
// id of the zone element of that zone name, or of a new one placed beside the cluster; `notes`
// says what was done. Values of another shape are left for the reader to refuse.
class ZoneReferences
{
public:
    static void resolve(nlohmann::json& document, std::vector<Sentence>& notes);
};

} // namespace kg
