#include "canvas/DiagramView.h"

#include <QResizeEvent>
#include <QWheelEvent>

namespace kg::ui {

DiagramView::DiagramView(QGraphicsScene* scene, QWidget* parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
}

void DiagramView::fitDesign()
{
    m_autoFit = true;
    if (!scene())
        return;
    fitInView(scene()->itemsBoundingRect().adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
    // Never blow a small design up beyond 100 %.
    if (transform().m11() > 1.0)
        setTransform(QTransform());
}

void DiagramView::wheelEvent(QWheelEvent* event)
{
    const double factor = event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
    const double next = transform().m11() * factor;
    if (next < 0.05 || next > 8)
        return;
    m_autoFit = false;
    scale(factor, factor);
}

void DiagramView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitDesign();
}

} // namespace kg::ui
