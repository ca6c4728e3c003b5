#include "import/AksShowReader.h"

#include "import/ImportNormalizer.h"

namespace kg {

namespace {

using json = nlohmann::json;

void readCluster(const json& root, const std::string& base, const std::string& source,
                 ImportedConfig& config, JsonFields& f)
{
    if (!root.is_object()) {
        f.error(base, Sentence("import.aks.not-cluster"));
        return;
    }
    // An ARM resource keeps the settings under "properties"; az flattens them.
    const json* props = &root;
    std::string pbase = base;
    if (const json* p = f.object(root, "properties", base);
        p && (JsonFields::find(*p, "apiServerAccessProfile") ||
              JsonFields::find(*p, "agentPoolProfiles") || JsonFields::find(*p, "dnsPrefix"))) {
        props = p;
        pbase = JsonFields::pointer(base, "properties");
    }

    ImportedAks c;
    c.source = source;
    c.name = f.string(root, "name", base).value_or("");
    if (c.name.empty()) {
        f.error(base, Sentence("import.cluster.no-name"));
        return;
    }
    c.resourceId = f.string(root, "id", base).value_or("");
    c.location = f.formed(root, "location", base, TextForm::AzureLocation).value_or("");
    c.dnsPrefix = f.formed(*props, "dnsPrefix", pbase, TextForm::DnsLabel).value_or("");
    c.privateFqdn = f.formed(*props, "privateFqdn", pbase, TextForm::DnsName).value_or("");
    const Sentence who("phrase.import.aks-from", {{"name", c.name}, {"source", source}});

    // apiServerAccessProfile: null, or an object whose members may all be null (public cluster).
    const std::string abase = JsonFields::pointer(pbase, "apiServerAccessProfile");
    if (const json* a = f.object(*props, "apiServerAccessProfile", pbase)) {
        c.privateCluster = f.boolean(*a, "enablePrivateCluster", abase).value_or(false);
        c.vnetIntegration = f.boolean(*a, "enableVnetIntegration", abase).value_or(false);
        c.disableRunCommand = f.boolean(*a, "disableRunCommand", abase).value_or(false);
        std::optional<bool> publicFqdn = f.boolean(*a, "enablePrivateClusterPublicFqdn", abase);
        c.publicFqdn = publicFqdn.value_or(true);
        // What the response says comes before documented defaults: a private cluster with a
        // privateFqdn and no fqdn has no public FQDN, whatever the default would be.
        const bool noFqdn = !c.privateFqdn.empty() && !JsonFields::find(*props, "fqdn");
        if (c.privateCluster && !publicFqdn && noFqdn) {
            c.publicFqdn = false;
            config.notes.push_back(Sentence("import.note.aks-no-public-fqdn", {}, {{"who", who}}));
        } else if (c.privateCluster && !publicFqdn) {
            config.notes.push_back(
                Sentence("import.note.aks-public-fqdn-default", {}, {{"who", who}}));
        }
        std::optional<std::string> zone = f.string(*a, "privateDnsZone", abase);
        c.privateDnsZone = ImportNormalizer::zoneChoice(zone.value_or(""));
        if (c.privateDnsZone != "System" && c.privateDnsZone != "None") {
            std::string spelled;
            JsonFields::findAny(*a, {"privateDnsZone"}, &spelled);
            if (!f.checkForm(c.privateDnsZone, TextForm::AzureResourceId,
                             JsonFields::pointer(abase, spelled), spelled))
                c.privateDnsZone = "System";
        }
        if (c.privateCluster && !zone)
            config.notes.push_back(Sentence("import.note.aks-zone-default", {}, {{"who", who}}));
        c.apiServerSubnetId = f.string(*a, "subnetId", abase).value_or("");
        if (auto ranges = f.strings(*a, "authorizedIpRanges", abase)) {
            std::string spelled;
            JsonFields::findAny(*a, {"authorizedIpRanges"}, &spelled);
            if (auto blocks = ImportNormalizer::cidrs(*ranges, JsonFields::pointer(abase, spelled),
                                                      f, &config.notes, who))
                c.authorizedRanges = std::move(*blocks);
        }
    }

    const std::string nbase = JsonFields::pointer(pbase, "networkProfile");
    if (const json* n = f.object(*props, "networkProfile", pbase)) {
        c.loadBalancerSku =
            ImportNormalizer::enumChoice(ElementKind::AksCluster, "loadBalancerSku",
                                         f.string(*n, "loadBalancerSku", nbase).value_or(""));
        c.outboundType = ImportNormalizer::outboundType(
            f.string(*n, "outboundType", nbase).value_or(""), who, config.notes);
        const std::string lbase = JsonFields::pointer(nbase, "loadBalancerProfile");
        if (const json* lb = f.object(*n, "loadBalancerProfile", nbase)) {
            const std::string ebase = JsonFields::pointer(lbase, "effectiveOutboundIPs");
            if (const json* ips = f.array(*lb, "effectiveOutboundIPs", lbase)) {
                for (std::size_t i = 0; i < ips->size(); ++i) {
                    if (auto id = f.string((*ips)[i], "id", JsonFields::pointer(ebase, i)))
                        c.outboundIpIds.push_back(*id);
                }
            }
        }
    }
    // The cluster identity: a managed identity (identity.type), or a service principal (no
    // identity, servicePrincipalProfile.clientId other than "msi", which marks managed ones).
    std::string identityType;
    if (const json* identity = f.object(root, "identity", base))
        identityType =
            f.string(*identity, "type", JsonFields::pointer(base, "identity")).value_or("");
    c.identityType =
        ImportNormalizer::enumChoice(ElementKind::AksCluster, "identityType", identityType);
    if (!identityType.empty() && c.identityType.empty() &&
        ImportNormalizer::lower(identityType) != "none")
        config.notes.push_back(
            Sentence("import.note.aks-identity-type", {{"type", identityType}}, {{"who", who}}));
    if (c.identityType.empty()) {
        const std::string sbase = JsonFields::pointer(pbase, "servicePrincipalProfile");
        if (const json* sp = f.object(*props, "servicePrincipalProfile", pbase)) {
            const std::string client = f.string(*sp, "clientId", sbase).value_or("");
            if (!client.empty() && ImportNormalizer::lower(client) != "msi")
                c.identityType = "ServicePrincipal";
        }
        if (c.identityType.empty())
            config.notes.push_back(
                Sentence("import.note.aks-identity-default", {}, {{"who", who}}));
    }

    const std::string gbase = JsonFields::pointer(pbase, "agentPoolProfiles");
    if (const json* pools = f.array(*props, "agentPoolProfiles", pbase)) {
        for (std::size_t i = 0; i < pools->size(); ++i) {
            const json& p = (*pools)[i];
            const std::string pb = JsonFields::pointer(gbase, i);
            if (!p.is_object()) {
                f.error(pb, Sentence("import.aks.not-pool"));
                continue;
            }
            ImportedNodePool pool;
            pool.name = f.string(p, "name", pb).value_or("pool" + std::to_string(i + 1));
            pool.mode = ImportNormalizer::enumChoice(ElementKind::AksNodePool, "mode",
                                                     f.string(p, "mode", pb).value_or(""));
            pool.subnetId = f.string(p, "vnetSubnetId", pb).value_or("");
            pool.publicIp = f.boolean(p, "enableNodePublicIp", pb).value_or(false);
            pool.publicIpPrefixId =
                f.formed(p, "nodePublicIpPrefixId", pb, TextForm::AzureResourceId).value_or("");
            c.pools.push_back(std::move(pool));
        }
    }
    config.aks.push_back(std::move(c));
}

} // namespace

void AksShowReader::read(const json& document, const std::string& source, ImportedConfig& config,
                         JsonFields& fields)
{
    if (document.is_array()) {
        for (std::size_t i = 0; i < document.size(); ++i)
            readCluster(document[i], JsonFields::pointer("", i), source, config, fields);
        return;
    }
    // The ARM list envelope: {"value": [...]} (a "nextLink" names a further page).
    if (document.is_object() && !document.contains("properties") && !document.contains("name")) {
        if (const json* list = JsonFields::find(document, "value"); list && list->is_array()) {
            for (std::size_t i = 0; i < list->size(); ++i)
                readCluster((*list)[i], JsonFields::pointer("/value", i), source, config, fields);
            if (const json* next = JsonFields::find(document, "nextLink");
                next && next->is_string() && !next->get<std::string>().empty())
                config.notes.push_back(Sentence("import.note.next-link", {{"source", source}}));
            return;
        }
    }
    readCluster(document, "", source, config, fields);
}

} // namespace kg
