#pragma once

#include "canvas/AlignmentGuides.h"
#include "model/Element.h"
#include "tools/CanvasTool.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <set>
#include <string>
#include <vector>

namespace kg::ui {

class GuideItem;

// Selects (click, Ctrl+click, rubber band through the view), moves (one drag = one undo
// command, pushed on release; containers carry their children; dropping onto another
// container re-nests when the kinds allow it, with a hint when not; containers grow to hold
// what was dropped; edges, centres and equal gaps snap to the neighbours with guides shown,
// Alt moves past them), resizes from the corner handle, and nudges with the arrow keys.
class SelectTool : public CanvasTool
{
    Q_DECLARE_TR_FUNCTIONS(SelectTool)

public:
    using CanvasTool::CanvasTool;

    bool mousePress(QGraphicsSceneMouseEvent* event) override;
    void mouseMove(QGraphicsSceneMouseEvent* event) override;
    void mouseRelease(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClick(QGraphicsSceneMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void cancel() override;

private:
    enum class Mode { Idle, Pressed, Moving, Resizing };

    void startMove();
    void finishMove(const QPointF& at);
    void finishResize();
    void nudge(double dx, double dy);
    // The offset that lines the moved elements up with their neighbours in `parent`; shows
    // the guides.
    QPointF snapToNeighbours(const std::string& parent);
    void showGuides(const AlignmentGuides::Result& guides);

    Mode m_mode = Mode::Idle;
    QPointF m_pressPos;
    std::string m_primary;             // the element under the cursor at the press
    std::vector<std::string> m_roots;  // moved elements whose ancestors are not moved
    std::vector<std::string> m_moving; // roots and everything nested in them
    std::set<std::string> m_movingSet;
    QPointF m_delta;
    QRectF m_resizeRect;
    bool m_dropOk = true;
    GuideItem* m_guides = nullptr; // owned by the scene
    std::string m_dropParent;
};

} // namespace kg::ui
