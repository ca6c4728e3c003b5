#include "commands/DesignCommand.h"

#include "document/DesignDocument.h"

namespace kg::ui {

DesignCommand::DesignCommand(DesignDocument* document, std::unique_ptr<Edit> edit)
    : m_document(document), m_edit(std::move(edit)), m_variant(document->shownVariant())
{}

void DesignCommand::redo()
{
    m_document->showVariant(m_variant);
    m_edit->apply(m_document->mutableDesign());
}

void DesignCommand::undo()
{
    m_document->showVariant(m_variant);
    m_edit->revert(m_document->mutableDesign());
}

} // namespace kg::ui
