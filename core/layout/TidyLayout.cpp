#include "layout/TidyLayout.h"

#include "model/ContainerFit.h"
#include "model/Design.h"
#include "model/KindRegistry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>
#include <map>
#include <memory>
#include <set>
#include <string>

extern "C" gvplugin_library_t gvplugin_dot_layout_LTX_library;

// Graphviz 2.43's dot leaks the virtual edges it makes around clusters (fixed in later
// releases; nothing a caller can free). Under AddressSanitizer the leak checker is told so here,
// beside the only code that calls Graphviz, rather than in every test's environment.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KUBEGATE_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define KUBEGATE_ASAN 1
#endif
#ifdef KUBEGATE_ASAN
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:libgvc.so\nleak:libgvplugin_dot_layout.so\nleak:libcgraph.so\n";
}
#endif

namespace kg {

namespace {

// Graphviz works in points; one scene unit is taken as one point, so card sizes pass through.
constexpr double kPointsPerInch = 72.0;

// cgraph's API takes char* for names and values it copies.
char* text(const std::string& s)
{
    return const_cast<char*>(s.c_str());
}

void set(void* object, const char* name, const std::string& value)
{
    agsafeset(object, const_cast<char*>(name), text(value), const_cast<char*>(""));
}

std::string number(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    return buffer;
}

// cgraph's own id discipline makes a named object's id the address of its interned name, and
// keeps subgraphs ordered by id: clusters would come to dot in an order that changes with the
// heap, and so would the picture. Names here get ids in the order they are first seen (even, as
// cgraph expects of named objects; anonymous objects get odd ones).
struct OrderedIds
{
    std::map<std::string, IDTYPE> ids;
    std::vector<std::string> names;
    IDTYPE anonymous = 1;
};

void* idOpen(Agraph_t*, Agdisc_t*)
{
    return new OrderedIds;
}

long idMap(void* state, int, char* name, IDTYPE* id, int create)
{
    auto* s = static_cast<OrderedIds*>(state);
    if (!name) {
        *id = s->anonymous;
        s->anonymous += 2;
        return 1;
    }
    if (auto it = s->ids.find(name); it != s->ids.end()) {
        *id = it->second;
        return 1;
    }
    if (!create)
        return 0;
    s->names.emplace_back(name);
    *id = static_cast<IDTYPE>(2 * s->names.size());
    s->ids.emplace(name, *id);
    return 1;
}

long idAlloc(void* state, int, IDTYPE id)
{
    const auto* s = static_cast<OrderedIds*>(state);
    return id % 2 == 0 && id / 2 >= 1 && id / 2 <= s->names.size();
}

void idFree(void*, int, IDTYPE) {}

char* idPrint(void* state, int, IDTYPE id)
{
    auto* s = static_cast<OrderedIds*>(state);
    if (id % 2 != 0 || id / 2 < 1 || id / 2 > s->names.size())
        return nullptr;
    return s->names[id / 2 - 1].data();
}

void idClose(void* state)
{
    delete static_cast<OrderedIds*>(state);
}

void idRegister(void*, int, void*) {}

Agiddisc_t kOrderedIdDisc = {idOpen, idMap, idAlloc, idFree, idPrint, idClose, idRegister};
Agdisc_t kDisc = {&AgMemDisc, &kOrderedIdDisc, &AgIoDisc};

// dot's layout plugin, linked in: the only plugin the context gets (no text layout plugin, so
// the blank labels are measured by Graphviz's own font metrics, the same on every machine).
const lt_symlist_t kPlugins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {nullptr, nullptr},
};

struct GraphvizContext
{
    GVC_t* gvc = gvContextPlugins(kPlugins, 0);
    Agraph_t* graph = nullptr;
    ~GraphvizContext()
    {
        if (graph) {
            gvFreeLayout(gvc, graph);
            agclose(graph);
        }
        gvFreeContext(gvc);
    }
};

// One group of sibling roots (the same parent) laid out together.
class Group
{
public:
    Group(const Design& design, std::vector<const Element*> roots)
        : m_design(design), m_roots(std::move(roots))
    {
        std::sort(m_roots.begin(), m_roots.end(),
                  [](const Element* a, const Element* b) { return a->id < b->id; });
        for (const Element* r : m_roots)
            for (const auto& id : design.subtree(r->id))
                m_inside.insert(id);
    }

