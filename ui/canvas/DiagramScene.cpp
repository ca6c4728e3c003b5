#include "canvas/DiagramScene.h"

#include "analysis/Analyzer.h"
#include "analysis/Topology.h"
#include "canvas/CanvasTheme.h"
#include "canvas/ElementItem.h"
#include "canvas/EndpointItem.h"
#include "canvas/HintItem.h"
#include "canvas/KindNames.h"
#include "canvas/LinkItem.h"
#include "canvas/PathOverlay.h"
#include "commands/AddElementCommand.h"
#include "document/DesignDocument.h"
#include "model/ContainerFit.h"
#include "model/KindRegistry.h"
#include "model/Limits.h"
#include "model/NewElement.h"
#include "tools/ConnectTool.h"
#include "tools/SelectTool.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <cmath>
#include <map>

namespace kg::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// "a subnet (Azure)" or "a VNet or a VPC": the kinds a child may go into, for hints.
QString parentNames(ElementKind kind)
{
    QStringList names;
    for (ElementKind p : KindRegistry::info(kind).allowedParents)
        names << KindNames::name(p);
    if (KindRegistry::info(kind).topLevel)
        names << QCoreApplication::translate("DiagramScene", "the canvas outside any network");
    return names.join(QCoreApplication::translate("DiagramScene", " or "));
}

// A readable id stem from the kind key: "azure.privateDnsZone" -> "private-dns-zone",
// "aks.cluster" -> "aks".
std::string idStemFor(ElementKind kind)
{
    const std::string& key = KindRegistry::info(kind).key;
    const auto dot = key.find('.');
    std::string head = key.substr(0, dot);
    std::string tail = dot == std::string::npos ? key : key.substr(dot + 1);
    if (tail == "cluster" || tail == "network")
        return head;
    std::string stem;
    for (char c : tail) {
        if (c >= 'A' && c <= 'Z') {
            stem += '-';
            stem += static_cast<char>(c - 'A' + 'a');
        } else {
            stem += c;
        }
    }
    return stem;
}

} // namespace

DiagramScene::DiagramScene(DesignDocument* document, QObject* parent)
    : QGraphicsScene(parent), m_document(document)
{
    // The BSP index (Qt's default) measured best for dragging at 10,000 elements; painting
    // everything zoomed out costs more with it than without (docs/PERFORMANCE.md), and level
    // of detail keeps that usable.
    setItemIndexMethod(BspTreeIndex);
    m_select = new SelectTool(this);
    m_connect = new ConnectTool(this);
    m_hint = new HintItem;
    m_hint->setVisible(false);
    addItem(m_hint);
    connect(document, &DesignDocument::changed, this, &DiagramScene::followChange);
    connect(document, &DesignDocument::analysisUpdated, this, &DiagramScene::showFindings);
    rebuild();
}

DiagramScene::~DiagramScene()
{
    // Views react to losing their scene (scroll bars move, callouts are rearranged): let them
    // do it while this scene is still whole.
    for (QGraphicsView* v : views())
        v->setScene(nullptr);
    delete m_select;
    delete m_connect;
}

ElementItem* DiagramScene::item(const std::string& id) const
{
    return m_items.value(qs(id));
}

LinkItem* DiagramScene::linkItem(const std::string& id) const
{
    return m_links.value(qs(id));
}

QRectF DiagramScene::rectOf(const Element& e)
{
    return QRectF(e.geometry.x, e.geometry.y, e.geometry.width, e.geometry.height);
}

void DiagramScene::setItemCaching(bool enabled)
{
    for (auto* i : std::as_const(m_items))
        if (!ElementItem::isContainer(i->element().kind))
            i->setCacheMode(enabled ? QGraphicsItem::DeviceCoordinateCache
                                    : QGraphicsItem::NoCache);
}

QRectF DiagramScene::designBounds() const
{
    QRectF area;
    for (const auto& e : m_document->design().elements())
        area |= rectOf(e);
    return area;
}

QSizeF DiagramScene::defaultSize(ElementKind kind)
{
    switch (kind) {
    case ElementKind::AzureVnet:
    case ElementKind::AwsVpc:
    case ElementKind::OnPremNetwork:
        return {420, 260};
    case ElementKind::AzureSubnet:
    case ElementKind::AwsSubnet:
        return {240, 140};
    default:
        return {180, 64};
    }
}

CanvasTool* DiagramScene::tool() const
{
    return m_toolKind == ToolKind::Connect ? m_connect : m_select;
}

