#pragma once

#include "model/Element.h"

#include <optional>
#include <string>
#include <vector>

namespace kg {

// The ways a cluster's API server can be exposed, as the inspector's access-mode switcher offers
// them. Each preset is a consistent set of the cloud API's fields, so that switching never
// leaves a combination the catalogs call a misconfiguration (e.g. authorized ranges on a
// private cluster).
enum class AccessPreset {
    AksPublic,           // public endpoint open to every address
    AksPublicAuthorized, // public endpoint behind authorizedIPRanges
    AksPrivate,          // private cluster; DNS zone and public FQDN chosen separately
    AksVnetPublic,       // API Server VNet integration, public access on
    AksVnetPrivate,      // API Server VNet integration, private
    EksPublic,           // public endpoint only, open (0.0.0.0/0)
    EksPublicCidrs,      // public endpoint only, restricted by publicAccessCidrs
    EksPublicPrivate,    // public and private endpoints
    EksPrivate,          // private endpoint only
};

struct AccessSettings
{
    AccessPreset preset = AccessPreset::AksPublic;
    // AKS private cluster only: "System", "None" or the id of a private DNS zone element.
    std::string privateDnsZone = "System";
    // AKS private cluster only: whether the public FQDN (resolving to the private address) exists.
    bool publicFqdn = true;

    bool operator==(const AccessSettings&) const = default;
};

class AccessMode
{
public:
    // The presets offered for a cluster kind (empty for anything but AKS and EKS clusters).
    static std::vector<AccessPreset> presetsFor(ElementKind kind);
    // Which preset a cluster's current settings amount to; nullopt when they match none
    // (an EKS cluster with both endpoints off) or the element is not a cluster.
    static std::optional<AccessSettings> detect(const Element& cluster);
    // The cluster with the preset's fields set; every other property is kept. Switching to a
    // restricted public mode with no ranges yet inserts one documentation range (203.0.113.0/24)
    // for the person to replace, so that the mode shows as chosen.
    static Element apply(const Element& cluster, const AccessSettings& settings);
    // Stable English key for logs and tests ("aks.private"...); the UI translates its own labels.
    static std::string key(AccessPreset preset);

    static constexpr const char* kPlaceholderRange = "203.0.113.0/24";
};

} // namespace kg
