#pragma once

#include "analysis/Path.h"

#include <string_view>

namespace kg {

// Collects the steps of one path as the stages run. With no Path to fill, it only keeps the
// outcome and never calls the describe/fix callbacks, so the full analysis of thousands of
// paths allocates nothing for text: the same stage code serves the summary and `explain`.
class PathRecorder
{
public:
    explicit PathRecorder(Path* detail) : m_detail(detail) {}

    // Whether steps are written (explain) or only the outcome kept (the full analysis).
    bool detailed() const { return m_detail != nullptr; }
    bool blocked() const { return m_blocked; }
    Stage blockedStage() const { return m_stage; }
    // The blocking rule: stages pass catalog ids as string literals, which outlive every outcome.
    std::string_view rule() const { return m_rule; }
    bool selected() const { return m_selected; }
    // The path holds, but a step of it passed only on an assumption.
    bool assumed() const { return m_assumed && !m_blocked; }

    // The client's name resolution leads elsewhere: the path is shown but not the one used.
    void deselect()
    {
        m_selected = false;
        if (m_detail)
            m_detail->selected = false;
    }

    // A stage that holds. `describe(PathStep&)` fills elements, params and text.
    template <typename Describe> void pass(Stage stage, std::string_view rule, Describe&& describe)
    {
        if (!m_detail)
            return;
        PathStep& s = m_detail->steps.emplace_back();
        s.stage = stage;
        s.ok = true;
        s.rule = rule;
        describe(s);
    }

    // A stage that holds only on an assumption: the design does not say enough to check it
    // (no principal on the client). The text says what was assumed.
    template <typename Describe>
    void assume(Stage stage, std::string_view rule, Describe&& describe)
    {
        m_assumed = true;
        if (!m_detail)
            return;
        PathStep& s = m_detail->steps.emplace_back();
        s.stage = stage;
        s.ok = true;
        s.assumed = true;
        s.rule = rule;
        describe(s);
    }

    // The first stage that fails. Returns false so that stages can `return r.block(...)`.
    template <typename Describe, typename MakeFix>
    bool block(Stage stage, std::string_view rule, Describe&& describe, MakeFix&& makeFix)
    {
        m_blocked = true;
        m_stage = stage;
        m_rule = rule;
        if (m_detail) {
            PathStep& s = m_detail->steps.emplace_back();
            s.stage = stage;
            s.ok = false;
            s.rule = rule;
            describe(s);
            m_detail->blockedStep = static_cast<int>(m_detail->steps.size()) - 1;
            makeFix(m_detail->fix);
            if (m_detail->fix.rule.empty())
                m_detail->fix.rule = std::string(rule);
        }
        return false;
    }

private:
    Path* m_detail;
    bool m_blocked = false;
    bool m_selected = true;
    bool m_assumed = false;
    Stage m_stage = Stage::Dns;
    std::string_view m_rule;
};

} // namespace kg
