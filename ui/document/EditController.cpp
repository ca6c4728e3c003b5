#include "document/EditController.h"

#include "ActionRegistry.h"
#include "Application.h"
#include "canvas/DiagramScene.h"
#include "canvas/ElementItem.h"
#include "commands/AddItemsCommand.h"
#include "commands/ChangeElementsCommand.h"
#include "commands/DeleteItemsCommand.h"
#include "document/DesignDocument.h"
#include "document/DesignMimeData.h"
#include "layout/TidyLayout.h"
#include "model/AddItemsEdit.h"
#include "model/ContainerFit.h"
#include "model/DesignChecker.h"
#include "model/KindRegistry.h"
#include "model/Limits.h"

#include <QAction>
#include <QClipboard>
#include <QCursor>
#include <QGraphicsItem>
#include <QGuiApplication>
#include <algorithm>
#include <map>
#include <set>

namespace kg::ui {

EditController::EditController(DesignDocument* document, DiagramScene* scene, QObject* parent)
    : QObject(parent), m_document(document), m_scene(scene)
{
    // Pasting the same copy again steps each paste aside; a new copy starts over.
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            [this] { m_pasteCount = 0; });
}

void EditController::addActions(ActionRegistry& a, const QIcon& deleteIcon)
{
    connect(a.add(QStringLiteral("edit.cut"), [] { return tr("Cu&t"); }, {QKeySequence::Cut}),
            &QAction::triggered, this, &EditController::cut);
    connect(a.add(QStringLiteral("edit.copy"), [] { return tr("&Copy"); }, {QKeySequence::Copy}),
            &QAction::triggered, this, &EditController::copy);
    connect(a.add(QStringLiteral("edit.copyImage"), [] { return tr("Copy as &Image"); },
                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}),
            &QAction::triggered, this, &EditController::copyAsImage);
    connect(a.add(QStringLiteral("edit.paste"), [] { return tr("&Paste"); }, {QKeySequence::Paste}),
            &QAction::triggered, this, &EditController::paste);
    connect(a.add(QStringLiteral("edit.duplicate"), [] { return tr("D&uplicate"); },
                  {QKeySequence(Qt::CTRL | Qt::Key_D)}),
            &QAction::triggered, this, &EditController::duplicate);
    connect(a.add(
                QStringLiteral("edit.delete"), [] { return tr("&Delete"); },
                {QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)}, deleteIcon),
            &QAction::triggered, this, &EditController::deleteSelection);
    connect(a.add(QStringLiteral("edit.selectAll"), [] { return tr("Select &All"); },
                  {QKeySequence::SelectAll}),
            &QAction::triggered, this, &EditController::selectAll);
    using Al = EditController::Align;
    const std::pair<const char*, Al> aligns[] = {
        {QT_TR_NOOP("Align &Left"), Al::Left},      {QT_TR_NOOP("Align &Centre"), Al::HCenter},
        {QT_TR_NOOP("Align &Right"), Al::Right},    {QT_TR_NOOP("Align &Top"), Al::Top},
        {QT_TR_NOOP("Align &Middle"), Al::VCenter}, {QT_TR_NOOP("Align &Bottom"), Al::Bottom}};
    const char* alignIds[] = {"edit.alignLeft", "edit.alignCentre", "edit.alignRight",
                              "edit.alignTop",  "edit.alignMiddle", "edit.alignBottom"};
    for (int i = 0; i < 6; ++i) {
        const Al how = aligns[i].second;
        connect(a.add(QString::fromLatin1(alignIds[i]),
                      [source = aligns[i].first] { return tr(source); }),
                &QAction::triggered, this, [this, how] { align(how); });
    }
    connect(
        a.add(QStringLiteral("edit.distributeH"), [] { return tr("Distribute &Horizontally"); }),
        &QAction::triggered, this, [this] { distribute(Distribute::Horizontally); });
    connect(a.add(QStringLiteral("layout.tidy"), [] { return tr("&Tidy Layout"); },
                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}),
            &QAction::triggered, this, &EditController::tidy);
    connect(a.add(QStringLiteral("edit.distributeV"), [] { return tr("Distribute &Vertically"); }),
            &QAction::triggered, this, [this] { distribute(Distribute::Vertically); });
    connect(a.add(QStringLiteral("layout.front"), [] { return tr("Bring to &Front"); },
                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Home)}),
            &QAction::triggered, this, [this] { restack(true); });
    connect(a.add(QStringLiteral("layout.back"), [] { return tr("Send to &Back"); },
                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_End)}),
            &QAction::triggered, this, [this] { restack(false); });
}

