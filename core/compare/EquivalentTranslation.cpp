#include "compare/EquivalentTranslation.h"

#include "compare/CloudNames.h"
#include "model/AccessMode.h"
#include "model/ApiServerSubnet.h"
#include "model/ContainerFit.h"
#include "model/DesignChecker.h"
#include "model/LinkRules.h"
#include "model/NetworkFacts.h"

#include <algorithm>

namespace kg {

using K = ElementKind;

Equivalent EquivalentTranslation::run()
{
    m_out.setInfo(m_source.title(), m_source.notes());
    for (const Element& e : m_source.elements())
        translate(e);
    placeChildren();
    addGateways();
    if (!m_toAzure) {
        addInternetAccess();
        addSecondZones();
    }
    cleanReferences();
    translateLinks();
    if (!m_toAzure) {
        addRoutes();
        openPrivateEndpoints();
    }
    fitContainers();
    // What the checker still refuses (a kind with nowhere to stand) is left out, said so.
    for (int round = 0; round < 8; ++round) {
        const auto problems = DesignChecker::check(m_out, 50);
        if (problems.empty())
            break;
        for (const auto& p : problems) {
            if (p.isLink && m_out.link(p.itemId)) {
                m_out.eraseLink(p.itemId);
            } else if (!p.isLink && m_out.element(p.itemId)) {
                for (const Link* l : m_out.linksOf(p.itemId))
                    m_dropLinks.insert(l->id);
                for (const std::string& id : m_dropLinks)
                    if (m_out.link(id))
                        m_out.eraseLink(id);
                m_out.eraseElements(m_out.subtree(p.itemId));
                note(p.itemId, Sentence("equivalent.left-out", {}, {{"why", p.text}}));
            }
        }
    }
    Equivalent result;
    result.design = std::move(m_out);
    result.notes = std::move(m_notes);
    return result;
}

void EquivalentTranslation::note(const std::string& element, Sentence text)
{
    m_notes.push_back({element, std::move(text)});
}

Element EquivalentTranslation::like(const Element& e, K kind)
{
    Element out;
    out.id = e.id;
    out.kind = kind;
    out.name = e.name;
    out.parent = e.parent;
    out.geometry = e.geometry;
    out.notes = e.notes;
    return out;
}

void EquivalentTranslation::carry(const Element& from, Element& to,
                                  std::initializer_list<const char*> keys) const
{
    for (const char* key : keys)
        if (from.isSet(key) && KindRegistry::property(to.kind, key))
            to.properties[key] = from.properties.at(key);
    if (to.isSet("principal")) {
        const std::string& p = to.stringValue("principal");
        to.properties["principal"] = m_toAzure ? CloudNames::toEntra(p) : CloudNames::toIam(p);
    }
}

void EquivalentTranslation::translate(const Element& e)
{
    if (!from(e.kind)) {
        Element kept = e;
        // Security groups belong to AWS; an Azure equivalent has none to name.
        if (m_toAzure)
            kept.properties.erase("securityGroups");
        // A client signs in as the other cloud's principal of the same name.
        if (kept.isSet("principal") && KindRegistry::property(kept.kind, "principal")) {
            const std::string& p = kept.stringValue("principal");
            const std::string mapped = m_toAzure ? CloudNames::toEntra(p) : CloudNames::toIam(p);
            if (mapped != p) {
                kept.properties["principal"] = mapped;
                note(e.id, Sentence("equivalent.stand-in", {{"mapped", mapped}, {"principal", p}}));
            }
        }
        add(std::move(kept));
        return;
    }
    if (m_toAzure)
        toAzure(e);
    else
        toAws(e);
}

void EquivalentTranslation::placeChildren()
{
    for (const Element& e : std::vector<Element>(m_out.elements())) {
        const auto& allowed = KindRegistry::info(e.kind).allowedParents;
        std::string at = e.parent;
        for (int guard = 0; !at.empty() && guard < 32; ++guard) {
            const Element* p = m_out.element(at);
            if (p && std::find(allowed.begin(), allowed.end(), p->kind) != allowed.end())
                break;
            const Element* source = m_source.element(at);
            at = source ? source->parent : std::string();
        }
        if (at != e.parent) {
            Element moved = e;
            moved.parent = at;
            m_out.replaceElement(moved);
        }
    }
}

bool EquivalentTranslation::addGatewaySubnet(const Element& vnet, const Element& source,
                                             bool expressRoute)
{
    const std::optional<Cidr> block = ApiServerSubnet::freeBlock(m_out, vnet, 27);
    if (!block)
        return false;
    const double bottom = ContainerFit::contentBottom(m_out, vnet);
    Element subnet;
    subnet.kind = K::AzureSubnet;
    subnet.id = m_out.uniqueId("GatewaySubnet");
    subnet.name = "GatewaySubnet";
    subnet.parent = vnet.id;
    subnet.properties["addressPrefix"] = block->toString();
    subnet.geometry = {vnet.geometry.x + 16, bottom + 16, 220, 110};
    Element gw = like(source, expressRoute ? K::AzureExpressRouteGateway : K::AzureVpnGateway);
    gw.parent = subnet.id;
    gw.geometry = {subnet.geometry.x + 20, subnet.geometry.y + 36, 180, 56};
    m_out.insertElement(subnet);
    m_out.insertElement(gw);
    return true;
}

void EquivalentTranslation::addGateways()
{
    for (const auto& [tgw, networks] : attachedNetworks()) {
        bool vpn = false;
        bool direct = false;
        for (const Link* l : m_source.linksOf(tgw)) {
            vpn |= l->kind == LinkKind::Vpn;
            direct |= l->kind == LinkKind::DirectConnect;
        }
        if (!vpn && !direct)
            continue;
        const Element* hub = networks.empty() ? nullptr : m_out.element(networks.front());
        if (!hub || hub->kind != K::AzureVnet ||
            !addGatewaySubnet(*hub, *m_source.element(tgw), direct && !vpn)) {
            note(tgw, Sentence("equivalent.tgw-no-gateway-subnet"));
            continue;
        }
        const std::string hubId = networks.front(); // `hub` moved with the new elements
        m_transitHub[tgw] = hubId;
        note(tgw, Sentence("equivalent.tgw-onprem", {{"hub", hubId}}));
    }
    for (const std::string& id : m_gateways) {
        const Element& vgw = *m_source.element(id);
        const Element* vnet = m_out.element(vgw.parent);
        bool vpn = false;
        bool direct = false;
        for (const Link* l : m_source.linksOf(id)) {
            vpn |= l->kind == LinkKind::Vpn;
            direct |= l->kind == LinkKind::DirectConnect;
        }
        if (!vnet || !addGatewaySubnet(*vnet, vgw, direct && !vpn)) {
            note(id, Sentence("equivalent.vgw-no-gateway-subnet"));
            continue;
        }
        note(id, Sentence(direct && !vpn ? "equivalent.vgw-direct-connect" : "equivalent.vgw-vpn"));
        if (vpn && direct)
            note(id, Sentence("equivalent.direct-connect-and-vpn"));
    }
}

void EquivalentTranslation::cleanReferences()
{
    for (const Element& e : std::vector<Element>(m_out.elements())) {
        Element fixed = e;
        for (auto it = fixed.properties.begin(); it != fixed.properties.end();) {
            const PropertySpec* spec = KindRegistry::property(fixed.kind, it->first);
            if (!spec) {
                it = fixed.properties.erase(it);
                continue;
            }
            auto fits = [&](const std::string& id) {
                const Element* target = m_out.element(id);
                return target && std::find(spec->refKinds.begin(), spec->refKinds.end(),
                                           target->kind) != spec->refKinds.end();
            };
            if (spec->type == PropertyType::Ref) {
                const auto* id = std::get_if<std::string>(&it->second);
                if (id && !id->empty() && !fits(*id)) {
                    it = fixed.properties.erase(it);
                    continue;
                }
            } else if (spec->type == PropertyType::RefList) {
                if (auto* ids = std::get_if<StringList>(&it->second)) {
                    ids->erase(std::remove_if(ids->begin(), ids->end(),
                                              [&](const std::string& id) { return !fits(id); }),
                               ids->end());
                }
            }
            ++it;
        }
        if (const auto egress = m_egress.find(e.id);
            egress != m_egress.end() && m_out.element(egress->second))
            fixed.properties[m_toAzure ? "egress" : "defaultRoute"] = egress->second;
        if (!(fixed == e))
            m_out.replaceElement(fixed);
    }
}

std::map<std::string, std::vector<std::string>> EquivalentTranslation::attachedNetworks() const
{
    std::map<std::string, std::vector<std::string>> out;
    if (m_toAzure)
        for (const Link& l : m_source.links())
            if (l.kind == LinkKind::TgwAttachment)
                out[l.to].push_back(l.from);
    return out;
}

void EquivalentTranslation::translateLinks()
{
    for (const Link& l : m_source.links()) {
        Link link = l;
        if (l.kind == LinkKind::TgwAttachment && m_toAzure)
            continue;
        if (l.kind == LinkKind::Peering && !m_toAzure &&
            l.properties.count("allowGatewayTransit") && l.properties.count("useRemoteGateways"))
            note(l.id, Sentence("equivalent.gateway-transit"));
        if (l.kind == LinkKind::DirectConnect && m_toAzure)
            link.kind = LinkKind::ExpressRoute;
        else if (l.kind == LinkKind::ExpressRoute && !m_toAzure)
            link.kind = LinkKind::DirectConnect;
        // A virtual private gateway's replacement keeps its id: its links hold.
        insertLink(std::move(link), l.id);
    }
    for (const auto& [tgw, networks] : attachedNetworks()) {
        const auto hub = m_transitHub.find(tgw);
        for (std::size_t i = 0; i < networks.size(); ++i)
            for (std::size_t j = i + 1; j < networks.size(); ++j) {
                Link peer;
                peer.id = m_out.uniqueId("peer-" + networks[i] + "-" + networks[j]);
                peer.kind = LinkKind::Peering;
                peer.from = networks[j];
                peer.to = networks[i];
                if (hub != m_transitHub.end() && networks[i] == hub->second) {
                    peer.properties["allowGatewayTransit"] = true;
                    peer.properties["useRemoteGateways"] = true;
                }
                insertLink(std::move(peer), tgw);
            }
    }
}

void EquivalentTranslation::insertLink(Link link, const std::string& about)
{
    if (!m_out.element(link.from) || !m_out.element(link.to)) {
        note(about, Sentence("equivalent.link-end-missing", {{"link", link.id}}));
        return;
    }
    if (LinkRules::check(m_out, link.kind, link.from, link.to).code != LinkProblem::Code::None) {
        note(about, Sentence("equivalent.link-different", {{"link", link.id}}));
        return;
    }
    for (auto it = link.properties.begin(); it != link.properties.end();)
        it = KindRegistry::property(link.kind, it->first) ? std::next(it)
                                                          : link.properties.erase(it);
    link.route.clear();
    m_out.insertLink(std::move(link));
}

void EquivalentTranslation::fitContainers()
{
    for (const std::string& id : m_aksClusters) {
        const Element* cluster = m_out.element(id);
        if (!cluster)
            continue;
        if (std::optional<Element> subnet = ApiServerSubnet::propose(m_out, *cluster)) {
            Element c = *cluster;
            c.properties["apiServerAccessProfile.subnetId"] = subnet->id;
            for (const Element& grown : ContainerFit::grow(m_out, {*subnet}))
                m_out.replaceElement(grown);
            m_out.insertElement(*subnet);
            m_out.replaceElement(c);
        }
    }
    std::vector<Element> all(m_out.elements().begin(), m_out.elements().end());
    for (const Element& grown : ContainerFit::grow(m_out, all))
        m_out.replaceElement(grown);
}

} // namespace kg
