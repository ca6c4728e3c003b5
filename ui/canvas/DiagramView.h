#pragma once

#include <QGraphicsView>

namespace kg::ui {

// The canvas viewport: antialiased, zooms with the wheel around the cursor, pans with the
// scroll bars or a drag on the background.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(QGraphicsScene* scene, QWidget* parent = nullptr);
    // Shows the whole design (never above 100 %) and keeps it fitted until the user zooms.
    void fitDesign();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // Until a person zooms, the view keeps the whole design in sight as the window resizes.
    bool m_autoFit = true;
};

} // namespace kg::ui
