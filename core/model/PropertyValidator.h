#pragma once

#include "model/PropertySpec.h"

#include <string>

namespace kg {

// Checks one value against its spec: the right alternative, enum membership, CIDR and address
// syntax, id syntax for references, length limits. Whether referenced ids exist is a
// design-level question (DesignChecker). Returns an empty string when the value is fine,
// otherwise one sentence saying what is wrong, for the loader and the inspector.
std::string validatePropertyValue(const PropertySpec& spec, const PropertyValue& value);

} // namespace kg