void EditController::restack(bool front)
{
    const Design& d = m_document->design();
    const auto roots = m_scene->selectedRoots();
    if (roots.empty()) {
        emit message(tr("Select the elements to bring to the front or send to the back."));
        return;
    }
    // Per container: the selected ones take the places above (or below) all their siblings,
    // in the order they were stacked.
    std::map<std::string, std::vector<const Element*>> chosen;
    for (const auto& id : roots)
        if (const Element* e = d.element(id))
            chosen[e->parent].push_back(e);
    std::vector<std::pair<Element, Element>> changes;
    for (auto& [parent, elements] : chosen) {
        std::set<std::string> selected;
        for (const Element* e : elements)
            selected.insert(e->id);
        int edge = 0;
        bool others = false;
        for (const Element* sibling : d.children(parent)) {
            if (selected.count(sibling->id))
                continue;
            const int z = sibling->geometry.z;
            edge = !others ? z : front ? std::max(edge, z) : std::min(edge, z);
            others = true;
        }
        std::stable_sort(elements.begin(), elements.end(), [](const Element* a, const Element* b) {
            return a->geometry.z < b->geometry.z;
        });
        const int n = static_cast<int>(elements.size());
        for (int i = 0; i < n; ++i) {
            Element after = *elements[static_cast<std::size_t>(i)];
            const int z = front ? edge + 1 + i : edge - n + i;
            after.geometry.z = std::clamp(z, -limits::kMaxStacking, limits::kMaxStacking);
            if (after.geometry.z != elements[static_cast<std::size_t>(i)]->geometry.z)
                changes.emplace_back(*elements[static_cast<std::size_t>(i)], std::move(after));
        }
    }
    if (changes.empty()) {
        emit message(front ? tr("Already in front.") : tr("Already at the back."));
        return;
    }
    m_document->push(new ChangeElementsCommand(m_document, std::move(changes), [front] {
        return front ? tr("Bring to front") : tr("Send to back");
    }));
}

void EditController::tidy()
{
    const Design& d = m_document->design();
    const auto roots = m_scene->selectedRoots();
    TidyLayout::Arrangement arranged;
    {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        arranged = TidyLayout::layout(d, roots);
        QGuiApplication::restoreOverrideCursor();
    }
    if (arranged.elements.empty() && arranged.routes.empty()) {
        emit message(tr("The layout is already tidy."));
        return;
    }
    std::map<std::string, Element> after;
    for (auto& e : arranged.elements)
        after[e.id] = std::move(e);
    auto changes = ContainerFit::changes(d, std::move(after));
    const int tidied = static_cast<int>(roots.size());
    CommandLabel label = [tidied] {
        return tidied == 0 ? tr("Tidy the layout")
                           : tr("Tidy the layout of %n element(s)", nullptr, tidied);
    };
    const int moved = static_cast<int>(changes.size());
    m_document->push(new ChangeElementsCommand(m_document, std::move(changes), label,
                                               ChangeElementsCommand::Merge::Never,
                                               std::move(arranged.routes)));
    emit message(tr("Tidied: %n element(s) placed by Graphviz.", nullptr, moved));
    std::vector<std::string> shown = roots;
    if (shown.empty())
        for (const auto& e : d.elements())
            if (e.parent.empty())
                shown.push_back(e.id);
    emit placed(shown);
}

void EditController::copy()
{
    copyToClipboard(true);
}

void EditController::copyAsImage()
{
    copyToClipboard(false);
}

void EditController::copyToClipboard(bool data)
{
    const Design& d = m_document->design();
    if (d.elements().empty()) {
        emit message(tr("Nothing to copy: the design is empty."));
        return;
    }
    // The selection, or the whole design when nothing is selected.
    const auto ids = m_scene->selectedElementIds();
    auto* mime = new DesignMimeData(d, ids, data, m_document);
    const int count = static_cast<int>(mime->fragment().elements.size());
    QGuiApplication::clipboard()->setMimeData(mime); // the clipboard owns it
    m_pasteCount = 0;
    if (!data)
        emit message(ids.empty() ? tr("Copied a picture of the whole design.")
                                 : tr("Copied a picture of %n element(s).", nullptr, count));
    else
        emit message(ids.empty()
                         ? tr("Copied the whole design (%n element(s)) as a Kubegate fragment, "
                              "its text and PNG and SVG pictures.",
                              nullptr, count)
                         : tr("Copied %n element(s) as a Kubegate fragment, its text and PNG and "
                              "SVG pictures.",
                              nullptr, count));
}

void EditController::cut()
{
    if (m_scene->selectedElementIds().empty())
        return;
    copy();
    deleteSelection();
}

