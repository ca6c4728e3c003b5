#pragma once

#include "analysis/PathRecorder.h"
#include "analysis/StageInput.h"

namespace kg {

// Stage 4: whether the client's principal is allowed once connected: on EKS its access entry
// or aws-auth entry, as the cluster's authentication mode reads them (EKS-040); on AKS its
// Kubernetes access (role bindings or Azure RBAC for Kubernetes roles, KG-016) and, for command
// invoke, the two actions its role assignments carry (AKS-061) and the pod's Kubernetes access
// (AKS-063). What the design leaves out (no principal, no role assignments, an entry without
// policies or groups) holds only as assumed.
class IdentityStage
{
public:
    static bool run(const StageInput& in, PathRecorder& r);
};

} // namespace kg
