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

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString m_text;
    bool m_refused = false;
    QRectF m_box;
};

} // namespace kg::ui