    void arrange(std::map<std::string, Element>& out,
                 std::map<std::string, std::vector<RoutePoint>>& routes)
    {
        if (m_roots.empty())
            return;
        // The corner the group keeps: the top-left of the area its roots cover now.
        double left = 1e300, top = 1e300;
        for (const Element* r : m_roots) {
            left = std::min(left, r->geometry.x);
            top = std::min(top, r->geometry.y);
        }
        GraphvizContext gv;
        gv.graph = agopen(const_cast<char*>("kubegate"), Agdirected, &kDisc);
        Agraph_t* g = gv.graph;
        set(g, "rankdir", "LR");
        set(g, "compound", "true");
        // Gaps wide enough for what the canvas draws between cards: endpoint chips above a
        // cluster's card, link labels between networks.
        set(g, "nodesep", number(44 / kPointsPerInch));
        set(g, "ranksep", number(96 / kPointsPerInch));
        set(g, "ordering", "out");
        // Links routed as polylines around the boxes: straight runs with bends a canvas can
        // draw and a person can follow; no arrow heads to leave room for.
        set(g, "splines", "polyline");
        for (const Element* r : m_roots)
            add(g, *r);
        addEdges(g);
        if (gvLayout(gv.gvc, g, "dot") != 0)
            return;
        // The placed area's top-left (Graphviz pads its own bounding box), for the anchor.
        double minX = 1e300, maxY = -1e300;
        for (const auto& [id, node] : m_nodes) {
            minX = std::min(minX, ND_coord(node).x - ND_width(node) * kPointsPerInch / 2);
            maxY = std::max(maxY, ND_coord(node).y + ND_height(node) * kPointsPerInch / 2);
        }
        for (const auto& [id, cluster] : m_clusters) {
            minX = std::min(minX, GD_bb(cluster).LL.x);
            maxY = std::max(maxY, GD_bb(cluster).UR.y);
        }
        // Graphviz's y grows upwards; the scene's downwards.
        auto toScene = [&](double x, double y) {
            return std::pair<double, double>(left + (x - minX), top + (maxY - y));
        };
        for (const auto& [id, node] : m_nodes) {
            Element e = *m_design.element(id);
            const auto [cx, cy] = toScene(ND_coord(node).x, ND_coord(node).y);
            e.geometry.x = std::round(cx - e.geometry.width / 2);
            e.geometry.y = std::round(cy - e.geometry.height / 2);
            out[id] = std::move(e);
        }
        for (const auto& [id, cluster] : m_clusters) {
            Element e = *m_design.element(id);
            const boxf bb = GD_bb(cluster);
            const auto [x0, y0] = toScene(bb.LL.x, bb.UR.y);
            const auto [x1, y1] = toScene(bb.UR.x, bb.LL.y);
            e.geometry = {std::round(x0), std::round(y0), std::round(x1 - x0), std::round(y1 - y0),
                          e.geometry.z};
            out[id] = std::move(e);
        }
        // Each link's polyline: its vertices are every third point of Graphviz's piecewise
        // Bezier list; the first and last lie on the ends' borders, which the canvas works out
        // itself, so the bends are the ones between.
        for (const auto& [id, edge] : m_edges) {
            const splines* spl = ED_spl(edge);
            std::vector<RoutePoint> bends;
            if (spl && spl->size > 0 && spl->list[0].size >= 4) {
                const bezier& bz = spl->list[0];
                for (int i = 3; i + 3 < bz.size; i += 3) {
                    const auto [x, y] = toScene(bz.list[i].x, bz.list[i].y);
                    bends.push_back({std::round(x), std::round(y)});
                }
                // dot may have laid the edge from head to tail: the route runs from `from`.
                const auto [fx, fy] = toScene(bz.list[0].x, bz.list[0].y);
                const Element* from = m_design.element(m_linkFrom.at(id));
                const auto near = [&](double x, double y) {
                    const Rect& r =
                        out.count(from->id) ? out.at(from->id).geometry : from->geometry;
                    const double cx = r.x + r.width / 2;
                    const double cy = r.y + r.height / 2;
                    return (x - cx) * (x - cx) + (y - cy) * (y - cy);
                };
                const auto [lx, ly] = toScene(bz.list[bz.size - 1].x, bz.list[bz.size - 1].y);
                if (near(lx, ly) < near(fx, fy))
                    std::reverse(bends.begin(), bends.end());
            }
            routes[id] = std::move(bends);
        }
    }

private:
    // A container with children becomes a cluster (nested as the design nests), anything
    // else a box of the card's size.
    void add(Agraph_t* parent, const Element& e)
    {
        std::vector<const Element*> children = m_design.children(e.id);
        std::sort(children.begin(), children.end(),
                  [](const Element* a, const Element* b) { return a->id < b->id; });
        if (children.empty()) {
            Agnode_t* n = agnode(parent, text(e.id), 1);
            set(n, "shape", "box");
            set(n, "fixedsize", "true");
            set(n, "label", "");
            set(n, "width", number(std::max(e.geometry.width, 20.0) / kPointsPerInch));
            set(n, "height", number(std::max(e.geometry.height, 20.0) / kPointsPerInch));
            m_nodes[e.id] = n;
            return;
        }
        Agraph_t* cluster = agsubg(parent, text("cluster_" + e.id), 1);
        set(cluster, "margin", number(ContainerFit::kMargin));
        // The label only reserves the header's room above the contents: a blank line of a size
        // that makes Graphviz keep it (its text is never drawn; the canvas draws the header).
        set(cluster, "label", " ");
        set(cluster, "labelloc", "t");
        set(cluster, "fontsize", number(kHeaderFont));
        m_clusters[e.id] = cluster;
        std::vector<std::string> group;
        for (const Element* c : children) {
            add(cluster, *c);
            group.push_back(c->id);
        }
        m_childGroups.push_back(std::move(group));
    }

