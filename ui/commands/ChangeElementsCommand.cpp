#include "commands/ChangeElementsCommand.h"

#include "model/ChangeElementsEdit.h"

namespace kg::ui {

ChangeElementsCommand::ChangeElementsCommand(DesignDocument* document,
                                             std::vector<std::pair<Element, Element>> changes,
                                             CommandLabel label, Merge merge,
                                             std::map<std::string, std::vector<RoutePoint>> routes)
    : DesignCommand(document, std::make_unique<ChangeElementsEdit>(changes, label().toStdString(),
                                                                   std::move(routes))),
      m_changes(std::move(changes)), m_merge(merge)
{
    setLabel(std::move(label));
}

bool ChangeElementsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeElementsCommand*>(other);
    if (next->variant() != variant() || next->m_changes.size() != m_changes.size())
        return false;
    for (std::size_t i = 0; i < m_changes.size(); ++i)
        if (next->m_changes[i].first.id != m_changes[i].first.id ||
            next->m_changes[i].first != m_changes[i].second)
            return false;
    // One step from the first nudge's before to the last nudge's after. The edit replays the
    // merged change; this command's own redo has already run for the first part.
    std::vector<std::pair<Element, Element>> merged;
    for (std::size_t i = 0; i < m_changes.size(); ++i)
        merged.emplace_back(m_changes[i].first, next->m_changes[i].second);
    m_changes = std::move(merged);
    auto edit = std::make_unique<ChangeElementsEdit>(m_changes, text().toStdString());
    edit->takeLinksFrom(*static_cast<const ChangeElementsEdit*>(this->edit()),
                        *static_cast<const ChangeElementsEdit*>(next->edit()));
    replaceEdit(std::move(edit));
    return true;
}

} // namespace kg::ui
