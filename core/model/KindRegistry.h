#pragma once

#include "model/ElementKind.h"
#include "model/LinkKind.h"
#include "model/PropertySpec.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// What the model knows about one element kind. `allowedParents` lists the kinds it may be
// nested in; `topLevel` says it may also stand at the top of the design.
struct KindInfo
{
    ElementKind kind;
    std::string key;         // spelling in .kubegate files, e.g. "azure.vnet"
    std::string displayName; // English default; the UI translates by key
    KindCategory category;
    Cloud cloud;
    bool topLevel = false;
    std::vector<ElementKind> allowedParents;
    bool container = false; // draws its children inside itself
    bool client = false;    // originates API-server requests
    std::vector<PropertySpec> properties;
};

struct LinkKindInfo
{
    LinkKind kind;
    std::string key;
    std::string displayName;
    std::vector<ElementKind> fromKinds;
    std::vector<ElementKind> toKinds;
    bool directed = true; // peering is not: either end may be "from"
    std::vector<PropertySpec> properties;
};

// The single table of element and link kinds. Immutable after first use; all lookups are O(1)
// or a short linear scan over ~40 entries.
class KindRegistry
{
public:
    static const KindInfo& info(ElementKind kind);
    static const LinkKindInfo& info(LinkKind kind);
    static std::span<const KindInfo> elementKinds();
    static std::span<const LinkKindInfo> linkKinds();

    static std::optional<ElementKind> elementKindFromKey(std::string_view key);
    static std::optional<LinkKind> linkKindFromKey(std::string_view key);

    static const PropertySpec* property(ElementKind kind, std::string_view key);
    static const PropertySpec* property(LinkKind kind, std::string_view key);

    static bool canNest(ElementKind child, std::optional<ElementKind> parent);
    static std::string_view categoryName(KindCategory category);
};

} // namespace kg
