#pragma once

#include "analysis/PathRecorder.h"
#include "analysis/StageInput.h"

namespace kg {

// Stage 3: whether the endpoint lets the connection in: the public endpoint's CIDR allow-list
// (authorizedIPRanges / publicAccessCidrs) against the client's egress address; security
// groups on the EKS-managed interfaces (TCP 443); NSGs on the AKS API server subnet;
// disableRunCommand for command invoke.
class AdmissionStage
{
public:
    static bool run(const StageInput& in, PathRecorder& r);
};

} // namespace kg
