#pragma once

#include "model/PropertySpec.h"
#include "text/Sentence.h"

namespace kg {

// Checks one value against its spec: the right alternative, enum membership, CIDR and address
// syntax, id syntax for references, length limits. Whether referenced ids exist is a
// design-level question (DesignChecker). Returns an empty sentence when the value is fine,
// otherwise one saying what is wrong (a list's "entry 3: ..." holds the entry's reason as its
// "why" part), for the loader and the inspector to render in the reader's language.
Sentence validatePropertyValue(const PropertySpec& spec, const PropertyValue& value);

// What a value of `type` is, as a phrase of the catalogue ("list of address blocks (CIDR)"),
// for the messages that say what was expected; toString() keeps the English for the schema.
Sentence propertyTypePhrase(PropertyType type);

} // namespace kg
