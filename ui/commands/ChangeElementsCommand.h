#pragma once

#include "commands/DesignCommand.h"
#include "model/Element.h"

#include <QString>
#include <vector>

namespace kg::ui {

// Replaces elements with new values in one undo step: a drag (move, re-nest, containers
// growing), a resize, align and distribute, a keyboard nudge. `label` is already translated by
// the caller, who knows what the change is. Keyboard nudges of the same elements merge.
class ChangeElementsCommand : public DesignCommand
{
public:
    enum class Merge { Never, Nudge };

    ChangeElementsCommand(DesignDocument* document,
                          std::vector<std::pair<Element, Element>> changes, const QString& label,
                          Merge merge = Merge::Never);

    int id() const override { return m_merge == Merge::Nudge ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    std::vector<std::pair<Element, Element>> m_changes;
    Merge m_merge;
};

} // namespace kg::ui
