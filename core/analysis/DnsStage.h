#pragma once

#include "analysis/PathRecorder.h"
#include "analysis/StageInput.h"

namespace kg {

// Stage 1: which address the API server's name resolves to from the client's network. Private
// zones and their links, custom DNS and forwarding, public FQDNs of private clusters, EKS
// private hosted zones and Route 53 Resolver endpoints. VNet-integrated AKS nodes skip it.
class DnsStage
{
public:
    static bool run(const StageInput& in, PathRecorder& r);

    // The public name as the cloud prints it (the random part of real names is not modelled).
    static std::string publicName(const Element& cluster);
};

} // namespace kg
