#include "tools/SelectTool.h"

#include "canvas/DiagramScene.h"
#include "canvas/ElementItem.h"
#include "canvas/GuideItem.h"
#include "canvas/LinkItem.h"
#include "commands/ChangeElementsCommand.h"
#include "document/DesignDocument.h"
#include "model/ContainerFit.h"
#include "model/KindRegistry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <map>

namespace kg::ui {

namespace {

constexpr double kMinCardWidth = 120;
constexpr double kMinCardHeight = 48;

} // namespace

bool SelectTool::mousePress(QGraphicsSceneMouseEvent* event)
{
    DiagramScene* s = scene();
    const QPointF pos = event->scenePos();
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    m_pressPos = pos;

    // The resize handle of a selected element wins over what lies beneath it.
    for (const auto& id : s->selectedElementIds()) {
        ElementItem* i = s->item(id);
        if (i && i->resizeHandle().translated(i->pos()).contains(pos)) {
            m_mode = Mode::Resizing;
            m_primary = id;
            m_resizeRect = i->sceneBoundingRectOfElement();
            return true;
        }
    }
    QGraphicsItem* picked = s->pickAt(pos);
    if (picked && picked->type() == LinkItem::Type) {
        if (!toggle)
            s->clearSelection();
        picked->setSelected(toggle ? !picked->isSelected() : true);
        m_mode = Mode::Idle;
        return true;
    }
    auto* hit = static_cast<ElementItem*>(picked);
    if (!hit) {
        if (!toggle)
            s->clearSelection();
        m_mode = Mode::Idle;
        return false; // the view draws a rubber band
    }
    if (toggle) {
        hit->setSelected(!hit->isSelected());
        m_mode = Mode::Idle;
        return true;
    }
    if (!hit->isSelected()) {
        s->clearSelection();
        hit->setSelected(true);
    }
    m_primary = hit->id();
    m_mode = Mode::Pressed;
    return true;
}

void SelectTool::startMove()
{
    const Design& d = scene()->document()->design();
    m_roots = scene()->selectedRoots();
    m_moving.clear();
    m_movingSet.clear();
    for (const auto& r : m_roots)
        for (auto& id : d.subtree(r))
            if (m_movingSet.insert(id).second)
                m_moving.push_back(id);
    m_mode = Mode::Moving;
}

void SelectTool::mouseMove(QGraphicsSceneMouseEvent* event)
{
    DiagramScene* s = scene();
    const QPointF pos = event->scenePos();
    if (m_mode == Mode::Pressed) {
        const QPoint screenDelta = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
        if (screenDelta.manhattanLength() < QApplication::startDragDistance())
            return;
        startMove();
    }
    const Design& d = s->document()->design();
    if (m_mode == Mode::Resizing) {
        const Element* e = d.element(m_primary);
        if (!e)
            return;
        double minW = kMinCardWidth;
        double minH = kMinCardHeight;
        if (ElementItem::isContainer(e->kind)) {
            const Rect min = ContainerFit::minimumFor(d, *e);
            minW = std::max(minW, min.width);
            minH = std::max(minH, min.height);
        }
        const QPointF corner = s->snapped(pos);
        m_resizeRect =
            QRectF(e->geometry.x, e->geometry.y, std::max(minW, corner.x() - e->geometry.x),
                   std::max(minH, corner.y() - e->geometry.y));
        s->previewGeometry(m_primary, m_resizeRect);
        return;
    }
    if (m_mode != Mode::Moving)
        return;
    // The primary element's corner follows the grid; everything else keeps its offset.
    const Element* primary = d.element(m_primary);
    if (!primary)
        return;
    const QPointF start(primary->geometry.x, primary->geometry.y);
    m_delta = s->snapped(start + (pos - m_pressPos)) - start;
    // Where the primary element would land.
    const DiagramScene::Placement where = s->placementFor(primary->kind, pos, m_movingSet);
    // Lined up with the neighbours where it lands (edges, centres, equal gaps) when close
    // enough: that wins over the grid. Alt moves past the guides.
    if (event->modifiers() & Qt::AltModifier)
        showGuides({});
    else
        m_delta += snapToNeighbours(where.ok ? where.parent : primary->parent);
    for (const auto& id : m_moving)
        if (const Element* e = d.element(id))
            s->previewGeometry(id, DiagramScene::rectOf(*e).translated(m_delta));
    m_dropOk = where.ok;
    m_dropParent = where.parent;
    const bool reNest = where.ok && where.parent != primary->parent;
    if (!where.ok) {
        ElementItem* under = s->containerAt(pos, m_movingSet);
        s->setTargetHighlight(under ? under->id() : std::string(), false);
        s->showHint(where.reason, pos, true);
    } else if (reNest) {
        s->setTargetHighlight(where.parent, true);
        const Element* target = d.element(where.parent);
        s->showHint(target ? tr("Move into %1").arg(QString::fromStdString(target->label()))
                           : tr("Move out to the top level"),
                    pos, false);
    } else {
        s->setTargetHighlight({}, false);
        s->hideHint();
    }
}

QPointF SelectTool::snapToNeighbours(const std::string& parent)
{
    DiagramScene* s = scene();
    const Design& d = s->document()->design();
    QRectF box;
    for (const auto& id : m_roots)
        if (const Element* e = d.element(id))
            box |= DiagramScene::rectOf(*e).translated(m_delta);
    std::vector<QRectF> others;
    for (const Element* c : d.children(parent))
        if (!m_movingSet.count(c->id))
            others.push_back(DiagramScene::rectOf(*c));
    // About six pixels on screen, whatever the zoom.
    const double zoom = s->views().isEmpty() ? 1.0 : s->views().front()->transform().m11();
    const AlignmentGuides::Result snapped = AlignmentGuides::snap(box, others, 6.0 / zoom);
    showGuides(snapped);
    return snapped.offset;
}

void SelectTool::showGuides(const AlignmentGuides::Result& guides)
{
    if (!m_guides) {
        if (guides.lines.empty() && guides.spacing.empty())
            return;
        m_guides = new GuideItem;
        scene()->addItem(m_guides);
    }
    m_guides->setGuides(guides.lines, guides.spacing);
    m_guides->setVisible(!guides.lines.empty() || !guides.spacing.empty());
}

void SelectTool::mouseRelease(QGraphicsSceneMouseEvent* event)
{
    if (m_mode == Mode::Moving)
        finishMove(event->scenePos());
    else if (m_mode == Mode::Resizing)
        finishResize();
    m_mode = Mode::Idle;
}

void SelectTool::finishMove(const QPointF& at)
{
    showGuides({});
    DiagramScene* s = scene();
    DesignDocument* doc = s->document();
    const Design& d = doc->design();
    const Element* primary = d.element(m_primary);
    if (!primary || !m_dropOk || (m_delta.isNull() && m_dropParent == primary->parent)) {
        if (primary && !m_dropOk)
            emit s->message(s->placementFor(primary->kind, at, m_movingSet).reason);
        s->endPreview();
        return;
    }
    const std::string newParent = m_dropParent;
    const Element* target = d.element(newParent);
    std::vector<Element> after;
    for (const auto& id : m_moving) {
        Element e = *d.element(id);
        e.geometry.x += m_delta.x();
        e.geometry.y += m_delta.y();
        const bool root = std::find(m_roots.begin(), m_roots.end(), id) != m_roots.end();
        if (root && newParent != e.parent &&
            KindRegistry::canNest(e.kind, target ? std::optional(target->kind) : std::nullopt))
            e.parent = newParent;
        after.push_back(std::move(e));
    }
    std::map<std::string, Element> byId;
    for (auto& e : after)
        byId[e.id] = std::move(e);
    auto changes = ContainerFit::changes(d, std::move(byId));
    const bool reNested = newParent != primary->parent;
    CommandLabel label;
    const QString moved = QString::fromStdString(primary->label());
    if (reNested && target)
        label = [moved, into = QString::fromStdString(target->label())] {
            return tr("Move %1 into %2").arg(moved, into);
        };
    else if (reNested)
        label = [moved] { return tr("Move %1 out of its container").arg(moved); };
    else
        label = [n = static_cast<int>(m_roots.size())] {
            return tr("Move %n element(s)", nullptr, n);
        };
    s->setTargetHighlight({}, false);
    s->hideHint();
    doc->push(new ChangeElementsCommand(doc, std::move(changes), std::move(label)));
    s->endPreview();
}

void SelectTool::finishResize()
{
    DiagramScene* s = scene();
    DesignDocument* doc = s->document();
    const Design& d = doc->design();
    const Element* e = d.element(m_primary);
    if (!e) {
        s->endPreview();
        return;
    }
    Element resized = *e;
    resized.geometry = {m_resizeRect.x(), m_resizeRect.y(), m_resizeRect.width(),
                        m_resizeRect.height(), e->geometry.z};
    if (resized == *e) {
        s->endPreview();
        return;
    }
    std::vector<std::pair<Element, Element>> changes{{*e, resized}};
    for (auto& g : ContainerFit::grow(d, {resized}))
        changes.emplace_back(*d.element(g.id), std::move(g));
    doc->push(new ChangeElementsCommand(
        doc, std::move(changes),
        [name = QString::fromStdString(e->label())] { return tr("Resize %1").arg(name); }));
    s->endPreview();
}

void SelectTool::mouseDoubleClick(QGraphicsSceneMouseEvent* event)
{
    if (ElementItem* hit = scene()->elementAt(event->scenePos()))
        emit scene()->elementActivated(QString::fromStdString(hit->id()));
}

void SelectTool::nudge(double dx, double dy)
{
    DiagramScene* s = scene();
    DesignDocument* doc = s->document();
    const Design& d = doc->design();
    m_primary.clear();
    const auto roots = s->selectedRoots();
    if (roots.empty())
        return;
    std::map<std::string, Element> after;
    for (const auto& id : roots)
        ContainerFit::shift(d, id, dx, dy, after);
    doc->push(new ChangeElementsCommand(
        doc, ContainerFit::changes(d, std::move(after)),
        [n = static_cast<int>(roots.size())] { return tr("Nudge %n element(s)", nullptr, n); },
        ChangeElementsCommand::Merge::Nudge));
}

bool SelectTool::keyPress(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_mode != Mode::Idle) {
        cancel();
        return true;
    }
    const double step = event->modifiers() & Qt::ShiftModifier ? scene()->gridSize() : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        nudge(-step, 0);
        return true;
    case Qt::Key_Right:
        nudge(step, 0);
        return true;
    case Qt::Key_Up:
        nudge(0, -step);
        return true;
    case Qt::Key_Down:
        nudge(0, step);
        return true;
    default:
        return false;
    }
}

void SelectTool::cancel()
{
    showGuides({});
    if (m_mode == Mode::Moving || m_mode == Mode::Resizing)
        scene()->endPreview();
    m_mode = Mode::Idle;
}

} // namespace kg::ui
