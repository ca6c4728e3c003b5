#pragma once

#include "commands/LabelledCommand.h"
#include "model/Edit.h"

#include <memory>

namespace kg::ui {

class DesignDocument;

// An undo command that runs one reversible core Edit on the document's design. Subclasses only
// build the edit and set a label (setLabel); the round trip itself is the Edit's contract and
// tested in the core. Holds the document (which owns the undo stack, so outlives the command),
// never item pointers. A command belongs to the variant shown when it was made: undo and redo
// show that variant again first, so the edit meets the design it was made on.
class DesignCommand : public LabelledCommand
{
public:
    DesignCommand(DesignDocument* document, std::unique_ptr<Edit> edit);

    void redo() override;
    void undo() override;

protected:
    DesignDocument* document() const { return m_document; }
    // The variant the command edits (-1: the base). Commands of different variants never merge.
    int variant() const { return m_variant; }
    // For merging commands: the edit that redo and undo run from now on.
    void replaceEdit(std::unique_ptr<Edit> edit) { m_edit = std::move(edit); }
    Edit* edit() const { return m_edit.get(); }

private:
    DesignDocument* m_document;
    std::unique_ptr<Edit> m_edit;
    int m_variant;
};

} // namespace kg::ui
