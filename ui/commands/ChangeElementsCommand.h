#pragma once

#include "commands/DesignCommand.h"
#include "model/Element.h"
#include "model/Link.h"

#include <QString>
#include <map>
#include <string>
#include <vector>

namespace kg::ui {

// Replaces elements with new values in one undo step: a drag (move, re-nest, containers
// growing), a resize, align and distribute, a keyboard nudge. `label` is already translated by
// the caller, who knows what the change is. Keyboard nudges of the same elements merge.
class ChangeElementsCommand : public DesignCommand
{
public:
    enum class Merge { Never, Nudge };

    // `routes`: new routes for links (Layout > Tidy); other links' routes follow their ends
    // (ChangeElementsEdit).
    ChangeElementsCommand(DesignDocument* document,
                          std::vector<std::pair<Element, Element>> changes, CommandLabel label,
                          Merge merge = Merge::Never,
                          std::map<std::string, std::vector<RoutePoint>> routes = {});

    int id() const override { return m_merge == Merge::Nudge ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    std::vector<std::pair<Element, Element>> m_changes;
    Merge m_merge;
};

} // namespace kg::ui
