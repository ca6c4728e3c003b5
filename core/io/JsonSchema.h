#pragma once

#include <string>

namespace kg {

// The JSON Schema (draft 2020-12) of the current .kubegate format, generated from KindRegistry
// so that it can never drift from what the loader accepts. resources/schema/ holds a copy that
// a test compares with this output; `kubegate schema` prints it.
class JsonSchema
{
public:
    static std::string generate();
};

} // namespace kg
