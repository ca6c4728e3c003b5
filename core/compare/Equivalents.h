#pragma once

#include "model/Design.h"
#include "text/Sentence.h"

#include <string>
#include <vector>

namespace kg {

// A design on the other cloud that does what this one does, following the source article's
// mapping: VPCs and VNets, subnets, the EKS and AKS endpoint modes (public with
// publicAccessCidrs or authorized IP ranges; public and private against API Server VNet
// integration; private only against the private cluster with its zone), node groups and node
// pools, Route 53 private hosted zones and private DNS zones, bastion hosts and Cloud9 against
// jumpboxes and Cloud Shell in a VNet, the transit gateway against peerings, the VPN and
// Direct Connect gateways against VPN and ExpressRoute gateways, security groups on 443 against
// NSGs, ECR and ACR. Ids, names and places are kept, so the result is a variant of the source.
// Each note names an element and says where the platforms differ or what was left behind.
struct Equivalent
{
    struct Note
    {
        std::string element; // the source element the note is about ("" for the design)
        Sentence text;       // a catalogue sentence ("equivalent.aws.bastion")
    };
    Design design;
    std::vector<Note> notes;
};

class Equivalents
{
public:
    // The AKS equivalent of a design's AWS part (Azure and neutral elements are kept).
    static Equivalent toAks(const Design& design);
    // The EKS equivalent of a design's Azure part (AWS and neutral elements are kept).
    static Equivalent toEks(const Design& design);
};

} // namespace kg
