#include "model/CompositeEdit.h"

namespace kg {

void CompositeEdit::apply(Design& design)
{
    for (auto& e : m_edits)
        e->apply(design);
}

void CompositeEdit::revert(Design& design)
{
    for (auto it = m_edits.rbegin(); it != m_edits.rend(); ++it)
        (*it)->revert(design);
}

} // namespace kg
