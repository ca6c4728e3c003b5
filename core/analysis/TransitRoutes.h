#pragma once

#include "model/Cidr.h"
#include "model/Element.h"
#include "model/Link.h"
#include "text/Sentence.h"

#include <string>
#include <vector>

namespace kg {

class Topology;

// The routes of an AWS transit gateway (EKS-035). Each attachment is associated with one route
// table (a tgwAttachment's associatedRouteTable, "default" unless set, empty for none; VPN and
// Direct Connect attachments the default table) and propagates its network's CIDRs to route
// tables (propagatesTo, ["default"] unless set; VPN and Direct Connect to the default table).
// The gateway's staticRoutes ("<table> <cidr> <attachment id|blackhole>") join them. A lookup
// takes the longest prefix holding the destination; among routes of one prefix AWS's order
// decides (static, then propagated from a VPC, a Direct Connect gateway, a VPN), then the
// attachment's id. Traffic may leave through any attachment of the expected network.
class TransitRoutes
{
public:
    struct Verdict
    {
        Sentence why; // empty when the traffic leaves through the expected attachment
        Sentence fix;
        bool unknown = false; // the destination has no address space: nothing was checked
    };

    // Traffic entering `tgw` from attachment `in` for every block of `destination` must leave
    // through attachment `out`.
    static Verdict check(const Topology& topology, const Element& tgw, const Link& in,
                         const Link& out, const std::vector<Cidr>& destination);

    // The route table an attachment is associated with; empty for none.
    static std::string associatedTable(const Link& attachment);
    // The route tables an attachment propagates to.
    static std::vector<std::string> propagatesTo(const Link& attachment);
};

} // namespace kg
