#pragma once

#include "analysis/Analysis.h"
#include "analysis/Topology.h"
#include "model/DesignChange.h"
#include "validate/EditScope.h"

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

namespace kg {

class Design;

// Keeps an Analysis up to date with a design that is being edited. It follows the design's
// change notifications and, on update(), redoes only what an edit can have changed:
// - geometry and notes: nothing; a rename: the rules (messages name elements);
// - a cluster's settings: that cluster's column of paths; a client's settings: its row;
// - anything else inside a "leaf" network (one with at most one peering, attachment or
//   gateway connection, like a spoke): the columns of the clusters and the rows of the
//   clients in that network, on a rebuilt topology. Such a network cannot carry traffic
//   between two others, so no other path can depend on it;
// - a property of a peering, transit gateway attachment, VPN, ExpressRoute or Direct Connect
//   link (its state, gateway transit): the paths into and out of the networks it joins that can
//   use it: the columns of their clusters, the rows of on-premises clients behind a gateway
//   link, and the pairs from one end's clients to the clusters of the other end's peers;
// - added or removed elements and links ("structural" edits, which move elements in memory so
//   that nothing of the kept topology can be trusted): a fresh topology, then only the rows of
//   added, removed or affected clients and the columns of affected clusters are evaluated; every
//   other pair's outcomes are copied from the previous analysis. A client or cluster affects its
//   own row or column; a network link (peering, attachment, VPN...) the rows and columns of the
//   networks at its ends (a path crosses at most two links, each touching the network it starts
//   or ends in); an element inside a leaf network that network's rows and columns; an empty
//   container nothing; all rules rerun;
// - a leaf network's own settings (address space, DNS servers, region), and a hub's settings
//   other than its address space: as an edit inside a leaf (the network's rows and columns);
// - a subnet of a hub (a network with several connections): the hub's facts re-derived, the
//   rows of the clients in the subnet and the columns of the clusters with nodes, endpoints or
//   private endpoints in it;
// - a private DNS zone: the zones re-indexed in the kept topology (on a fresh one when added,
//   removed or linked), then the columns of the AKS clusters it answers for (its own, or one
//   named like their private zone when they have private endpoints elsewhere), before and
//   after the edit;
// - a DNS forwarding link's zones: the pairs of the clients that use the forwarder (its own
//   network, networks whose DNS servers point at it) and the clusters whose names the added or
//   removed zones cover;
// - a security group's or NSG's rules: the columns of the clusters they guard;
// - a NAT gateway's, firewall's or internet gateway's addresses: the rows of the clients whose
//   subnets send internet traffic through it;
// - a private endpoint: on a fresh topology, the columns of its old and new target;
// - a registry: the rules only;
// - a DNS forwarder or resolver: on a fresh topology, the rows and columns of the networks
//   whose clients ask it (its own, those whose DNS servers name it before or after, those
//   forwarding to it);
// - a registry, a gateway or a transit gateway: the rules only (no path reads their settings);
// - a move to another container: the rows of the clients and the columns of the clusters that
//   moved (with everything inside what moved), and, for anything else that moved (a subnet),
//   the rows and columns of the leaf networks it left and joined and the clusters naming it;
//   of a hub the columns of its clusters; a private endpoint its target's column, a security
//   group or NSG the clusters it guards, an egress device the clients routed through it, a DNS
//   server the networks asking it, a VPN or ExpressRoute gateway the clients behind its links;
//   everything for a transit gateway, or when elements were added or removed before;
// - a hub's address space: the peerings whose overlap verdict flips, as if their state had
//   changed, and the rows of clients placed in the hub itself;
// - a kind, a new design: everything.
// Element-scoped rules rerun for the edited elements (and their parent and children),
// design-wide rules always. The design must outlive this object.
class LiveAnalysis : public DesignObserver
{
public:
    explicit LiveAnalysis(Design& design);
    ~LiveAnalysis() override;
    LiveAnalysis(const LiveAnalysis&) = delete;
    LiveAnalysis& operator=(const LiveAnalysis&) = delete;

    const Analysis& update();
    const Analysis& analysis() const { return m_analysis; }
    // The topology of the last update (valid until the design changes again).
    const Topology& topology() const { return *m_topology; }
    bool stale() const
    {
        // Subjects alone (an edit only the element rules read, such as a firewall's address
        // with no client behind it) count too: the fuzzer found such an edit left stale.
        return m_full || m_rules || m_structural || !m_clusters.empty() || !m_clients.empty() ||
               !m_networks.empty() || !m_links.empty() || !m_subnets.empty() ||
               !m_zoneEdits.empty() || !m_forwardEdits.empty() || !m_spaceEdits.empty() ||
               !m_subjects.empty();
    }