void DiagramScene::setTool(ToolKind kind)
{
    if (kind == m_toolKind)
        return;
    tool()->cancel();
    m_toolKind = kind;
    for (QGraphicsView* v : views())
        v->viewport()->setCursor(tool()->cursor());
    emit message(kind == ToolKind::Connect
                     ? tr("Connect: drag from one element to another. Esc returns to Select.")
                     : QString());
}

void DiagramScene::connectFrom(const std::string& id)
{
    setTool(ToolKind::Connect);
    static_cast<ConnectTool*>(m_connect)->startFrom(id);
}

void DiagramScene::setGrid(bool visible, bool snap, int size)
{
    m_gridVisible = visible;
    m_snap = snap;
    m_gridSize = std::clamp(size, 5, 200);
    update();
}

QPointF DiagramScene::snapped(const QPointF& p) const
{
    if (!m_snap)
        return p;
    const double g = m_gridSize;
    return QPointF(std::round(p.x() / g) * g, std::round(p.y() / g) * g);
}

void DiagramScene::rebuild()
{
    tool()->cancel();
    clearPaths();
    for (auto* e : m_endpoints)
        delete e;
    m_endpoints.clear();
    m_endpointPos.clear();
    // Out of the maps before they go, and deselected while whole: deleting a selected item
    // emits selectionChanged from its destructor, and whoever follows the selection (the path
    // overlays) must not find a half-destroyed item by id (a crash the canvas truth soak found
    // when a file was opened over a selection).
    const QList<ElementItem*> items = m_items.values();
    const QList<LinkItem*> links = m_links.values();
    m_items.clear();
    m_links.clear();
    clearSelection();
    for (auto* i : items)
        delete i;
    for (auto* l : links)
        delete l;
    m_previewed.clear();
    m_highlighted.clear();
    const Design& d = m_document->design();
    m_items.reserve(static_cast<qsizetype>(d.elements().size()));
    for (const auto& e : d.elements())
        addElementItem(e);
    for (const auto& l : d.links())
        addLinkItem(l.id);
    setSceneRect(designBounds().adjusted(-400, -400, 400, 400));
    showFindings();
}

void DiagramScene::addElementItem(const Element& e)
{
    auto* item = new ElementItem(e);
    addItem(item);
    m_items.insert(qs(e.id), item);
    updateDepth(item);
    if (const auto mark = m_comparison.find(e.id); mark != m_comparison.end())
        item->setComparison(mark->second[0], mark->second[1], mark->second[2]);
}

void DiagramScene::updateDepth(ElementItem* item)
{
    const Design& d = m_document->design();
    int depth = 0;
    for (const Element* p = d.element(item->element().parent); p && depth < 32;
         p = d.element(p->parent))
        ++depth;
    // Nesting first (a card above its container, containers below the cards they hold), then
    // the element's stacking order among those at its depth, squeezed into (-1, 1).
    const double stacking = item->element().geometry.z / (limits::kMaxStacking + 1.0);
    item->setZValue(depth * 10 + (ElementItem::isContainer(item->element().kind) ? 0 : 5) +
                    stacking);
}

void DiagramScene::addLinkItem(const std::string& id)
{
    const Design& d = m_document->design();
    const Link* l = d.link(id);
    if (!l)
        return;
    const Element* a = d.element(l->from);
    const Element* b = d.element(l->to);
    if (!a || !b)
        return;
    auto* item = new LinkItem(*l, rectOf(*a), rectOf(*b));
    addItem(item);
    m_links.insert(qs(id), item);
}

void DiagramScene::updateLinksOf(const std::string& id)
{
    const Design& d = m_document->design();
    for (const Link* l : d.linksOf(id)) {
        LinkItem* li = linkItem(l->id);
        ElementItem* a = item(l->from);
        ElementItem* b = item(l->to);
        if (li && a && b)
            li->setEnds(a->sceneBoundingRectOfElement(), b->sceneBoundingRectOfElement());
    }
}

void DiagramScene::followChange(const DesignChange& change)
{
    const Design& d = m_document->design();
    using T = DesignChange::Type;
    switch (change.type) {
    case T::Reset:
        rebuild();
        return;
    case T::InfoChanged:
        return;
    case T::ElementAdded:
        if (const Element* e = d.element(change.id)) {
            addElementItem(*e);
            growSceneRect();
        }
        return;
    case T::ElementRemoved:
        if (ElementItem* i = m_items.take(qs(change.id))) {
            if (m_highlighted == change.id)
                m_highlighted.clear();
            m_previewed.erase(change.id);
            delete i;
        }
        return;
    case T::ElementChanged:
        if (const Element* e = d.element(change.id); e && item(change.id)) {
            ElementItem* i = item(change.id);
            i->setElement(*e);
            if (m_previewed.erase(change.id))
                updateDepth(i);
            if (change.fields & DesignChange::Parent)
                for (const auto& id : d.subtree(change.id))
                    if (ElementItem* sub = item(id))
                        updateDepth(sub);
            if (change.fields & DesignChange::Geometry) {
                updateDepth(i); // its stacking order may have changed
                updateLinksOf(change.id);
                growSceneRect();
                m_moved.insert(change.id);
                scheduleRelayout();
            }
        }
        return;
    case T::LinkAdded:
        addLinkItem(change.id);
        return;
    case T::LinkRemoved:
        delete m_links.take(qs(change.id));
        return;
    case T::LinkChanged:
        if (const Link* l = d.link(change.id)) {
            delete m_links.take(qs(change.id));
            addLinkItem(l->id);
        }
        return;
    }
}

