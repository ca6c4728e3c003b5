// DiagramScene's build-up for presentations: a design revealed element by element.
#include "canvas/DiagramScene.h"
#include "canvas/ElementItem.h"
#include "canvas/EndpointItem.h"
#include "canvas/LinkItem.h"
#include "document/DesignDocument.h"

namespace kg::ui {

void DiagramScene::setBuildUp(std::optional<std::set<std::string>> shown)
{
    m_buildUp = std::move(shown);
    applyBuildUp();
}

void DiagramScene::applyBuildUp()
{
    const Design& d = m_document->design();
    auto shown = [this](const std::string& id) { return !m_buildUp || m_buildUp->count(id) > 0; };
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setVisible(shown(it.key().toStdString()));
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        const Link* l = d.link(it.key().toStdString());
        it.value()->setVisible(!m_buildUp || (l && shown(l->from) && shown(l->to)));
    }
    for (EndpointItem* e : m_endpoints)
        e->setVisible(shown(e->cluster()));
    if (m_buildUp)
        clearPaths(); // a path through what is not yet shown would give the story away
}

} // namespace kg::ui
