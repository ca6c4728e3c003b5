#pragma once

#include "analysis/PathRecorder.h"
#include "analysis/StageInput.h"

namespace kg {

// Stage 4: whether the client's principal is allowed once connected: EKS access entries /
// aws-auth, AKS Kubernetes RBAC, and the run-command permissions. A client without a principal
// passes with an advisory note: a design may leave identities out.
class IdentityStage
{
public:
    static bool run(const StageInput& in, PathRecorder& r);
};

} // namespace kg
