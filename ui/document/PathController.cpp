#include "document/PathController.h"

#include "analysis/Analyzer.h"
#include "canvas/DiagramScene.h"
#include "document/DesignDocument.h"

#include <algorithm>
#include <tuple>

namespace kg::ui {

PathController::PathController(DesignDocument* document, DiagramScene* scene, QObject* parent)
    : QObject(parent), m_document(document), m_scene(scene)
{
    connect(document, &DesignDocument::analysisUpdated, this, &PathController::refresh);
}

void PathController::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        clear();
    else
        refresh();
}

void PathController::showFor(const std::string& id)
{
    m_element = id;
    m_client.clear();
    m_cluster.clear();
    show();
}

void PathController::showPair(const std::string& client, const std::string& cluster)
{
    m_element.clear();
    m_client = client;
    m_cluster = cluster;
    show();
}

void PathController::clear()
{
    m_element.clear();
    m_client.clear();
    m_cluster.clear();
    m_paths.clear();
    m_focused = -1;
    m_scene->clearPaths();
    emit pathsChanged();
}

void PathController::refresh()
{
    // What was asked for is gone (deleted, or undone away): forget it, so that it does not come
    // back drawn, unselected, when a redo restores it.
    const Design& d = m_document->design();
    if ((!m_element.empty() && !d.element(m_element)) ||
        (!m_client.empty() && (!d.element(m_client) || !d.element(m_cluster)))) {
        clear();
        return;
    }
    if (!m_element.empty() || !m_client.empty())
        show();
}

void PathController::show()
{
    m_paths.clear();
    m_focused = -1;
    const Analysis& a = m_document->analysis();
    const Design& d = m_document->design();
    auto add = [&](std::uint32_t i, std::uint32_t k) {
        if (m_paths.size() >= kMaxPaths)
            return;
        const PathOutcome* best = a.best(i, k);
        if (!best)
            return;
        if (auto p = Analyzer::explain(d, a.clients[i], a.clusters[k], best->endpoint,
                                       a.endpointElement(*best)))
            m_paths.push_back(std::move(*p));
        // A client that kubectl does not bring in may still get in by command invoke: its
        // path is drawn beside, blocked where the principal's roles fall short (AKS-061).
        const PathOutcome* command = a.runCommand(i, k);
        if (!best->reachable && command && m_paths.size() < kMaxPaths)
            if (auto p =
                    Analyzer::explain(d, a.clients[i], a.clusters[k], EndpointKind::RunCommand))
                m_paths.push_back(std::move(*p));
    };
    if (m_enabled) {
        for (std::uint32_t i = 0; i < a.clients.size(); ++i)
            for (std::uint32_t k = 0; k < a.clusters.size(); ++k) {
                const bool pair = a.clients[i] == m_client && a.clusters[k] == m_cluster;
                const bool element =
                    !m_element.empty() && (a.clients[i] == m_element || a.clusters[k] == m_element);
                if (pair || element)
                    add(i, k);
            }
        // In id order, whatever order the live analysis holds clients and clusters in: badges
        // of several paths at one spot step aside in this order.
        std::stable_sort(m_paths.begin(), m_paths.end(), [](const Path& x, const Path& y) {
            return std::tie(x.client, x.cluster) < std::tie(y.client, y.cluster);
        });
        // One pair's paths (its kubectl path, and its command-invoke path beside): the first
        // is focused, with its callouts.
        const bool onePair =
            !m_paths.empty() && std::all_of(m_paths.begin(), m_paths.end(), [&](const Path& p) {
                return p.client == m_paths.front().client && p.cluster == m_paths.front().cluster;
            });
        if ((!m_client.empty() && !m_paths.empty()) || onePair)
            m_focused = 0;
    }
    m_scene->showPaths(m_paths, m_focused);
    emit pathsChanged();
}

} // namespace kg::ui
