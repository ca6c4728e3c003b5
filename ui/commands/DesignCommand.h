#pragma once

#include "model/Edit.h"

#include <QUndoCommand>
#include <memory>

namespace kg::ui {

class DesignDocument;

// An undo command that runs one reversible core Edit on the document's design. Subclasses only
// build the edit and set a translated label; the round trip itself is the Edit's contract and
// tested in the core. Holds the document (which owns the undo stack, so outlives the command),
// never item pointers.
class DesignCommand : public QUndoCommand
{
public:
    DesignCommand(DesignDocument* document, std::unique_ptr<Edit> edit);

    void redo() override;
    void undo() override;

protected:
    DesignDocument* document() const { return m_document; }
    // For merging commands: the edit that redo and undo run from now on.
    void replaceEdit(std::unique_ptr<Edit> edit) { m_edit = std::move(edit); }
    Edit* edit() const { return m_edit.get(); }

private:
    DesignDocument* m_document;
    std::unique_ptr<Edit> m_edit;
};

} // namespace kg::ui
