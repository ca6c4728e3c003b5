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
// change notifications and, on update(), redoes only what an edit can have changed: nothing
// for geometry and notes; the cluster's column for a cluster's settings; the client's row for
// a client's settings; everything for changes to networks, links, zones and gateways (their
// effects reach across the design). Rules always run again: they are cheap next to the paths.
// The design must outlive this object.
class LiveAnalysis : public DesignObserver
{
public:
    explicit LiveAnalysis(Design& design);
    ~LiveAnalysis() override;
    LiveAnalysis(const LiveAnalysis&) = delete;
    LiveAnalysis& operator=(const LiveAnalysis&) = delete;

    const Analysis& update();
    const Analysis& analysis() const { return m_analysis; }
    bool stale() const { return m_full || m_rules || !m_clusters.empty() || !m_clients.empty(); }

    void designChanged(const DesignChange& change) override;

private:
    void rebuild();

    Design& m_design;
    // Reused between updates while edits stay inside clients and clusters.
    std::unique_ptr<Topology> m_topology;
    std::vector<Egress> m_egress;
    Analysis m_analysis;
    bool m_full = false;
    bool m_rules = false;
    std::set<std::string> m_clusters;
    std::set<std::string> m_clients;
};

} // namespace kg