    // The node an edge to `id` ends at: its own box, or the first box inside its cluster (the
    // edge then stops at the cluster's border, lhead/ltail).
    Agnode_t* anchor(const std::string& id) const
    {
        if (auto n = m_nodes.find(id); n != m_nodes.end())
            return n->second;
        std::vector<std::string> inside = m_design.subtree(id);
        std::sort(inside.begin(), inside.end());
        for (const auto& x : inside)
            if (auto n = m_nodes.find(x); n != m_nodes.end())
                return n->second;
        return nullptr;
    }

    void addEdges(Agraph_t* g)
    {
        std::vector<const Link*> links;
        for (const auto& l : m_design.links())
            if (m_inside.count(l.from) && m_inside.count(l.to))
                links.push_back(&l);
        std::sort(links.begin(), links.end(),
                  [](const Link* a, const Link* b) { return a->id < b->id; });
        std::map<std::string, std::vector<std::string>> targets; // by source, in id order
        std::map<std::string, std::vector<std::string>> sources; // by target
        std::set<std::string> linked;
        for (const Link* l : links) {
            // A link between an element and what holds it draws no edge (dot cannot rank it).
            if (m_design.isAncestor(l->from, l->to) || m_design.isAncestor(l->to, l->from))
                continue;
            Agnode_t* from = anchor(l->from);
            Agnode_t* to = anchor(l->to);
            if (!from || !to || from == to)
                continue;
            Agedge_t* edge = agedge(g, from, to, text(l->id), 1);
            m_edges[l->id] = edge;
            m_linkFrom[l->id] = l->from;
            if (m_clusters.count(l->from))
                set(edge, "ltail", "cluster_" + l->from);
            if (m_clusters.count(l->to))
                set(edge, "lhead", "cluster_" + l->to);
            targets[l->from].push_back(l->to);
            sources[l->to].push_back(l->from);
            for (const std::string& end : {l->from, l->to})
                for (const Element* e = m_design.element(end); e; e = m_design.element(e->parent))
                    linked.insert(e->id);
        }
        // dot puts every target of one source in one rank, and every unlinked root in the
        // first: a hub with a hundred spokes, or a hundred lone laptops, would make one column
        // a hundred cards tall. Long ranks are folded into columns of about the square root.
        for (auto* byEnd : {&targets, &sources})
            for (auto& [end, list] : *byEnd) {
                std::sort(list.begin(), list.end());
                list.erase(std::unique(list.begin(), list.end()), list.end());
                fold(g, list);
            }
        // So are the unlinked roots, and the unlinked cards inside each container.
        std::vector<std::string> roots;
        for (const Element* r : m_roots)
            roots.push_back(r->id);
        m_childGroups.push_back(std::move(roots));
        for (const auto& group : m_childGroups) {
            std::vector<std::string> lone;
            for (const auto& id : group)
                if (!linked.count(id))
                    lone.push_back(id);
            fold(g, lone);
        }
    }

