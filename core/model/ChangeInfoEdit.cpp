#include "model/ChangeInfoEdit.h"

#include "model/Design.h"

namespace kg {

ChangeInfoEdit::ChangeInfoEdit(const Design& design, std::string title, std::string notes)
    : m_beforeTitle(design.title()), m_beforeNotes(design.notes()), m_afterTitle(std::move(title)),
      m_afterNotes(std::move(notes))
{}

void ChangeInfoEdit::apply(Design& design)
{
    design.setInfo(m_afterTitle, m_afterNotes);
}

void ChangeInfoEdit::revert(Design& design)
{
    design.setInfo(m_beforeTitle, m_beforeNotes);
}

} // namespace kg
