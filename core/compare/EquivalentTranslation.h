#pragma once

#include "compare/Equivalents.h"
#include "model/KindRegistry.h"

#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace kg {

// Builds the other cloud's design for Equivalents, element by element, then its links. The
// steps both directions share are in EquivalentTranslation.cpp; the element mappings are in
// EquivalentsToAzure.cpp and EquivalentsToAws.cpp, with what only the AWS side needs added
// (route tables, internet access, a second zone, a rule for the private endpoint).
class EquivalentTranslation
{
public:
    EquivalentTranslation(const Design& source, bool toAzure) : m_source(source), m_toAzure(toAzure)
    {}

    Equivalent run();

private:
    void note(const std::string& element, Sentence text);

    // Whether `kind` is of the cloud the translation maps from.
    bool from(ElementKind kind) const
    {
        return KindRegistry::info(kind).cloud == (m_toAzure ? Cloud::Aws : Cloud::Azure);
    }

    // An element of the other cloud with the source's id, name, place and notes.
    static Element like(const Element& e, ElementKind kind);

    // Properties both kinds have under one key (a client's egress addresses and principal).
    void carry(const Element& from, Element& to, std::initializer_list<const char*> keys) const;

    void add(Element e) { m_out.insertElement(std::move(e)); }

    void translate(const Element& e);

    void toAzure(const Element& e);

    void eksToAks(const Element& e);

    void toAws(const Element& e);

    void aksToEks(const Element& e);

    // Parents the other cloud does not allow move up to the nearest allowed container.
    void placeChildren();

    // A GatewaySubnet in `vnet`, below what it holds, with `gatewayId` in it: a VPN gateway,
    // or an ExpressRoute gateway when `expressRoute`. False when the VNet has no free /27.
    bool addGatewaySubnet(const Element& vnet, const Element& source, bool expressRoute);

    // Virtual private gateways become a VPN or ExpressRoute gateway in a new GatewaySubnet; a
    // transit gateway that on-premises networks reach the same in its first attached network,
    // which the others then use through gateway transit.
    void addGateways();

    // References to what was left out, or to an element of the wrong kind now, are dropped;
    // the egress a subnet had is set again in the other cloud's terms.
    void cleanReferences();

    // Azure subnets reach the internet by default (outbound access); an AWS subnet needs a
    // route to an internet gateway, and its instances public addresses, to do the same.
    void addInternetAccess();

    // An EKS cluster needs subnets in two Availability Zones: the AKS cluster's one subnet gets
    // a twin of its size in the next zone.
    void addSecondZones();

    // Azure routes peerings and gateways by itself; an AWS route table names them: each subnet
    // routes the VPCs its VPC peers with and the VPC's virtual private gateways.
    void addRoutes();

    // An AKS private endpoint admits what reaches it; an EKS cluster's default security group
    // admits only its members, so each private endpoint gets a group allowing TCP 443 from
    // every network of the design.
    void openPrivateEndpoints();

    // Each transit gateway's attached networks, in the order of the attachments.
    std::map<std::string, std::vector<std::string>> attachedNetworks() const;

    void translateLinks();

    void insertLink(Link link, const std::string& about);

    // Containers grow around what they hold now (a GatewaySubnet, an API server subnet).
    void fitContainers();

    const Design& m_source;
    bool m_toAzure;
    Design m_out;
    std::vector<Equivalent::Note> m_notes;
    std::set<std::string> m_firstPool;
    std::set<std::string> m_aksClusters;
    std::set<std::string> m_dropLinks;
    std::vector<std::string> m_gateways;
    std::map<std::string, std::string> m_egress;     // subnet -> its NAT gateway
    std::map<std::string, std::string> m_transitHub; // transit gateway -> the VNet with its gateway
};

} // namespace kg
