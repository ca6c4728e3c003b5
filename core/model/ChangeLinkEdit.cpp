#include "model/ChangeLinkEdit.h"

#include "model/Design.h"

namespace kg {

ChangeLinkEdit::ChangeLinkEdit(Link before, Link after, std::string label)
    : m_before(std::move(before)), m_after(std::move(after)), m_label(std::move(label))
{}

void ChangeLinkEdit::apply(Design& design)
{
    design.replaceLink(m_after);
}

void ChangeLinkEdit::revert(Design& design)
{
    design.replaceLink(m_before);
}

} // namespace kg
