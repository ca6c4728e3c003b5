#pragma once

#include <QCursor>

class QGraphicsSceneMouseEvent;
class QKeyEvent;

namespace kg::ui {

class DiagramScene;

// A way of working on the canvas (select and move, connect). The scene forwards its mouse and
// key events to the current tool; a tool changes the design only by pushing undo commands.
// Returning false from a handler leaves the event to the view (rubber band selection, panning).
class CanvasTool
{
public:
    explicit CanvasTool(DiagramScene* scene) : m_scene(scene) {}
    virtual ~CanvasTool() = default;
    CanvasTool(const CanvasTool&) = delete;
    CanvasTool& operator=(const CanvasTool&) = delete;

    virtual bool mousePress(QGraphicsSceneMouseEvent* event) = 0;
    virtual void mouseMove(QGraphicsSceneMouseEvent* event) = 0;
    virtual void mouseRelease(QGraphicsSceneMouseEvent* event) = 0;
    virtual void mouseDoubleClick(QGraphicsSceneMouseEvent*) {}
    // Escape and the like; true when handled.
    virtual bool keyPress(QKeyEvent*) { return false; }
    // Drops whatever the tool was in the middle of (switching tools, the design was reset).
    virtual void cancel() {}
    virtual QCursor cursor() const { return Qt::ArrowCursor; }

protected:
    DiagramScene* scene() const { return m_scene; }

private:
    DiagramScene* m_scene;
};

} // namespace kg::ui
