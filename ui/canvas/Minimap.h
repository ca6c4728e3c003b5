#pragma once

#include <QPixmap>
#include <QWidget>

namespace kg::ui {

class DiagramView;

// An overview of the whole design in the canvas's corner with the visible area framed; click
// or drag in it to move the view there. Painted from the scene at a small scale, where the
// items' level of detail keeps it cheap.
class Minimap : public QWidget
{
    Q_OBJECT

public:
    explicit Minimap(DiagramView* view);
    // Redraws the overview now (after a theme change; edits refresh it on their own).
    void refresh();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRectF sourceRect() const;
    QTransform toMap() const;
    void centreAt(const QPointF& widgetPos);

    DiagramView* m_view;
    // The scene drawn once per burst of changes (a drag changes it on every mouse move).
    QPixmap m_cache;
    QRectF m_cacheSource;
    class QTimer* m_refresh = nullptr;
};

} // namespace kg::ui