void DiagramScene::growSceneRect()
{
    // Deferred and coalesced: one paste or drag changes many elements; measure once afterwards.
    if (m_growScheduled)
        return;
    m_growScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_growScheduled = false;
        const QRectF needed = designBounds().adjusted(-400, -400, 400, 400);
        if (sceneRect().contains(needed))
            return;
        // A larger scene rectangle changes the scroll bars' ranges; each view keeps showing the
        // same part of the design (a drop or a paste must not move it).
        std::vector<std::pair<QGraphicsView*, QPointF>> kept;
        for (QGraphicsView* v : views())
            kept.emplace_back(v, v->mapToScene(QPoint(0, 0)));
        setSceneRect(sceneRect() | needed);
        for (const auto& [v, corner] : kept) {
            const QPoint moved = v->mapFromScene(corner);
            v->horizontalScrollBar()->setValue(v->horizontalScrollBar()->value() + moved.x());
            v->verticalScrollBar()->setValue(v->verticalScrollBar()->value() + moved.y());
        }
    });
}

std::vector<std::string> DiagramScene::selectedIds() const
{
    std::vector<std::string> ids = selectedElementIds();
    const Design& d = m_document->design();
    std::vector<std::pair<std::size_t, std::string>> links;
    for (QGraphicsItem* gi : selectedItems())
        if (gi->type() == LinkItem::Type) {
            const std::string& id = static_cast<LinkItem*>(gi)->id();
            links.emplace_back(d.linkIndex(id).value_or(0), id);
        }
    std::sort(links.begin(), links.end());
    for (auto& l : links)
        ids.push_back(std::move(l.second));
    return ids;
}

std::vector<std::string> DiagramScene::selectedElementIds() const
{
    // From the selection (a few items), ordered as in the design: no walk over every element.
    const Design& d = m_document->design();
    std::vector<std::pair<std::size_t, std::string>> found;
    for (QGraphicsItem* gi : selectedItems())
        if (gi->type() == ElementItem::Type) {
            const std::string& id = static_cast<ElementItem*>(gi)->id();
            found.emplace_back(d.elementIndex(id).value_or(0), id);
        }
    std::sort(found.begin(), found.end());
    std::vector<std::string> ids;
    ids.reserve(found.size());
    for (auto& f : found)
        ids.push_back(std::move(f.second));
    return ids;
}

std::vector<std::string> DiagramScene::selectedRoots() const
{
    const Design& d = m_document->design();
    const auto selected = selectedElementIds();
    const std::set<std::string> set(selected.begin(), selected.end());
    std::vector<std::string> roots;
    for (const auto& id : selected) {
        bool covered = false;
        for (const Element* p = d.element(d.element(id)->parent); p && !covered;
             p = d.element(p->parent))
            covered = set.count(p->id) != 0;
        if (!covered)
            roots.push_back(id);
    }
    return roots;
}

void DiagramScene::selectIds(const std::vector<std::string>& ids)
{
    const QSignalBlocker block(this);
    clearSelection();
    for (const auto& id : ids) {
        if (ElementItem* i = item(id))
            i->setSelected(true);
        else if (LinkItem* l = linkItem(id))
            l->setSelected(true);
    }
    blockSignals(false);
    emit selectionChanged();
}

