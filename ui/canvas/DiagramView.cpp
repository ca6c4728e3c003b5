#include "canvas/DiagramView.h"

#include "canvas/DiagramScene.h"
#include "canvas/ElementItem.h"
#include "canvas/LinkItem.h"
#include "canvas/Minimap.h"
#include "canvas/WalkthroughBar.h"
#include "document/DesignDocument.h"
#include "model/KindRegistry.h"

#include <QMimeData>
#include <QResizeEvent>
#include <QScrollBar>
#include <QUrl>
#include <QWheelEvent>

namespace kg::ui {

const char* DiagramView::kKindMime = "application/x-kubegate-kind";

namespace {
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 8;

std::optional<ElementKind> kindOf(const QMimeData* mime)
{
    if (!mime->hasFormat(QString::fromLatin1(DiagramView::kKindMime)))
        return std::nullopt;
    return KindRegistry::elementKindFromKey(
        mime->data(QString::fromLatin1(DiagramView::kKindMime)).toStdString());
}

QStringList designFiles(const QMimeData* mime)
{
    QStringList paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}
} // namespace

DiagramView::DiagramView(DiagramScene* scene, QWidget* parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    // Scroll bars that come and go change the viewport's size, which refits the design, which
    // can make them come and go again; always shown, they cannot start that loop.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_minimap = new Minimap(this);
    m_walkthrough = new WalkthroughBar(this);
    placeMinimap();
}

DiagramScene* DiagramView::diagram() const
{
    return static_cast<DiagramScene*>(scene());
}

void DiagramView::fitDesign()
{
    m_autoFit = true;
    if (!scene())
        return;
    const QRectF design = diagram()->designBounds();
    if (design.isEmpty()) {
        setTransform(QTransform());
        centerOn(0, 0);
        emit zoomChanged(zoom());
        return;
    }
    showWhole(design.adjusted(-30, -30, 30, 30));
}

void DiagramView::setPresentationZoom(double minimum)
{
    m_presentationZoom = minimum;
}

void DiagramView::showWhole(const QRectF& area)
{
    const QRect vp = viewport()->rect();
    // Never above 100 % while editing; presenting, up to 400 % so that a small design fills
    // the screen.
    const double cap = m_presentationZoom > 0 ? 4.0 : 1.0;
    auto fit = [&](const QRect& r) {
        return std::min({std::max(50, r.width()) / area.width(),
                         std::max(50, r.height()) / area.height(), cap});
    };
    // The area goes where the minimap leaves room: beside it or above it, whichever shows the
    // area larger, so that no card ends up under the overview.
    QRect room = vp;
    if (m_minimap && m_minimap->isVisible()) {
        const QRect overview =
            m_minimap->geometry().translated(-viewport()->pos()).adjusted(-12, -12, 12, 12);
        const QRect beside(vp.left(), vp.top(), overview.left() - vp.left(), vp.height());
        const QRect above(vp.left(), vp.top(), vp.width(), overview.top() - vp.top());
        if (beside.width() > 100 && above.height() > 100)
            room = fit(beside) >= fit(above) ? beside : above;
    }
    // Presenting, type stays readable from the back of the room: never below the chosen
    // scale, even when the design then overflows the screen (the build-up and the walkthrough
    // bring what they show into view).
    const double scale = std::max(fit(room), m_presentationZoom);
    setTransform(QTransform::fromScale(scale, scale));
    // The scene must extend far enough for the view to centre the area.
    const double pad = std::max(vp.width(), vp.height()) / scale;
    scene()->setSceneRect(scene()->sceneRect() | area.adjusted(-pad, -pad, pad, pad));
    // The viewport's centre is where the area's centre lands offset by the room's.
    const QPointF shift = QPointF(vp.center() - room.center()) / scale;
    centerOn(area.center() + shift);
    diagram()->arrangeCallouts();
    emit zoomChanged(zoom());
}

void DiagramView::zoomToSelection()
{
    if (!scene())
        return;
    QRectF area;
    for (const auto& id : diagram()->selectedElementIds())
        if (ElementItem* item = diagram()->item(id))
            area |= item->sceneBoundingRectOfElement();
    for (const auto& id : diagram()->selectedIds())
        if (LinkItem* link = diagram()->linkItem(id))
            area |= link->polyline().boundingRect();
    if (area.isEmpty())
        return;
    m_autoFit = false;
    showWhole(area.adjusted(-60, -60, 60, 60));
    diagram()->arrangeCallouts();
    emit zoomChanged(zoom());
}

void DiagramView::zoomBy(double factor)
{
    const double next = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    m_autoFit = false;
    setTransform(QTransform::fromScale(next, next));
    if (scene())
        if (scene())
            diagram()->arrangeCallouts();
    emit zoomChanged(zoom());
}

void DiagramView::zoomIn()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1.25);
    setTransformationAnchor(anchor);
}