    void designChanged(const DesignChange& change) override;

    // How the last update() brought the analysis up to date (tests check that edits take the
    // cheap way they are meant to).
    enum class Update { None, InPlace, Structural, Full };
    Update lastUpdate() const { return m_lastUpdate; }
    // Whether the last structural update kept its topology, following the clients inserted and
    // erased (Topology::carryOver), rather than building a fresh one.
    bool topologyCarried() const { return m_carried; }

private:
    void rebuild();
    static std::optional<std::vector<Cidr>> changedRoutes(const StringList& before,
                                                          const StringList& after);
    // The in-place update's changed network links: fresh facts for their networks, their
    // clusters to redo, and into `pairs` the client and cluster pairs that may route through
    // them (LiveAnalysisLinks.cpp).
    void redoChangedLinks(Topology& topology,
                          std::set<std::pair<std::uint32_t, std::uint32_t>>& pairs);
    // Marks the network around an edited element, or asks for a full run when it is not a leaf.
    void touchNetworkOf(const Element* e);
    // The networks whose clients use a DNS forwarding link's forwarder.
    std::set<std::string> forwardingNetworks(const Link& link) const;
    // Adds the clusters whose rules read one of the subjects (their API server or ENI subnets).
    void addReferrers(std::set<std::string>& subjects) const;
    // The networks whose clients ask a DNS forwarder or resolver.
    std::set<std::string> dnsClientNetworks(const Element& server) const;
    bool isLeaf(const Element& network) const;
    // Structural edits: what an added, removed or (after one) changed item affects, judged from
    // the design alone, since the kept topology may point at moved elements.
    void beginStructural();
    void structuralElement(const Element& e, bool inPlace);
    // `removed`: the link is no longer in the design (its ends' connection counts exclude it).
    void structuralLink(const Link& link, bool removed);
    // The networks behind a transit gateway whose route lookups an attachment changes.
    void transitNeighbours(const Link& attachment);
    // A hub's subnet changed in a structural update: what it holds and what names it.
    void structuralSubnet(const Element& subnet);
    // An element moved to another container, with everything inside it: on a fresh topology,
    // the rows and columns of what moved, and the networks it left and joined.
    void moved(const Element& e);
    // The rows of the clients (and columns of AKS clusters, for their implicit nodes) whose
    // internet traffic leaves through an egress device, judged from the design alone.
    void egressDependents(const Element& device);
    // A client's row; implicit AKS nodes are redone with their cluster's column.
    void redoRowOf(const ClientInfo& c);
    // A private endpoint's target cluster's column (one to a registry concerns the rules only).
    void redoTargetOf(const Element& endpoint);
    bool m_memoryMoved = false; // elements or links were added or removed since the last update
    // `steps`, when set: the edits since the last update only inserted or erased clients, and
    // the kept topology follows them instead of a fresh one being built.
    void restructure(const EditScope& scope, const std::vector<Topology::ElementStep>* steps);
    // The rules for what a structural update touched, and the bookkeeping reset.
    void finishStructural(const std::set<std::string>& dirtyClients,
                          const std::set<std::string>& dirtyClusters, const EditScope& scope);
    // What the edits since the last update touched, for the design-wide rules (EditScope).
    EditScope m_scope;
    void noteScope(const DesignChange& change);
    // The clients inserted and erased since the last update, and whether nothing else that the
    // topology derives from changed (Topology::carryOver).
    std::vector<Topology::ElementStep> m_steps;
    bool m_stepsOnly = true;
    bool m_carried = false;
    void noteSteps(const DesignChange& change);
    // Replaces the outcomes of whole columns, and of the given rows and pairs, in place. False
    // when a redone pair's number of outcomes changed (then only a rebuild is right).
    bool replaceOutcomes(const std::set<std::uint32_t>& columns,
                         const std::set<std::uint32_t>& rows,
                         const std::set<std::pair<std::uint32_t, std::uint32_t>>& pairs);

    // Clusters (by index) whose outcomes the update may have changed: their path findings are
    // summarised again, the others' kept. Filled by replaceOutcomes and restructure.
    std::vector<char> m_changedClusters;

