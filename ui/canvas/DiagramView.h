#pragma once

#include <QGraphicsView>

namespace kg::ui {

class DiagramScene;
class Minimap;
class WalkthroughBar;

// The canvas viewport: zoom (wheel with Ctrl or without, Ctrl+= / Ctrl+- / actual size / fit),
// pan (middle button, Space + drag, scroll bars), rubber band selection, drops from the palette
// (with the placement hint while hovering) and of .kubegate files, and a minimap in the corner.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene* scene, QWidget* parent = nullptr);

    // Shows the whole design (never above 100 %) and keeps it fitted until the user zooms.
    void fitDesign();
    // Presenting: fitting zooms up to 400 % and never below `minimum` (a readable size from the
    // back of a room); 0 is the editor's fit, at most 100 %.
    void setPresentationZoom(double minimum);
    void zoomIn();
    void zoomOut();
    void actualSize();
    // Centres on a scene rectangle, zooming out if needed to show it whole (findings).
    void showArea(const QRectF& area);
    // Zooms to show the selection whole (View > Zoom to Selection). The view never moves on its
    // own: selecting, dropping, editing and analysing leave it where the person put it.
    void zoomToSelection();
    double zoom() const { return transform().m11(); }

    void setMinimapVisible(bool visible);
    bool minimapVisible() const;
    // The parts of the viewport (viewport coordinates) that widgets over the canvas hide: the
    // minimap and the walkthrough's bar when shown. Callouts are placed elsewhere.
    QList<QRect> coveredAreas() const;
    WalkthroughBar* walkthrough() const { return m_walkthrough; }

    // Repaints everything after the theme changed, the minimap's cached overview included.
    void refreshTheme();

    // The MIME type the palette drags an element kind with (payload: the kind key).
    static const char* kKindMime;

signals:
    void zoomChanged(double zoom);
    void filesDropped(const QStringList& paths);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void zoomBy(double factor);
    // Scales (never above 100 %) and centres so that `area` is shown whole.
    void showWhole(const QRectF& area);
    void placeMinimap();
    DiagramScene* diagram() const;

    bool m_autoFit = true;
    double m_presentationZoom = 0;
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panStart;
    Minimap* m_minimap = nullptr;
    WalkthroughBar* m_walkthrough = nullptr;
};

} // namespace kg::ui
