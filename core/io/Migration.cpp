#include "io/Migration.h"

namespace kg {

namespace {

// Version 1 (the draft layout) kept position and size apart and wrote nested cloud fields as
// flat dotted keys ("apiServerAccessProfile.enablePrivateCluster"). Version 2 has one
// "geometry" object and nests properties the way the cloud APIs do.
void upgrade1To2(nlohmann::json& document)
{
    auto elements = document.find("elements");
    if (elements == document.end() || !elements->is_array())
        return; // the reader reports the missing array
    for (auto& element : *elements) {
        if (!element.is_object())
            continue;
        auto position = element.find("position");
        auto size = element.find("size");
        if (position != element.end() || size != element.end()) {
            nlohmann::json geometry = nlohmann::json::object();
            if (position != element.end() && position->is_object()) {
                geometry["x"] = position->value("x", nlohmann::json(0));
                geometry["y"] = position->value("y", nlohmann::json(0));
            }
            if (size != element.end() && size->is_object()) {
                geometry["width"] = size->value("width", nlohmann::json(0));
                geometry["height"] = size->value("height", nlohmann::json(0));
            }
            element.erase("position");
            element.erase("size");
            element["geometry"] = std::move(geometry);
        }
        auto properties = element.find("properties");
        if (properties == element.end() || !properties->is_object())
            continue;
        nlohmann::json nested = nlohmann::json::object();
        for (auto it = properties->begin(); it != properties->end(); ++it) {
            const std::string& key = it.key();
            std::size_t dot = key.find('.');
            if (dot == std::string::npos || dot == 0 || dot + 1 == key.size()) {
                nested[key] = it.value();
                continue;
            }
            nlohmann::json& group = nested[key.substr(0, dot)];
            if (!group.is_object())
                group = nlohmann::json::object();
            group[key.substr(dot + 1)] = it.value();
        }
        *properties = std::move(nested);
    }
}

} // namespace

void Migration::upgrade(nlohmann::json& document, int fromVersion)
{
    if (fromVersion <= 1)
        upgrade1To2(document);
    document["version"] = kCurrentVersion;
}

} // namespace kg
