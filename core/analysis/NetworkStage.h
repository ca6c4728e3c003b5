#pragma once

#include "analysis/PathRecorder.h"
#include "analysis/StageInput.h"

namespace kg {

// Stage 2: whether packets get from the client to the endpoint's address: internet egress for
// public endpoints; same network, peering (not transitive), transit gateway, VPN, ExpressRoute
// or Direct Connect for private ones; the client kinds that cannot use private paths at all.
class NetworkStage
{
public:
    static bool run(const StageInput& in, PathRecorder& r);
};

} // namespace kg
