#pragma once

#include "model/LinkKind.h"
#include "tools/CanvasTool.h"

#include <QCoreApplication>
#include <string>
#include <vector>

class QGraphicsLineItem;

namespace kg::ui {

// Draws links: press on one element, release on another. The link kinds that can join the two
// (LinkRules) decide: none -> refused with the reason; one -> added; several -> a menu. Links
// that only go one way (on-premises -> gateway) are added the right way round whichever end the
// drag started from. Problems such as overlapping address spaces are shown while hovering, and
// the link is refused with that reason.
class ConnectTool : public CanvasTool
{
    Q_DECLARE_TR_FUNCTIONS(ConnectTool)

public:
    using CanvasTool::CanvasTool;
    ~ConnectTool() override;

    bool mousePress(QGraphicsSceneMouseEvent* event) override;
    void mouseMove(QGraphicsSceneMouseEvent* event) override;
    void mouseRelease(QGraphicsSceneMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void cancel() override;
    QCursor cursor() const override { return Qt::CrossCursor; }
    // Connect From Here: the link starts at `id` and follows the pointer; the next click on an
    // element ends it (Esc cancels), and the select tool comes back either way.
    void startFrom(const std::string& id);

    // What a link from `from` to `to` would be: the kinds that fit, each with its ends in the
    // right order, or the translated reason none fits. Public for tests and the hover hint.
    struct Candidate
    {
        LinkKind kind;
        std::string from;
        std::string to;
    };
    struct Verdict
    {
        std::vector<Candidate> candidates;
        QString reason;
        bool refused = false; // a link fits the kinds but a rule forbids it (overlap...)
        std::string from;     // the ends actually joined (containers of what was pointed at)
        std::string to;
    };
    Verdict evaluate(const std::string& from, const std::string& to) const;

private:
    Verdict evaluatePair(const std::string& from, const std::string& to) const;
    void addLink(const Candidate& candidate);

    void showLine(const QPointF& from, const QPointF& to);

    std::string m_source;
    QGraphicsLineItem* m_line = nullptr;
    bool m_oneShot = false; // started from the context menu, not by a press on the source
    bool m_armed = false;   // one-shot and waiting for the click that picks the target
};

} // namespace kg::ui
