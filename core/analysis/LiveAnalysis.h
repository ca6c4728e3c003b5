#pragma once

#include "analysis/Analysis.h"
#include "analysis/Topology.h"
#include "model/DesignChange.h"

#include <memory>
#include <set>
#include <string>

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
// - zones, DNS forwarding, added or removed links and elements, and networks with several
//   connections (a hub): everything.
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
    bool stale() const
    {
        return m_full || m_rules || !m_clusters.empty() || !m_clients.empty() ||
               !m_networks.empty() || !m_links.empty();
    }

    void designChanged(const DesignChange& change) override;

private:
    void rebuild();
    // Marks the network around an edited element, or asks for a full run when it is not a leaf.
    void touchNetworkOf(const Element* e);
    bool isLeaf(const Element& network) const;

    Design& m_design;
    // Reused between updates while edits stay inside clients and clusters.
    std::unique_ptr<Topology> m_topology;
    std::vector<Egress> m_egress;
    Analysis m_analysis;
    bool m_full = false;
    bool m_rules = false;
    std::set<std::string> m_clusters;
    std::set<std::string> m_clients;
    std::set<const Element*> m_networks; // leaf networks with edits inside
    std::set<const Link*> m_links;       // network links whose properties changed
    std::set<std::string> m_subjects;    // other edited elements, for the element rules
};

} // namespace kg
