// DiagramScene's overlays: finding badges on the cards, the endpoint markers of each cluster,
// the drawn paths with their step badges and callouts, and what keeps them current (relayout
// after moves, repaints of the views). Everything drawn here comes from the analysis.
#include "Application.h"
#include "analysis/Analyzer.h"
#include "analysis/Topology.h"
#include "canvas/DiagramScene.h"
#include "canvas/ElementItem.h"
#include "canvas/EndpointItem.h"
#include "canvas/LinkItem.h"
#include "canvas/PathOverlay.h"
#include "canvas/SceneGeometry.h"
#include "document/DesignDocument.h"
#include "panels/PropertyLabels.h"

#include <QGraphicsView>
#include <QTimer>
#include <map>

namespace kg::ui {

void DiagramScene::repaintViews()
{
    // Markers, badges and callouts are drawn at screen size (ItemIgnoresTransformations):
    // Qt invalidates their scene rectangle as if unscaled when they move or go, which at any
    // zoom other than 100 % leaves stale pieces on screen. Overlays change on selection and
    // analysis, not per frame, so the whole viewport is repainted instead.
    for (QGraphicsView* v : views())
        v->viewport()->update();
}

void DiagramScene::showFindings()
{
    const Analysis& analysis = m_document->analysis();
    std::map<std::string, std::pair<ElementItem::Badge, int>> worst;
    for (const auto& f : analysis.findings) {
        const auto badge = f.severity == Severity::Error     ? ElementItem::Badge::Error
                           : f.severity == Severity::Warning ? ElementItem::Badge::Warning
                                                             : ElementItem::Badge::Info;
        // The first element a finding names is the one it is about.
        if (f.elements.empty())
            continue;
        auto& entry = worst[f.elements.front()];
        if (entry.second == 0 || badge > entry.first)
            entry.first = badge;
        ++entry.second;
    }
    for (auto* i : std::as_const(m_items)) {
        auto it = worst.find(i->id());
        if (it == worst.end())
            i->setBadge(ElementItem::Badge::None, 0);
        else
            i->setBadge(it->second.first, it->second.second);
    }
    showEndpoints();
}

void DiagramScene::showEndpoints()
{
    repaintViews();
    for (auto* e : m_endpoints)
        delete e;
    m_endpoints.clear();
    m_endpointPos.clear();
    m_markerAnchors.clear();
    const Design& d = m_document->design();
    const Topology& topology = m_document->topology();
    auto join = [](const StringList& list) {
        QStringList out;
        for (std::size_t i = 0; i < list.size() && i < 3; ++i)
            out << QString::fromStdString(list[i]);
        if (list.size() > 3)
            out << QStringLiteral("…");
        return out.join(QStringLiteral(", "));
    };
    for (const Element* cluster : topology.clusters()) {
        ElementItem* ci = item(cluster->id);
        if (!ci)
            continue;
        const QRectF card = ci->sceneBoundingRectOfElement();
        // The outermost container: the public endpoint stands outside the network boundary.
        const Element* outer = nullptr;
        for (const Element* p = d.element(cluster->parent); p; p = d.element(p->parent))
            outer = p;
        m_markerAnchors.insert(cluster->id);
        if (outer)
            m_markerAnchors.insert(outer->id);
        if (cluster->kind == ElementKind::EksCluster) {
            for (const auto& id : cluster->listValue("resourcesVpcConfig.subnetIds"))
                m_markerAnchors.insert(id);
        } else {
            m_markerAnchors.insert(cluster->stringValue("apiServerAccessProfile.subnetId"));
        }
        const bool aks = cluster->kind == ElementKind::AksCluster;
        auto chip = [&](EndpointKind kind, const QString& detail) {
            auto* e = new EndpointItem(kind, detail, card);
            e->setCluster(cluster->id);
            m_endpoints.push_back(e); // added to the scene once placed: one index insertion
            return e;
        };
        // Candidate centres for a chip of size `s`, nearest to what it marks first; the label
        // pass takes the first that covers no text (arrangeLabels).
        constexpr double gap = 6;
        auto inSubnet = [&](const QRectF& r, QSizeF s) {
            // The subnet's title band at its right end, then its bottom corners.
            return std::vector<QPointF>{
                {r.right() - 8 - s.width() / 2, r.top() + 4 + s.height() / 2},
                {r.right() - 8 - s.width() / 2, r.bottom() - gap - s.height() / 2},
                {r.left() + 8 + s.width() / 2, r.bottom() - gap - s.height() / 2},
                {r.right() - 8 - s.width() / 2, r.top() + 34 + s.height() / 2}};
        };
        auto aroundCard = [&](QSizeF s) {
            // Below the card, then beside it, then above.
            return std::vector<QPointF>{
                {card.left() + s.width() / 2, card.bottom() + gap + s.height() / 2},
                {card.right() - s.width() / 2, card.bottom() + gap + s.height() / 2},
                {card.right() + gap + s.width() / 2, card.center().y()},
                {card.left() - gap - s.width() / 2, card.center().y()},
                {card.left() + s.width() / 2, card.top() - gap - s.height() / 2}};
        };
        for (const Endpoint& door : Analyzer::endpoints(topology, *cluster)) {
            switch (door.kind) {
            case EndpointKind::Public: {
                const StringList& ranges =
                    cluster->listValue(aks ? "apiServerAccessProfile.authorizedIPRanges"
                                           : "resourcesVpcConfig.publicAccessCidrs");
                bool open = ranges.empty();
                for (const auto& r : ranges)
                    open = open || r == "0.0.0.0/0";
                const QString detail =
                    open ? tr("open to the internet")
                         : (aks ? tr("authorized: %1") : tr("CIDRs: %1")).arg(join(ranges));
                EndpointItem* e = chip(door.kind, detail);
                // Outside the network boundary: above the outermost container, over the card,
                // then to either side and further up.
                const QSizeF s = e->chipRect().size();
                const double top = outer ? outer->geometry.y : card.top();
                std::vector<QPointF> at;
                for (int row = 0; row < 3; ++row)
                    for (const double dx : {0.0, 1.0, -1.0, 2.0, -2.0})
                        at.emplace_back(card.center().x() + dx * (s.width() + 10),
                                        top - gap - s.height() / 2 - row * (s.height() + 8));
                e->setCandidates(std::move(at));
                break;
            }
            case EndpointKind::Private: {
                const std::string& zone =
                    cluster->stringValue("apiServerAccessProfile.privateDNSZone");
                const Element* zoneElement = d.element(zone);
                // A zone element by its name; System and None in words ("System (AKS creates
                // the zone)").
                const QString zoneName =
                    zoneElement
                        ? QString::fromStdString(zoneElement->label())
                        : PropertyLabels::value("apiServerAccessProfile.privateDNSZone",
                                                zone.empty() ? std::string("System") : zone);
                const QString fqdn =
                    cluster->boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN")
                        ? tr("public FQDN")
                        : tr("no public FQDN");
                EndpointItem* e = chip(door.kind, fqdn);
                e->setToolTip(EndpointItem::title(door.kind) + QLatin1Char('\n') +
                              tr("private DNS zone: %1").arg(zoneName) + QLatin1Char('\n') + fqdn);
                e->setCandidates(aroundCard(e->chipRect().size()));
                break;
            }
            case EndpointKind::VnetIntegration: {
                const Element* subnet =
                    d.element(cluster->stringValue("apiServerAccessProfile.subnetId"));
                EndpointItem* e =
                    chip(door.kind, subnet ? QString::fromStdString(subnet->label()) : QString());
                const QSizeF s = e->chipRect().size();
                e->setCandidates(subnet ? inSubnet(rectOf(*subnet), s) : aroundCard(s));
                break;
            }
            case EndpointKind::EksEni: {
                bool any = false;
                for (const auto& id : cluster->listValue("resourcesVpcConfig.subnetIds")) {
                    const Element* subnet = d.element(id);
                    if (!subnet)
                        continue;
                    EndpointItem* e = chip(door.kind, QString());
                    e->setCandidates(inSubnet(rectOf(*subnet), e->chipRect().size()));
                    any = true;
                }
                if (!any) { // no subnets named: beside the cluster
                    EndpointItem* e = chip(door.kind, QString());
                    e->setCandidates(aroundCard(e->chipRect().size()));
                }
                break;
            }
            case EndpointKind::UserEndpoint:
                if (door.element) {
                    m_endpointPos[cluster->id].emplace(door.kind, pointOf(door.element->id));
                    m_markerAnchors.insert(door.element->id);
                }
                break;
            case EndpointKind::RunCommand:
                if (!cluster->boolValue("apiServerAccessProfile.disableRunCommand")) {
                    // Above the card's right end (the call goes through Azure Resource
                    // Manager, not the network), else beside or below it.
                    EndpointItem* e = chip(door.kind, QString());
                    const QSizeF s = e->chipRect().size();
                    e->setCandidates(
                        {{card.right() - s.width() / 2, card.top() - gap - s.height() / 2},
                         {card.right() + gap + s.width() / 2, card.top() + s.height() / 2},
                         {card.left() + s.width() / 2, card.top() - gap - s.height() / 2},
                         {card.right() - s.width() / 2, card.bottom() + gap + s.height() / 2}});
                }
                break;
            }
        }
    }
    arrangeLabels();
    for (EndpointItem* e : m_endpoints)
        if (!e->scene())
            addItem(e);
    // The doors the path overlays lead through: where each cluster's first chip of a kind went.
    for (const EndpointItem* e : m_endpoints)
        m_endpointPos[e->cluster()].emplace(e->kind(), e->pos());
    applyBuildUp(); // new markers of clusters not yet revealed stay hidden
}

std::optional<QPointF> DiagramScene::endpointPosition(const std::string& cluster,
                                                      EndpointKind kind) const
{
    auto c = m_endpointPos.find(cluster);
    if (c == m_endpointPos.end())
        return std::nullopt;
    auto k = c->second.find(kind);
    if (k == c->second.end())
        return std::nullopt;
    return k->second;
}

QPointF DiagramScene::pointOf(const std::string& id) const
{
    if (ElementItem* e = item(id))
        return e->sceneBoundingRectOfElement().center();
    if (LinkItem* l = linkItem(id))
        return l->pointAt(0.5);
    return {};
}

void DiagramScene::scheduleRelayout()
{
    if (m_relayoutScheduled)
        return;
    m_relayoutScheduled = true;
    // Endpoint markers and path overlays follow moved elements once the move is complete.
    QTimer::singleShot(0, this, [this] {
        m_relayoutScheduled = false;
        // Markers are rebuilt only when something they are placed by moved (a drag of a card
        // elsewhere must not rebuild a thousand markers).
        bool anchors = false;
        for (const auto& id : m_moved)
            anchors = anchors || m_markerAnchors.count(id) != 0;
        m_moved.clear();
        if (anchors)
            showEndpoints(); // places every label again
        else
            arrangeLabels(); // link labels follow the moved cards
        if (!m_overlays.empty()) {
            const std::vector<Path> paths = m_shownPaths;
            showPaths(paths, m_focusedPath);
        }
    });
}

void DiagramScene::showPaths(const std::vector<Path>& paths, int focused)
{
    clearPaths();
    m_shownPaths = paths;
    const Design& d = m_document->design();
    for (const Path& path : paths) {
        if (!item(path.client) || !item(path.cluster))
            continue;
        const QPointF start = pointOf(path.client);
        const QRectF card = item(path.cluster)->sceneBoundingRectOfElement();
        QPolygonF route{start};
        // What each route point stands for: a card or chip the route passes through (it enters
        // and leaves at the border and is not drawn across it, so it never crosses out a name),
        // or nothing (a link's middle, a network's centre).
        std::vector<QRectF> boxes{item(path.client)->sceneBoundingRectOfElement()};
        QList<QLineF> lookups;
        QList<PathOverlay::Step> steps;
        // A badge marks an element on its left edge (the accent strip, clear of the words);
        // the label pass moves it where it covers no text (arrangeCallouts).
        auto onElement = [&](PathOverlay::Step& s, const std::string& id) {
            ElementItem* e = item(id);
            s.near = e ? e->sceneBoundingRectOfElement() : QRectF();
            s.at = e ? QPointF(s.near.left(), s.near.center().y()) : pointOf(id);
        };
        auto atChip = [&](PathOverlay::Step& s, EndpointKind kind) {
            for (const EndpointItem* e : m_endpoints)
                if (e->cluster() == path.cluster && e->kind() == kind) {
                    s.near = e->sceneChipRect();
                    s.at = QPointF(s.near.left(), s.near.center().y());
                    return;
                }
            s.at = endpointPosition(path.cluster, kind).value_or(card.topLeft());
        };
        bool stopped = false;
        for (int i = 0; i < static_cast<int>(path.steps.size()); ++i) {
            const PathStep& step = path.steps[static_cast<std::size_t>(i)];
            PathOverlay::Step s;
            s.stage = step.stage;
            s.ok = step.ok;
            s.assumed = step.assumed;
            s.number = i + 1;
            s.callout = QStringLiteral("%1 · %2").arg(
                QString::fromStdString(step.rule), Application::render(step.sentence, step.text));
            if (!step.ok && !path.fix.text.empty())
                s.callout +=
                    QLatin1Char('\n') +
                    tr("Fix: %1").arg(Application::render(path.fix.sentence, path.fix.text));
            switch (step.stage) {
            case Stage::Dns: {
                onElement(s, path.client);
                for (const auto& id : step.elements)
                    if (id != path.cluster && id != path.client && d.contains(id)) {
                        // Edge to edge: the dotted trip does not cross out either name.
                        const QRectF from = item(path.client)->sceneBoundingRectOfElement();
                        const QRectF to = item(id) ? item(id)->sceneBoundingRectOfElement()
                                                   : QRectF(pointOf(id), QSizeF());
                        lookups.append(
                            QLineF(borderPoint(from, to.center()), borderPoint(to, from.center())));
                        onElement(s, id);
                        break;
                    }
                break;
            }
            case Stage::Network: {
                std::string last = path.client;
                for (const auto& id : step.elements) {
                    if (id == path.client || id == path.cluster || !d.contains(id))
                        continue;
                    const QPointF p = pointOf(id);
                    if (route.last() != p) {
                        route << p;
                        ElementItem* e = item(id);
                        boxes.push_back(e && !ElementItem::isContainer(e->element().kind)
                                            ? e->sceneBoundingRectOfElement()
                                            : QRectF());
                    }
                    last = id;
                }
                onElement(s, last);
                break;
            }
            case Stage::Admission:
                if (path.endpoint == EndpointKind::UserEndpoint)
                    s.at = endpointPosition(path.cluster, path.endpoint).value_or(card.topLeft());
                else
                    atChip(s, path.endpoint);
                break;
            case Stage::Identity:
                s.near = card;
                s.at = QPointF(card.right(), card.center().y());
                break;
            }
            steps.append(s);
            if (!step.ok) {
                stopped = step.stage == Stage::Dns || step.stage == Stage::Network;
                break;
            }
        }
        if (!stopped) {
            if (auto door = endpointPosition(path.cluster, path.endpoint)) {
                route << *door;
                QRectF chip;
                for (const EndpointItem* e : m_endpoints)
                    if (e->cluster() == path.cluster && e->kind() == path.endpoint &&
                        e->pos() == *door)
                        chip = e->sceneChipRect();
                boxes.push_back(chip);
            }
            route << card.center();
            boxes.push_back(card);
        }
        // Drawn from border to border: into each card or chip and out of it, the part across it
        // left out (the gaps); the line starts at the client's edge and ends at the cluster's.
        QPolygonF drawn;
        QList<int> gaps;
        for (int i = 0; i < route.size(); ++i) {
            const QRectF& box = boxes[static_cast<std::size_t>(i)];
            if (box.isEmpty() || route.size() == 1) {
                drawn << route[i];
                continue;
            }
            if (i > 0)
                drawn << borderPoint(box, route[i - 1]);
            if (i + 1 < route.size()) {
                if (i > 0)
                    gaps << static_cast<int>(drawn.size()) - 1;
                drawn << borderPoint(box, route[i + 1]);
            }
        }
        auto* overlay = new PathOverlay(path, drawn, lookups, steps, gaps);
        overlay->setVisibleStages(m_stages);
        addItem(overlay);
        m_overlays.push_back(overlay);
    }
    focusPath(focused);
}

void DiagramScene::clearPaths()
{
    if (!m_overlays.empty())
        repaintViews();
    for (auto* o : m_overlays)
        delete o;
    m_overlays.clear();
    m_shownPaths.clear();
    m_focusedPath = -1;
}

void DiagramScene::setOverlayStages(unsigned mask)
{
    m_stages = mask;
    repaintViews();
    for (auto* o : m_overlays)
        o->setVisibleStages(mask);
    arrangeCallouts();
}

void DiagramScene::focusPath(int index, int step)
{
    m_focusedPath = index;
    repaintViews();
    for (int i = 0; i < static_cast<int>(m_overlays.size()); ++i) {
        m_overlays[static_cast<std::size_t>(i)]->setFocus(i == index, i == index ? step : -1);
        m_overlays[static_cast<std::size_t>(i)]->setZValue(i == index ? 2100 : 2000);
    }
    arrangeCallouts();
}

void DiagramScene::setComparisonMarks(std::map<std::string, std::array<int, 3>> marks)
{
    for (const auto& [id, counts] : m_comparison)
        if (ElementItem* i = item(id); i && marks.find(id) == marks.end())
            i->setComparison(0, 0, 0);
    m_comparison = std::move(marks);
    for (const auto& [id, counts] : m_comparison)
        if (ElementItem* i = item(id))
            i->setComparison(counts[0], counts[1], counts[2]);
    arrangeLabels();
}

} // namespace kg::ui