    Design& m_design;
    // Reused between updates while edits stay inside clients and clusters.
    std::unique_ptr<Topology> m_topology;
    std::vector<Egress> m_egress;
    Analysis m_analysis;
    // The previous update's outcome storage, kept for the next merge to write into: a fresh
    // vector of 84,299 outcomes (2.7 MB) is mapped anew by the allocator and faulted in page by
    // page at every structural edit.
    std::vector<PathOutcome> m_spareOutcomes;
    // Whether a network is a leaf (live::isLeafIn), asked once per network while no link or
    // element comes, goes or moves.
    std::unordered_map<std::string, bool> m_leaves;
    bool leaf(const Element& network);
    std::vector<PathOutcome> takeSpareOutcomes(std::size_t capacity);
    void keepSpareOutcomes(std::vector<PathOutcome> outcomes);
    bool m_full = false;
    bool m_rules = false;
    std::set<std::string> m_clusters;
    std::set<std::string> m_clients;
    std::set<std::string> m_networks; // leaf networks with edits inside
    std::set<std::string> m_subnets;  // subnets of hubs changed in place
    std::set<std::string> m_links;    // network links whose properties changed
    bool m_structural = false;        // elements or links were added or removed
    Update m_lastUpdate = Update::None;
    // The cluster each node pool or node group belongs to, as of the last update: a pool's edit
    // redoes the cluster it left as well as the one it joined.
    std::unordered_map<std::string, std::string> m_poolCluster;
    // Each transit gateway's static routes as last analysed, to tell which routes an edit changed.
    std::unordered_map<std::string, StringList> m_staticRoutes;
    // Notes what later edits need to know of the state before them: node pools' clusters,
    // zones' names and owners, endpoints' targets, DNS servers' addresses, networks' spaces.
    void noteFacts();
    // The same for the elements and links changed, added or removed since (m_touched): a
    // structural edit touches a handful of items of thousands.
    void noteTouchedFacts();
    void noteElement(const Element& e);
    void noteLink(const Link& l);
    std::set<std::string> m_touched;
    std::set<std::string> m_dirtyNetworks; // structural: networks whose rows and columns redo
    // Per transit gateway, the networks linked to it with their address spaces, read once per
    // update (deleting the gateway asks for each of its hundreds of attachments).
    std::unordered_map<std::string, std::vector<std::pair<std::string, std::vector<Cidr>>>>
        m_transitDomains;
    // Structural: containers removed since the last update, with their parents.
    std::unordered_map<std::string, std::string> m_goneContainers;
    std::set<std::string> m_zones;        // structural: zones added, removed or changed
    std::set<std::string> m_zoneEdits;    // zones changed in place (no structural edit)
    std::set<std::string> m_forwardEdits; // DNS forwarding links changed in place
    // Each forwarding link's zones as of the last update (nullopt: every zone).
    std::unordered_map<std::string, std::optional<StringList>> m_forwardZones;
    static std::optional<StringList> forwardedZones(const Link& link);
    // Each Azure private DNS zone's name and owner as of the last update, for the clusters a
    // zone answered for before an edit.
    using ZoneFacts = std::unordered_map<std::string, std::pair<std::string, std::string>>;
    ZoneFacts m_zoneFacts;
    // The AKS clusters the zones answer for, with their facts before the edit and now.
    void zoneClusters(const Topology& t, const std::set<std::string>& zoneIds,
                      const ZoneFacts& before, std::set<std::string>& out) const;
    // Each private endpoint's target as of the last update.
    std::unordered_map<std::string, std::string> m_endpointTarget;
    // Each DNS forwarder's and resolver's addresses as of the last update.
    std::unordered_map<std::string, StringList> m_dnsAddresses;
    // Each network's properties as of the last update (which of them an edit changed).
    std::unordered_map<std::string, PropertyMap> m_networkProps;
    // A network's own settings changed: what depends on them (designChanged()).
    void networkChanged(const Element& e);
    std::set<std::string> m_spaceEdits; // hubs whose address space changed in place
    std::set<std::string> m_subjects;   // other edited elements, for the element rules
    // Subnet id -> the clusters that name it (API server subnet, EKS subnetIds), built when
    // first asked and dropped when a cluster or the structure changes: a batch that edits
    // hundreds of subnets (references to a deleted gateway cleared) asks once per subnet.
    std::optional<std::unordered_map<std::string, std::vector<std::string>>> m_subnetReaders;
};

} // namespace kg