    // Chains `ids` (already in a stable order) with invisible edges so that each column holds
    // about the square root of their number (at least kColumn).
    void fold(Agraph_t* g, const std::vector<std::string>& ids)
    {
        const std::size_t column = std::max<std::size_t>(
            kColumn,
            static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(ids.size())))));
        for (std::size_t j = column; j < ids.size(); ++j) {
            Agnode_t* before = anchor(ids[j - column]);
            Agnode_t* after = anchor(ids[j]);
            if (!before || !after || before == after)
                continue;
            Agedge_t* edge = agedge(g, before, after, nullptr, 1);
            set(edge, "style", "invis");
        }
    }

    // Points of a blank label line that, with the cluster's margin, leave the header's room.
    static constexpr double kHeaderFont = 16;
    // The fewest cards a folded rank keeps in one column.
    static constexpr std::size_t kColumn = 3;

    const Design& m_design;
    std::vector<const Element*> m_roots;
    std::set<std::string> m_inside;
    std::map<std::string, Agnode_t*> m_nodes;
    std::map<std::string, Agraph_t*> m_clusters;
    std::map<std::string, Agedge_t*> m_edges;            // by link id
    std::map<std::string, std::string> m_linkFrom;       // each laid-out link's `from`
    std::vector<std::vector<std::string>> m_childGroups; // each container's children, by id
};

} // namespace

std::vector<Element> TidyLayout::arrange(const Design& design,
                                         const std::vector<std::string>& roots)
{
    return layout(design, roots).elements;
}

TidyLayout::Arrangement TidyLayout::layout(const Design& design,
                                           const std::vector<std::string>& roots)
{
    // Roots grouped by parent, an id below another root taken with that root.
    std::map<std::string, std::vector<const Element*>> groups;
    std::set<std::string> chosen(roots.begin(), roots.end());
    auto below = [&](const Element& e) {
        for (const Element* p = design.element(e.parent); p; p = design.element(p->parent))
            if (chosen.count(p->id))
                return true;
        return false;
    };
    for (const auto& e : design.elements())
        if (roots.empty() ? e.parent.empty() || !design.element(e.parent)
                          : chosen.count(e.id) && !below(e))
            groups[e.parent].push_back(&e);
    std::map<std::string, Element> placed;
    std::map<std::string, std::vector<RoutePoint>> routes;
    for (auto& [parent, members] : groups)
        Group(design, members).arrange(placed, routes);
    Arrangement out;
    for (auto& [id, e] : placed)
        if (!(e.geometry == design.element(id)->geometry))
            out.elements.push_back(std::move(e));
    for (auto& [id, route] : routes)
        if (const Link* l = design.link(id); l && l->route != route)
            out.routes.emplace(id, std::move(route));
    return out;
}

} // namespace kg
