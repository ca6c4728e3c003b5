#pragma once

namespace kg {

// Relationships drawn as lines between elements. Containment is not a link: it is the parent.
enum class LinkKind {
    Peering,        // VNet <-> VNet, VPC <-> VPC
    Vpn,            // on-premises -> VPN gateway / virtual private gateway / transit gateway
    ExpressRoute,   // on-premises -> ExpressRoute gateway
    DirectConnect,  // on-premises -> virtual private gateway / transit gateway
    TgwAttachment,  // VPC -> transit gateway
    DnsZoneLink,    // private DNS zone -> VNet / VPC (virtual network link, VPC association)
    DnsForwarding,  // conditional forwarder -> resolver that answers the zone
    RegistryAccess, // cluster -> container registry it pulls from
};

} // namespace kg
