// eksctl: one ClusterConfig document per EKS cluster with its endpoint access
// (vpc.clusterEndpoints) and public access CIDRs, every string a double-quoted YAML scalar.

#include "iac/IacFormats.h"
#include "iac/IacQuoting.h"

namespace kg::iac {

void writeEksctl(const Design& design, std::string& out)
{
    bool first = true;
    for (const auto& c : design.elements()) {
        if (c.kind != ElementKind::EksCluster)
            continue;
        if (!first)
            out += "---\n";
        first = false;
        out += "# " + commentText(c.label()) + "\n";
        out += "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n";
        out += "  name: " + yamlString(c.id) + "\n";
        out += "  region: " + yamlString(regionOf(c)) + "\n";
        out += "vpc:\n  clusterEndpoints:\n";
        out += "    publicAccess: " + std::string(c.boolValue(kPublic) ? "true" : "false") + "\n";
        out +=
            "    privateAccess: " + std::string(c.boolValue(kPrivateEks) ? "true" : "false") + "\n";
        if (!c.listValue(kCidrs).empty()) {
            out += "  publicAccessCIDRs:\n";
            for (const auto& r : c.listValue(kCidrs))
                out += "    - " + yamlString(r) + "\n";
        }
    }
}

} // namespace kg::iac
