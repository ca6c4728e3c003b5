#include "canvas/CanvasContextMenu.h"

#include "ActionRegistry.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/ElementItem.h"
#include "canvas/LinkItem.h"
#include "document/ComparisonController.h"
#include "document/DesignDocument.h"
#include "document/PathController.h"
#include "model/AccessMode.h"
#include "panels/AccessModeEditor.h"

#include <QAction>
#include <QMenu>
#include <algorithm>

namespace kg::ui {

CanvasContextMenu::CanvasContextMenu(ActionRegistry* actions, DesignDocument* document,
                                     DiagramScene* scene, DiagramView* view, PathController* paths,
                                     ComparisonController* comparison)
    : QObject(view), m_actions(actions), m_document(document), m_scene(scene), m_view(view),
      m_paths(paths), m_comparison(comparison)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu* menu = build(at);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(at));
    });
}

QMenu* CanvasContextMenu::build(const QPoint& viewPos)
{
    auto* menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("canvasContextMenu"));
    auto act = [this](const char* id) { return m_actions->action(QString::fromLatin1(id)); };
    // The topmost element or link under the click (a badge or label belongs to its card;
    // overlays such as paths and chips are looked through).
    std::string element;
    std::string link;
    for (QGraphicsItem* top : m_view->items(viewPos)) {
        for (QGraphicsItem* item = top; item && element.empty() && link.empty();
             item = item->parentItem()) {
            if (item->type() == ElementItem::Type)
                element = static_cast<ElementItem*>(item)->id();
            else if (item->type() == LinkItem::Type)
                link = static_cast<LinkItem*>(item)->id();
        }
        if (!element.empty() || !link.empty())
            break;
    }
    const std::vector<std::string> selected = m_scene->selectedIds();
    const std::string clicked = !element.empty() ? element : link;
    if (!clicked.empty() && std::find(selected.begin(), selected.end(), clicked) == selected.end())
        m_scene->selectIds({clicked});

    if (!element.empty()) {
        const QString id = QString::fromStdString(element);
        menu->addAction(tr("&Rename"), this, [this, id] { emit m_scene->elementActivated(id); });
        menu->addAction(tr("&Properties"), this,
                        [this, id] { emit m_scene->propertiesRequested(id); });
        if (const Element* e = m_document->design().element(element);
            e && !AccessMode::presetsFor(e->kind).empty()) {
            addAccessModes(menu, element);
            addWhatIf(menu, element);
        }
        menu->addAction(tr("Co&nnect From Here"), this, [this, element] {
            // Through the tool action, so that the toolbar shows the connect tool.
            m_actions->action(QStringLiteral("tool.connect"))->trigger();
            m_scene->connectFrom(element);
        });
        menu->addSeparator();
        addExplain(menu, element);
        for (const char* id2 : {"view.paths", "view.walkthrough", "view.zoomSelection"})
            menu->addAction(act(id2));
        menu->addSeparator();
        for (const char* id2 : {"layout.front", "layout.back"})
            menu->addAction(act(id2));
        menu->addSeparator();
        for (const char* id2 : {"edit.cut", "edit.copy", "edit.duplicate", "edit.delete"})
            menu->addAction(act(id2));
        return menu;
    }
    if (!link.empty()) {
        menu->addAction(tr("&Properties"), this, [this, link] { m_scene->selectIds({link}); });
        menu->addSeparator();
        menu->addAction(act("edit.delete"));
        return menu;
    }
    for (const char* id : {"edit.paste", "edit.selectAll", "edit.find"})
        menu->addAction(act(id));
    menu->addSeparator();
    menu->addAction(act("tool.connect"));
    menu->addSeparator();
    for (const char* id : {"view.fit", "view.actualSize"})
        menu->addAction(act(id));
    return menu;
}

void CanvasContextMenu::addExplain(QMenu* menu, const std::string& id)
{
    const Analysis& a = m_document->analysis();
    const bool client = std::find(a.clients.begin(), a.clients.end(), id) != a.clients.end();
    const bool cluster = std::find(a.clusters.begin(), a.clusters.end(), id) != a.clusters.end();
    if (!client && !cluster)
        return;
    QMenu* sub = menu->addMenu(client ? tr("&Explain Path To") : tr("&Explain Path From"));
    const std::vector<std::string>& others = client ? a.clusters : a.clients;
    constexpr std::size_t kMax = 40; // a menu, not a list: the access matrix has them all
    for (std::size_t i = 0; i < others.size() && i < kMax; ++i) {
        const std::string other = others[i];
        if (other.find('/') != std::string::npos)
            continue; // implicit nodes of a cluster
        const Element* e = m_document->design().element(other);
        sub->addAction(QString::fromStdString(e ? e->label() : other), this,
                       [this, id, other, client] {
                           if (client)
                               m_paths->showPair(id, other);
                           else
                               m_paths->showPair(other, id);
                       });
    }
    sub->setEnabled(!sub->actions().isEmpty());
}

void CanvasContextMenu::addWhatIf(QMenu* menu, const std::string& clusterId)
{
    const Element* cluster = m_document->design().element(clusterId);
    QMenu* whatIf = menu->addMenu(tr("What &If"));
    whatIf->setToolTip(tr("What another access mode would change, without changing the design"));
    const std::optional<AccessSettings> now = AccessMode::detect(*cluster);
    for (AccessPreset preset : AccessMode::presetsFor(cluster->kind)) {
        if (now && now->preset == preset)
            continue;
        QAction* a = whatIf->addAction(AccessModeEditor::presetName(preset));
        connect(a, &QAction::triggered, this, [this, clusterId, preset] {
            const Element* c = m_document->design().element(clusterId);
            if (!c)
                return;
            AccessSettings settings = AccessMode::detect(*c).value_or(AccessSettings{});
            settings.preset = preset;
            m_comparison->whatIf(clusterId, settings);
        });
    }
}

void CanvasContextMenu::addAccessModes(QMenu* menu, const std::string& clusterId)
{
    const Element* cluster = m_document->design().element(clusterId);
    QMenu* modes = menu->addMenu(tr("&Access Mode"));
    const std::optional<AccessSettings> now = AccessMode::detect(*cluster);
    for (AccessPreset preset : AccessMode::presetsFor(cluster->kind)) {
        QAction* a = modes->addAction(AccessModeEditor::presetName(preset));
        a->setCheckable(true);
        a->setChecked(now && now->preset == preset);
        connect(a, &QAction::triggered, this, [this, clusterId, preset] {
            const Element* c = m_document->design().element(clusterId);
            if (!c)
                return;
            // The zone and public FQDN stay as they are; only the mode changes.
            AccessSettings settings = AccessMode::detect(*c).value_or(AccessSettings{});
            settings.preset = preset;
            AccessModeEditor::applyTo(m_document, clusterId, settings);
        });
    }
}

} // namespace kg::ui
