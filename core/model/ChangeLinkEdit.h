#pragma once

#include "model/Edit.h"
#include "model/Link.h"

namespace kg {

// Replaces a link's properties or ends (same id).
class ChangeLinkEdit : public Edit
{
public:
    ChangeLinkEdit(Link before, Link after, std::string label);

    void apply(Design& design) override;
    void revert(Design& design) override;
    std::string label() const override { return m_label; }

private:
    Link m_before;
    Link m_after;
    std::string m_label;
};

} // namespace kg