void DiagramView::zoomOut()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1 / 1.25);
    setTransformationAnchor(anchor);
}

void DiagramView::actualSize()
{
    const QPointF centre = mapToScene(viewport()->rect().center());
    m_autoFit = false;
    setTransform(QTransform());
    centerOn(centre);
    emit zoomChanged(zoom());
}

void DiagramView::showArea(const QRectF& area)
{
    if (area.isEmpty())
        return;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QRectF wanted = area.adjusted(-60, -60, 60, 60);
    if (wanted.width() > visible.width() || wanted.height() > visible.height()) {
        fitInView(wanted, Qt::KeepAspectRatio);
        m_autoFit = false;
        emit zoomChanged(zoom());
    }
    centerOn(area.center());
}

void DiagramView::setMinimapVisible(bool visible)
{
    m_minimap->setVisible(visible);
    if (scene())
        diagram()->arrangeCallouts(); // the corner it covered is free again, or taken
}

void DiagramView::refreshTheme()
{
    // Cards keep a pixmap of themselves (DeviceCoordinateCache) that a scene update does not
    // redraw: each item's own update() drops it, or the cards stay in the old theme's colours.
    for (QGraphicsItem* item : scene()->items())
        item->update();
    scene()->update();
    viewport()->update();
    m_minimap->refresh();
}

bool DiagramView::minimapVisible() const
{
    return m_minimap->isVisible();
}

QList<QRect> DiagramView::coveredAreas() const
{
    QList<QRect> out;
    for (const QWidget* w :
         {static_cast<const QWidget*>(m_minimap), static_cast<const QWidget*>(m_walkthrough)})
        if (w && w->isVisible())
            out << w->geometry().translated(-viewport()->pos()).adjusted(-6, -6, 6, 6);
    return out;
}

void DiagramView::placeMinimap()
{
    const QSize size(200, 140);
    m_minimap->setGeometry(viewport()->width() - size.width() - 12,
                           viewport()->height() - size.height() - 12, size.width(), size.height());
}

void DiagramView::wheelEvent(QWheelEvent* event)
{
    // The wheel zooms around the cursor; Shift+wheel scrolls sideways, Alt+wheel scrolls.
    if (event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    zoomBy(std::pow(1.0015, delta));
}

void DiagramView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    placeMinimap();
    if (m_autoFit)
        fitDesign();
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_minimap->update();
    if (scene())
        diagram()->arrangeCallouts();
}

void DiagramView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panStart = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        const QPoint d = event->pos() - m_panStart;
        m_panStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        m_autoFit = false;
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::dragEnterEvent(QDragEnterEvent* event)
{
    if (kindOf(event->mimeData()) || !designFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void DiagramView::dragMoveEvent(QDragMoveEvent* event)
{
    const auto kind = kindOf(event->mimeData());
    if (!kind) {
        event->setAccepted(!designFiles(event->mimeData()).isEmpty());
        return;
    }
    const QPointF pos = mapToScene(event->position().toPoint());
    const DiagramScene::Placement where = diagram()->placementFor(*kind, pos);
    diagram()->setTargetHighlight(where.parent, where.ok);
    if (!where.ok) {
        diagram()->showHint(where.reason, pos, true);
    } else {
        // The words agree with the highlight: where the drop puts the new element.
        const Element* target = diagram()->document()->design().element(where.parent);
        diagram()->showHint(target ? tr("Place in %1").arg(QString::fromStdString(target->label()))
                                   : tr("Place at the top level"),
                            pos, false);
    }
    // Refused drops still show the hint; the drop itself is then a no-op.
    event->acceptProposedAction();
}

void DiagramView::dragLeaveEvent(QDragLeaveEvent* event)
{
    diagram()->setTargetHighlight({}, false);
    diagram()->hideHint();
    QGraphicsView::dragLeaveEvent(event);
}

void DiagramView::dropEvent(QDropEvent* event)
{
    diagram()->setTargetHighlight({}, false);
    diagram()->hideHint();
    if (const auto kind = kindOf(event->mimeData())) {
        diagram()->placeNew(*kind, mapToScene(event->position().toPoint()));
        event->acceptProposedAction();
        setFocus();
        return;
    }
    const QStringList files = designFiles(event->mimeData());
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        emit filesDropped(files);
    }
}

} // namespace kg::ui
