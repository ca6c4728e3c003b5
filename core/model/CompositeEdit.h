#pragma once

#include "model/Edit.h"

#include <memory>
#include <vector>

namespace kg {

// Several edits applied as one: in order on apply, in reverse order on revert.
class CompositeEdit : public Edit
{
public:
    explicit CompositeEdit(std::string label) : m_label(std::move(label)) {}
    void add(std::unique_ptr<Edit> edit) { m_edits.push_back(std::move(edit)); }
    bool empty() const { return m_edits.empty(); }

    void apply(Design& design) override;
    void revert(Design& design) override;
    std::string label() const override { return m_label; }

private:
    std::string m_label;
    std::vector<std::unique_ptr<Edit>> m_edits;
};

} // namespace kg
