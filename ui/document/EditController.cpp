#include "document/EditController.h"

#include "canvas/DiagramScene.h"
#include "canvas/ElementItem.h"
#include "commands/AddItemsCommand.h"
#include "commands/ChangeElementsCommand.h"
#include "commands/DeleteItemsCommand.h"
#include "document/DesignDocument.h"
#include "model/ContainerFit.h"
#include "model/KindRegistry.h"

#include <QGraphicsItem>
#include <algorithm>
#include <map>
#include <set>

namespace kg::ui {

EditController::EditController(DesignDocument* document, DiagramScene* scene, QObject* parent)
    : QObject(parent), m_document(document), m_scene(scene)
{}

Fragment& EditController::clipboard()
{
    static Fragment fragment;
    return fragment;
}

void EditController::copy()
{
    const auto ids = m_scene->selectedElementIds();
    if (ids.empty())
        return;
    clipboard() = Fragment::extract(m_document->design(), ids);
    m_pasteCount = 0;
    emit message(
        tr("Copied %n element(s).", nullptr, static_cast<int>(clipboard().elements.size())));
}

void EditController::cut()
{
    if (m_scene->selectedElementIds().empty())
        return;
    copy();
    deleteSelection();
}

void EditController::addFragment(const Fragment& source, double offset, const QString& label)
{
    const Design& d = m_document->design();
    // Into the selected container when one is selected (and the copy is not that container).
    std::string target;
    const auto selected = m_scene->selectedElementIds();
    if (selected.size() == 1)
        if (const Element* e = d.element(selected.front());
            e && KindRegistry::info(e->kind).container)
            target = e->id;
    Fragment placed = source.instantiate(d, offset, offset, target);
    if (placed.empty()) {
        emit message(tr("Nothing to paste here: the copied elements do not fit in this place."));
        return;
    }
    // Grow containers that receive the copies.
    std::vector<Element> roots;
    std::set<std::string> ids;
    for (const auto& e : placed.elements)
        ids.insert(e.id);
    for (const auto& e : placed.elements)
        if (!ids.count(e.parent))
            roots.push_back(e);
    auto grown = ContainerFit::grow(d, roots);
    std::vector<std::string> newIds(ids.begin(), ids.end());
    m_document->undoStack()->beginMacro(label);
    if (!grown.empty()) {
        std::vector<std::pair<Element, Element>> changes;
        for (auto& g : grown)
            changes.emplace_back(*d.element(g.id), std::move(g));
        m_document->push(new ChangeElementsCommand(m_document, std::move(changes), label));
    }
    m_document->push(new AddItemsCommand(m_document, placed, label));
    m_document->undoStack()->endMacro();
    std::vector<std::string> select;
    for (const auto& e : placed.elements)
        if (!ids.count(e.parent))
            select.push_back(e.id);
    m_scene->selectIds(select);
}

void EditController::paste()
{
    if (clipboard().empty())
        return;
    ++m_pasteCount;
    addFragment(clipboard(), 20.0 * m_pasteCount,
                tr("Paste %n element(s)", nullptr, static_cast<int>(clipboard().elements.size())));
}

void EditController::duplicate()
{
    const auto ids = m_scene->selectedElementIds();
    if (ids.empty())
        return;
    const Fragment f = Fragment::extract(m_document->design(), ids);
    addFragment(f, 20.0,
                tr("Duplicate %n element(s)", nullptr, static_cast<int>(f.elements.size())));
}

void EditController::deleteSelection()
{
    const auto ids = m_scene->selectedIds();
    if (ids.empty())
        return;
    m_document->push(new DeleteItemsCommand(m_document, ids));
}

void EditController::selectAll()
{
    std::vector<std::string> ids;
    for (const auto& e : m_document->design().elements())
        ids.push_back(e.id);
    m_scene->selectIds(ids);
}

void EditController::align(Align how)
{
    const Design& d = m_document->design();
    const auto roots = m_scene->selectedRoots();
    if (roots.size() < 2) {
        emit message(tr("Select two or more elements to align."));
        return;
    }
    double minL = 1e18, maxR = -1e18, minT = 1e18, maxB = -1e18;
    for (const auto& id : roots) {
        const Rect& g = d.element(id)->geometry;
        minL = std::min(minL, g.x);
        maxR = std::max(maxR, g.x + g.width);
        minT = std::min(minT, g.y);
        maxB = std::max(maxB, g.y + g.height);
    }
    std::map<std::string, Element> after;
    for (const auto& id : roots) {
        const Rect& g = d.element(id)->geometry;
        double dx = 0, dy = 0;
        switch (how) {
        case Align::Left:
            dx = minL - g.x;
            break;
        case Align::HCenter:
            dx = (minL + maxR) / 2 - (g.x + g.width / 2);
            break;
        case Align::Right:
            dx = maxR - (g.x + g.width);
            break;
        case Align::Top:
            dy = minT - g.y;
            break;
        case Align::VCenter:
            dy = (minT + maxB) / 2 - (g.y + g.height / 2);
            break;
        case Align::Bottom:
            dy = maxB - (g.y + g.height);
            break;
        }
        if (dx != 0 || dy != 0)
            ContainerFit::shift(d, id, dx, dy, after);
    }
    auto changes = ContainerFit::changes(d, std::move(after));
    if (changes.empty())
        return;
    static const char* const names[] = {QT_TR_NOOP("Align left"),
                                        QT_TR_NOOP("Align centres horizontally"),
                                        QT_TR_NOOP("Align right"),
                                        QT_TR_NOOP("Align top"),
                                        QT_TR_NOOP("Align middles vertically"),
                                        QT_TR_NOOP("Align bottom")};
    m_document->push(new ChangeElementsCommand(m_document, std::move(changes),
                                               tr(names[static_cast<int>(how)])));
}

void EditController::distribute(Distribute how)
{
    const Design& d = m_document->design();
    auto roots = m_scene->selectedRoots();
    if (roots.size() < 3) {
        emit message(tr("Select three or more elements to distribute."));
        return;
    }
    const bool horizontal = how == Distribute::Horizontally;
    auto start = [&](const std::string& id) {
        const Rect& g = d.element(id)->geometry;
        return horizontal ? g.x : g.y;
    };
    auto extent = [&](const std::string& id) {
        const Rect& g = d.element(id)->geometry;
        return horizontal ? g.width : g.height;
    };
    std::sort(roots.begin(), roots.end(),
              [&](const std::string& a, const std::string& b) { return start(a) < start(b); });
    // Equal gaps between neighbours, the first and last staying where they are.
    double total = 0;
    for (const auto& id : roots)
        total += extent(id);
    const double span = start(roots.back()) + extent(roots.back()) - start(roots.front());
    const double gap = (span - total) / static_cast<double>(roots.size() - 1);
    std::map<std::string, Element> after;
    double cursor = start(roots.front());
    for (const auto& id : roots) {
        const double delta = cursor - start(id);
        if (delta != 0)
            ContainerFit::shift(d, id, horizontal ? delta : 0, horizontal ? 0 : delta, after);
        cursor += extent(id) + gap;
    }
    auto changes = ContainerFit::changes(d, std::move(after));
    if (changes.empty())
        return;
    m_document->push(new ChangeElementsCommand(m_document, std::move(changes),
                                               horizontal ? tr("Distribute horizontally")
                                                          : tr("Distribute vertically")));
}

} // namespace kg::ui
