#pragma once

#include "model/Edit.h"

namespace kg {

// Changes the design's title and notes.
class ChangeInfoEdit : public Edit
{
public:
    ChangeInfoEdit(const Design& design, std::string title, std::string notes);

    void apply(Design& design) override;
    void revert(Design& design) override;
    std::string label() const override { return "Change design notes"; }

private:
    std::string m_beforeTitle;
    std::string m_beforeNotes;
    std::string m_afterTitle;
    std::string m_afterNotes;
};

} // namespace kg
