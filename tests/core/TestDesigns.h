#pragma once

// Small builders for designs in tests. Kept in one header so every test states only what it
// is about.
#include "model/Design.h"

#include <gtest/gtest.h>
#include <string>

namespace kg::test {

inline Element element(std::string id, ElementKind kind, std::string parent = {},
                       PropertyMap properties = {})
{
    Element e;
    e.id = id;
    e.name = std::move(id);
    e.kind = kind;
    e.parent = std::move(parent);
    e.geometry = {10, 20, 100, 60};
    e.properties = std::move(properties);
    return e;
}

inline Link link(std::string id, LinkKind kind, std::string from, std::string to)
{
    Link l;
    l.id = std::move(id);
    l.kind = kind;
    l.from = std::move(from);
    l.to = std::move(to);
    return l;
}

// A hub-and-spoke Azure design: two peered VNets, a private AKS cluster in the spoke, a zone
// linked to the hub and a laptop on the internet.
inline Design hubAndSpoke()
{
    Design d;
    d.setInfo("Hub and spoke", "Test design");
    d.insertElement(element("vnet-hub", ElementKind::AzureVnet, {},
                            {{"addressSpace", StringList{"10.0.0.0/16"}}}));
    d.insertElement(element("snet-hub", ElementKind::AzureSubnet, "vnet-hub",
                            {{"addressPrefix", std::string("10.0.1.0/24")}}));
    d.insertElement(element("vnet-spoke", ElementKind::AzureVnet, {},
                            {{"addressSpace", StringList{"10.1.0.0/16"}}}));
    d.insertElement(element("snet-aks", ElementKind::AzureSubnet, "vnet-spoke",
                            {{"addressPrefix", std::string("10.1.0.0/22")}}));
    d.insertElement(element("zone", ElementKind::AzurePrivateDnsZone));
    d.insertElement(element("aks", ElementKind::AksCluster, "snet-aks",
                            {{"apiServerAccessProfile.enablePrivateCluster", true},
                             {"apiServerAccessProfile.privateDNSZone", std::string("zone")},
                             {"identityType", std::string("UserAssigned")}}));
    d.insertElement(element("jump", ElementKind::JumpboxVm, "snet-hub",
                            {{"privateIp", std::string("10.0.1.4")}}));
    d.insertElement(
        element("laptop", ElementKind::Laptop, {}, {{"egressIPs", StringList{"203.0.113.7"}}}));
    d.insertLink(link("peer", LinkKind::Peering, "vnet-hub", "vnet-spoke"));
    d.insertLink(link("zl-hub", LinkKind::DnsZoneLink, "zone", "vnet-hub"));
    return d;
}

// Children sit inside their container, and no two elements in the same container (or at the
// top level) overlap: what a readable layout means for templates and imports.
inline void expectReadableLayout(const Design& d)
{
    auto inside = [](const Rect& in, const Rect& out) {
        return in.x >= out.x && in.y >= out.y && in.x + in.width <= out.x + out.width &&
               in.y + in.height <= out.y + out.height;
    };
    auto overlap = [](const Rect& a, const Rect& b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height &&
               b.y < a.y + a.height;
    };
    for (const auto& e : d.elements()) {
        EXPECT_GT(e.geometry.width, 0) << e.id;
        EXPECT_GT(e.geometry.height, 0) << e.id;
        if (const Element* parent = d.element(e.parent)) {
            EXPECT_TRUE(inside(e.geometry, parent->geometry)) << e.id << " in " << parent->id;
        }
        for (const auto& other : d.elements()) {
            if (&other < &e && other.parent == e.parent) {
                EXPECT_FALSE(overlap(e.geometry, other.geometry)) << e.id << " and " << other.id;
            }
        }
    }
}

} // namespace kg::test
