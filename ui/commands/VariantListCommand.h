#pragma once

#include "commands/LabelledCommand.h"
#include "model/Variant.h"

#include <vector>

namespace kg::ui {

class DesignDocument;

// Adds, renames or deletes variants: the list as it was and as it becomes, and the variant
// shown before and after. The list before is taken from the document when the command is made,
// with the shown variant's edits folded in, so undo gives back every variant's changes.
class VariantListCommand : public LabelledCommand
{
public:
    VariantListCommand(DesignDocument* document, std::vector<Variant> after, int shownAfter,
                       CommandLabel label);

    void redo() override;
    void undo() override;

private:
    DesignDocument* m_document;
    std::vector<Variant> m_before;
    std::vector<Variant> m_after;
    int m_shownBefore;
    int m_shownAfter;
};

} // namespace kg::ui