void EditController::addFragment(const Fragment& source, std::optional<double> offset,
                                 CommandLabel label)
{
    const Design& d = m_document->design();
    // Into the selected container when one is selected (and the copy is not that container).
    std::string target;
    const auto selected = m_scene->selectedElementIds();
    if (selected.size() == 1)
        if (const Element* e = d.element(selected.front());
            e && KindRegistry::info(e->kind).container)
            target = e->id;
    double dx = offset.value_or(0), dy = offset.value_or(0);
    if (!offset) {
        // From elsewhere (another design, text, cloud JSON): its coordinates mean nothing here,
        // so it goes where it covers nothing: below what the chosen container holds, or to the
        // right of the whole design.
        std::set<std::string> own;
        for (const auto& e : source.elements)
            own.insert(e.id);
        double left = 1e300, top = 1e300;
        for (const auto& e : source.elements)
            if (!own.count(e.parent)) {
                left = std::min(left, e.geometry.x);
                top = std::min(top, e.geometry.y);
            }
        double x = 0, y = 0;
        if (const Element* t = d.element(target)) {
            x = t->geometry.x + ContainerFit::kMargin;
            y = t->geometry.y + ContainerFit::kHeader;
            for (const Element* c : d.children(target))
                y = std::max(y, c->geometry.y + c->geometry.height + ContainerFit::kMargin);
        } else if (!d.elements().empty()) {
            double right = -1e300;
            y = 1e300;
            for (const auto& e : d.elements())
                if (e.parent.empty()) {
                    right = std::max(right, e.geometry.x + e.geometry.width);
                    y = std::min(y, e.geometry.y);
                }
            x = right + 80;
        }
        if (left < 1e300) {
            dx = x - left;
            dy = y - top;
        }
    }
    Fragment placed = source.instantiate(d, dx, dy, target);
    if (placed.empty()) {
        emit message(tr("Nothing to paste here: the copied elements do not fit in this place."));
        return;
    }
    // What comes from the clipboard may come from anywhere: the pasted items must leave a
    // design the loader would accept, or nothing is pasted.
    if (const QString why = problemWith(d, placed); !why.isEmpty()) {
        emit refused(tr("Nothing was pasted"), why);
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
    m_document->push(new AddItemsCommand(m_document, placed, grown, std::move(label)));
    std::vector<std::string> select;
    for (const auto& e : placed.elements)
        if (!ids.count(e.parent))
            select.push_back(e.id);
    m_scene->selectIds(select);
    emit EditController::placed(select);
}

void EditController::paste()
{
    QString error;
    const auto decoded =
        DesignMimeData::decode(QGuiApplication::clipboard()->mimeData(), &error, m_document);
    if (!decoded) {
        emit refused(tr("Nothing was pasted"), error);
        return;
    }
    // A copy made in this program lands beside its original, each paste a step further; one
    // from elsewhere where it covers nothing.
    std::optional<double> offset;
    if (decoded->local)
        offset = 20.0 * ++m_pasteCount;
    const int pasted = static_cast<int>(decoded->fragment.elements.size());
    addFragment(decoded->fragment, offset,
                [pasted] { return tr("Paste %n element(s)", nullptr, pasted); });
    if (!decoded->notes.empty())
        emit message(tr("Pasted %1; %2")
                         .arg(decoded->source, Application::render(decoded->notes.front(), {})));
}

QString EditController::problemWith(const Design& design, const Fragment& placed)
{
    Design trial = design;
    AddItemsEdit(placed.elements, placed.links, {}).apply(trial);
    std::set<std::string> added;
    for (const auto& e : placed.elements)
        added.insert(e.id);
    for (const auto& l : placed.links)
        added.insert(l.id);
    QStringList lines;
    for (const auto& p : DesignChecker::check(trial, 50))
        if (added.count(p.itemId) && lines.size() < 3)
            lines << tr("%1 (%2): %3")
                         .arg(QString::fromStdString(p.itemId), QString::fromStdString(p.field),
                              Application::render(p.text, {}));
    return lines.join(QLatin1Char('\n'));
}

void EditController::duplicate()
{
    const auto ids = m_scene->selectedElementIds();
    if (ids.empty())
        return;
    const Fragment f = Fragment::extract(m_document->design(), ids);
    const int duplicated = static_cast<int>(f.elements.size());
    addFragment(f, 20.0,
                [duplicated] { return tr("Duplicate %n element(s)", nullptr, duplicated); });
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
    const char* name = names[static_cast<int>(how)];
    m_document->push(
        new ChangeElementsCommand(m_document, std::move(changes), [name] { return tr(name); }));
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
    m_document->push(new ChangeElementsCommand(m_document, std::move(changes), [horizontal] {
        return horizontal ? tr("Distribute horizontally") : tr("Distribute vertically");
    }));
}

} // namespace kg::ui
