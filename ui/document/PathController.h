#pragma once

#include "analysis/Path.h"

#include <QObject>
#include <string>
#include <vector>

namespace kg::ui {

class DesignDocument;
class DiagramScene;

// Decides which paths the canvas shows: those of the selected client or cluster, or the one
// pair chosen in the access matrix, and keeps them current as the analysis changes. The paths
// come from the analysis (Analyzer::explain on each pair's best outcome); the controller only
// picks them.
class PathController : public QObject
{
    Q_OBJECT

public:
    PathController(DesignDocument* document, DiagramScene* scene, QObject* parent = nullptr);

    // At most this many paths are drawn for one element (a cluster with hundreds of clients).
    static constexpr std::size_t kMaxPaths = 30;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // The paths of a client or a cluster; nothing for other elements.
    void showFor(const std::string& id);
    // One client's path to one cluster, focused (its callouts shown).
    void showPair(const std::string& client, const std::string& cluster);
    void clear();
    // Recomputes what is shown after the analysis changed.
    void refresh();
    const std::vector<Path>& paths() const { return m_paths; }
    // What is asked for: an element's paths, or a client and cluster pair (empty otherwise).
    const std::string& element() const { return m_element; }
    const std::string& client() const { return m_client; }
    const std::string& cluster() const { return m_cluster; }
    int focused() const { return m_focused; }

signals:
    void pathsChanged();

private:
    void show();

    DesignDocument* m_document;
    DiagramScene* m_scene;
    bool m_enabled = true;
    std::string m_element;
    std::string m_client;
    std::string m_cluster;
    std::vector<Path> m_paths;
    int m_focused = -1;
};

} // namespace kg::ui
