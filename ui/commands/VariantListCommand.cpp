#include "commands/VariantListCommand.h"

#include "document/DesignDocument.h"

namespace kg::ui {

VariantListCommand::VariantListCommand(DesignDocument* document, std::vector<Variant> after,
                                       int shownAfter, CommandLabel label)
    : m_document(document), m_before(document->fileDesign().variants()), m_after(std::move(after)),
      m_shownBefore(document->shownVariant()), m_shownAfter(shownAfter)
{
    setLabel(std::move(label));
}

void VariantListCommand::redo()
{
    m_document->replaceVariants(m_after, m_shownAfter);
}

void VariantListCommand::undo()
{
    m_document->replaceVariants(m_before, m_shownBefore);
}

} // namespace kg::ui
