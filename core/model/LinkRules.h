#pragma once

#include "model/Design.h"
#include "model/LinkKind.h"
#include "text/Sentence.h"

#include <string>
#include <vector>

namespace kg {

// Why a link the user is drawing cannot exist, as data: the UI turns it into a translated
// sentence, the tests check the code. `first` and `second` name the elements or values involved.
struct LinkProblem
{
    enum class Code {
        None,
        MissingEnd,    // first: the id that does not exist
        SelfLink,      // first: the element
        WrongKinds,    // first, second: the two ends; no link of the kind joins these kinds
        Duplicate,     // first, second: the ends already joined by a link of this kind
        MixedClouds,   // first, second: a peering between a VNet and a VPC
        Overlap,       // first, second: the networks; detail: "10.0.0.0/16 overlaps 10.0.1.0/24"
                       // (a catalogue sentence)
        NoAddressSpace // first: a network without address space cannot be peered yet (warning)
    };
    Code code = Code::None;
    std::string first;
    std::string second;
    Sentence detail; // the connect tool says each problem in the interface's words

    bool ok() const { return code == Code::None; }
};

// What the connect tool may draw. The structural rules (DesignChecker) say which ends a link
// kind takes; these add the rules a person should hear about before the link exists: no
// duplicates, peering only between networks of one cloud whose address spaces do not overlap.
class LinkRules
{
public:
    // The link kinds that can join `from` to `to` (in either direction for peering), in
    // registry order. Empty when none can.
    static std::vector<LinkKind> kindsBetween(const Design& design, const std::string& from,
                                              const std::string& to);
    // Whether a link of `kind` from `from` to `to` may be added. NoAddressSpace is never
    // returned here: an empty address space is the network's problem, reported by the rules.
    static LinkProblem check(const Design& design, LinkKind kind, const std::string& from,
                             const std::string& to);
};

} // namespace kg
