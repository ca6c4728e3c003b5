#pragma once

// Designs shared by the core and the window tests: plain model code, no test framework.
#include "model/Design.h"

#include <string>

namespace kg::test {

// Three peered VNets in a row, all at the origin, with a link from the first to the last that
// skips the middle one: laid out, that link has to bend around vnet-b.
inline Design peeredChain()
{
    Design chain;
    for (const char* id : {"vnet-a", "vnet-b", "vnet-c"}) {
        Element e;
        e.id = id;
        e.kind = ElementKind::AzureVnet;
        e.name = id;
        e.geometry = {0, 0, 180, 72};
        e.properties["addressSpace"] =
            StringList{std::string("10.") + std::to_string(id[5] - 'a') + ".0.0/16"};
        chain.insertElement(e);
    }
    chain.insertLink({"ab", LinkKind::Peering, "vnet-a", "vnet-b", {}});
    chain.insertLink({"bc", LinkKind::Peering, "vnet-b", "vnet-c", {}});
    chain.insertLink({"ac", LinkKind::Peering, "vnet-a", "vnet-c", {}});
    return chain;
}

} // namespace kg::test
