#pragma once

#include "import/ImportedConfig.h"
#include "import/JsonFields.h"

#include <nlohmann/json.hpp>
#include <string>

namespace kg {

// Reads an EKS cluster from `aws eks describe-cluster` ({"cluster": {...}}, or the bare cluster
// object that `--query cluster` prints). Defaults as the EKS API applies them (eks-rules.md 3.1,
// 4): endpointPublicAccess true, endpointPrivateAccess false; the Region comes from the ARN or
// the endpoint's host name.
class EksDescribeReader
{
public:
    static void read(const nlohmann::json& document, const std::string& source,
                     ImportedConfig& config, JsonFields& fields);

    // "us-east-1" from arn:aws:eks:us-east-1:111122223333:cluster/prod, or from
    // https://X.gr7.us-east-1.eks.amazonaws.com; empty when neither says.
    static std::string regionOf(const std::string& arn, const std::string& endpoint);
};

} // namespace kg