QGraphicsItem* DiagramScene::pickAt(const QPointF& pos) const
{
    // The stacking order for clicks (docs/DESIGN.md): cards, then the title bands of
    // containers, then link strokes, then the inside of containers. Links are drawn above
    // everything so that they stay visible, but a card or a container's title under a link is
    // what a click on it means.
    ElementItem* band = nullptr;
    ElementItem* container = nullptr;
    LinkItem* link = nullptr;
    for (QGraphicsItem* gi : items(pos, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        if (gi->type() == LinkItem::Type) {
            if (!link)
                link = static_cast<LinkItem*>(gi);
            continue;
        }
        if (gi->type() != ElementItem::Type)
            continue;
        auto* ei = static_cast<ElementItem*>(gi);
        const QRectF r = ei->sceneBoundingRectOfElement();
        if (!r.contains(pos))
            continue;
        if (!ElementItem::isContainer(ei->element().kind))
            return ei; // the topmost card
        if (!band && pos.y() < r.top() + kContainerTitleBand)
            band = ei;
        if (!container)
            container = ei;
    }
    if (band)
        return band;
    if (link)
        return link;
    return container;
}

ElementItem* DiagramScene::elementAt(const QPointF& pos, const std::set<std::string>& exclude) const
{
    for (QGraphicsItem* gi : items(pos, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        if (gi->type() != ElementItem::Type)
            continue;
        auto* ei = static_cast<ElementItem*>(gi);
        if (!exclude.count(ei->id()) && ei->sceneBoundingRectOfElement().contains(pos))
            return ei;
    }
    return nullptr;
}

ElementItem* DiagramScene::containerAt(const QPointF& pos,
                                       const std::set<std::string>& exclude) const
{
    for (QGraphicsItem* gi : items(pos, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        if (gi->type() != ElementItem::Type)
            continue;
        auto* ei = static_cast<ElementItem*>(gi);
        if (ElementItem::isContainer(ei->element().kind) && !exclude.count(ei->id()) &&
            ei->sceneBoundingRectOfElement().contains(pos))
            return ei;
    }
    return nullptr;
}

DiagramScene::Placement DiagramScene::placementFor(ElementKind kind, const QPointF& pos,
                                                   const std::set<std::string>& exclude) const
{
    const Design& d = m_document->design();
    ElementItem* under = containerAt(pos, exclude);
    Placement p;
    if (!under) {
        if (KindRegistry::canNest(kind, std::nullopt)) {
            p.ok = true;
            return p;
        }
        p.reason = tr("%1 goes inside %2.").arg(KindNames::name(kind), parentNames(kind));
        return p;
    }
    for (const Element* c = d.element(under->id()); c; c = d.element(c->parent)) {
        if (KindRegistry::canNest(kind, c->kind)) {
            p.ok = true;
            p.parent = c->id;
            return p;
        }
    }
    p.reason = tr("%1 cannot go inside %2 (%3); it goes inside %4.")
                   .arg(KindNames::name(kind), qs(under->element().label()),
                        KindNames::name(under->element().kind), parentNames(kind));
    return p;
}

bool DiagramScene::placeNew(ElementKind kind, const QPointF& pos)
{
    const Placement where = placementFor(kind, pos);
    if (!where.ok) {
        showHint(where.reason, pos, true);
        QTimer::singleShot(3500, this, [this] { hideHint(); });
        return false;
    }
    const Design& d = m_document->design();
    Element e;
    e.kind = kind;
    e.id = d.uniqueId(idStemFor(kind));
    e.name = e.id;
    e.parent = where.parent;
    const Element* parent = d.element(e.parent);
    e.properties = NewElement::properties(kind, parent ? std::optional<ElementKind>(parent->kind)
                                                       : std::nullopt);
    const QSizeF size = defaultSize(kind);
    const QPointF topLeft = snapped(pos - QPointF(size.width() / 2, size.height() / 2));
    e.geometry = {topLeft.x(), topLeft.y(), size.width(), size.height()};
    // The status bar says what happened, replacing a refusal seen on the way.
    emit message(parent ? tr("Added %1 to %2.").arg(qs(e.id), qs(parent->label()))
                        : tr("Added %1.").arg(qs(e.id)));
    m_document->push(new AddElementCommand(m_document, e, ContainerFit::grow(d, {e})));
    selectIds({e.id});
    hideHint();
    return true;
}

void DiagramScene::showHint(const QString& text, const QPointF& at, bool refused)
{
    m_hint->setHint(text, refused);
    m_hint->setPos(at);
    if (!views().isEmpty()) {
        const QGraphicsView* v = views().front();
        const QPoint p = v->mapFromScene(at);
        const QSizeF box = m_hint->boxSize();
        // Keep clear of the minimap in the bottom-right corner too.
        const int right = v->viewport()->width() - 8;
        const int bottom = v->viewport()->height() - 160;
        m_hint->placeBox(p.x() + 16 + box.width() > right, p.y() + 18 + box.height() > bottom);
    }
    m_hint->setVisible(true);
    emit message(text);
}

void DiagramScene::hideHint()
{
    m_hint->setVisible(false);
}

void DiagramScene::setTargetHighlight(const std::string& id, bool accepted)
{
    if (!m_highlighted.empty())
        if (ElementItem* old = item(m_highlighted))
            old->setHighlight(ElementItem::Highlight::None);
    m_highlighted = id;
    if (ElementItem* i = item(id))
        i->setHighlight(accepted ? ElementItem::Highlight::Accept : ElementItem::Highlight::Refuse);
}

void DiagramScene::previewGeometry(const std::string& id, const QRectF& rect)
{
    ElementItem* i = item(id);
    if (!i)
        return;
    Element e = i->element();
    e.geometry = {rect.x(), rect.y(), rect.width(), rect.height(), e.geometry.z};
    i->setElement(e);
    if (m_previewed.insert(id).second)
        i->setZValue(i->zValue() + 5000); // what is dragged stays above what it passes over
    updateLinksOf(id);
}

void DiagramScene::endPreview()
{
    const Design& d = m_document->design();
    const std::set<std::string> previewed = std::move(m_previewed);
    m_previewed.clear();
    for (const auto& id : previewed)
        if (const Element* e = d.element(id); e && item(id)) {
            item(id)->setElement(*e);
            updateDepth(item(id));
            updateLinksOf(id);
        }
    setTargetHighlight({}, false);
    hideHint();
}

void DiagramScene::renderOverview(QPainter* painter, const QRectF& target, const QRectF& source)
{
    // A simplified picture, as QGraphicsScene::render would place it (aspect kept, centred):
    // at overview scale a card is a few pixels, so every element is a plain rectangle and every
    // link a hairline. Painting the items themselves took 40 ms at 10,000 elements, after
    // every edit. Transient and screen-sized things (hints, endpoints, path badges) stay out.
    if (source.isEmpty() || target.isEmpty())
        return;
    painter->save();
    const double s = std::min(target.width() / source.width(), target.height() / source.height());
    painter->translate(target.center());
    painter->scale(s, s);
    painter->translate(-source.center());
    painter->setClipRect(source);
    painter->setRenderHint(QPainter::Antialiasing, false);
    // Containers first, outer before inner (their stacking order), then cards.
    std::vector<const ElementItem*> order;
    order.reserve(static_cast<std::size_t>(m_items.size()));
    for (const ElementItem* item : std::as_const(m_items))
        if (item->isVisible())
            order.push_back(item);
    std::stable_sort(order.begin(), order.end(), [](const ElementItem* a, const ElementItem* b) {
        const bool ca = ElementItem::isContainer(a->element().kind);
        const bool cb = ElementItem::isContainer(b->element().kind);
        if (ca != cb)
            return ca;
        return a->zValue() < b->zValue();
    });
    for (const ElementItem* item : order) {
        if (!ElementItem::isContainer(item->element().kind))
            break;
        item->paintOverview(painter, s);
    }
    // Links only while they can be told apart: far out, hub-to-spoke lines would grey it all.
    QColor linkColour = CanvasTheme::current().subtleText;
    linkColour.setAlphaF(0.6);
    painter->setPen(QPen(linkColour, 0));
    for (const LinkItem* link : std::as_const(m_links))
        if (link->isVisible() && s >= 0.08)
            painter->drawPolyline(link->mapToScene(link->polyline()));
    for (const ElementItem* item : order)
        if (!ElementItem::isContainer(item->element().kind))
            item->paintOverview(painter, s);
    painter->restore();
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !tool()->mousePress(event))
        event->ignore(); // the view pans or starts a rubber band
    else
        event->accept();
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    tool()->mouseMove(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    tool()->mouseRelease(event);
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    tool()->mouseDoubleClick(event);
}

bool DiagramScene::cancelToolOperation()
{
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    return tool()->keyPress(&escape);
}

void DiagramScene::keyPressEvent(QKeyEvent* event)
{
    if (tool()->keyPress(event))
        return;
    if (event->key() == Qt::Key_Escape && m_toolKind != ToolKind::Select) {
        setTool(ToolKind::Select);
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

void DiagramScene::drawBackground(QPainter* painter, const QRectF& rect)
{
    const CanvasTheme& theme = CanvasTheme::current();
    painter->fillRect(rect, theme.background);
    if (!m_gridVisible)
        return;
    // Dots at grid intersections; skipped when zoomed out so far that they would be a wash.
    const double scale = painter->worldTransform().m11();
    double step = m_gridSize;
    while (step * scale < 8)
        step *= 5;
    painter->setPen(QPen(theme.grid, 1.5 / scale));
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QPointF> dots;
    for (double x = left; x < rect.right(); x += step)
        for (double y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    painter->drawPoints(dots.constData(), static_cast<int>(dots.size()));
}

} // namespace kg::ui
