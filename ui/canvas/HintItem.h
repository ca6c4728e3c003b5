#pragma once

#include <QGraphicsItem>

namespace kg::ui {

// A short message shown next to the cursor on the canvas: why a drop or link is refused, or
// what it will do. Drawn at screen size whatever the zoom (ItemIgnoresTransformations).
class HintItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    HintItem();
    int type() const override { return Type; }
    void setHint(const QString& text, bool refused);
    const QString& text() const { return m_text; }
    // The box's size in pixels, and which side of the cursor it sits on (it flips near the
    // view's right and bottom edges so that it stays readable).
    QSizeF boxSize() const { return m_size; }
    void placeBox(bool left, bool above);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString m_text;
    bool m_refused = false;
    QRectF m_box;
    QSizeF m_size;
};

} // namespace kg::ui
