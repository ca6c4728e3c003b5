#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace kg {

// One resource of `terraform show -json`, from any module: its values and where they are.
struct TerraformResource
{
    const nlohmann::json* values;
    std::string type;
    std::string address;
    std::string pointer; // of its "values"
    bool managed = true;
};

} // namespace kg
