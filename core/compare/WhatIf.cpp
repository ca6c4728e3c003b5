#include "compare/WhatIf.h"

#include "model/ApiServerSubnet.h"
#include "model/ContainerFit.h"

namespace kg {

std::optional<Design> WhatIf::accessMode(const Design& design, const std::string& cluster,
                                         const AccessSettings& settings)
{
    const Element* before = design.element(cluster);
    if (!before || AccessMode::presetsFor(before->kind).empty())
        return std::nullopt;
    // The mode the cluster is in already: nothing would change (applying it would only write
    // down what the defaults say).
    if (AccessMode::detect(*before) == settings)
        return std::nullopt;
    Element after = AccessMode::apply(*before, settings);
    if (after == *before)
        return std::nullopt;
    Design out = design;
    if (std::optional<Element> subnet = ApiServerSubnet::propose(design, after)) {
        after.properties["apiServerAccessProfile.subnetId"] = subnet->id;
        for (const Element& grown : ContainerFit::grow(design, {*subnet}))
            out.replaceElement(grown);
        out.insertElement(*subnet);
    }
    out.replaceElement(after);
    return out;
}

} // namespace kg
