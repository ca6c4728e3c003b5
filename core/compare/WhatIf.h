#pragma once

#include "model/AccessMode.h"
#include "model/Design.h"

#include <optional>
#include <string>

namespace kg {

// A setting flipped for the moment, to see what it would change: the design as it would be,
// never the design itself. DesignDiff::compare(design, *what) tells the difference.
class WhatIf
{
public:
    // The design with the cluster switched to `settings` as the access-mode switcher switches
    // it: the preset's fields, a new API server subnet when VNet integration needs one (with
    // its containers grown). nullopt when the cluster does not exist or nothing would change.
    static std::optional<Design> accessMode(const Design& design, const std::string& cluster,
                                            const AccessSettings& settings);
};

} // namespace kg
