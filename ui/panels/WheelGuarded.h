#pragma once

#include <QWheelEvent>

namespace kg::ui {

// A value widget (combo box, spin box) that the mouse wheel changes only once it has focus.
// In the inspector, which scrolls, a wheel turn over a field passes on to the scroll area:
// scrolling past a cluster's access mode must not change it.
template <typename Base> class WheelGuarded : public Base
{
public:
    explicit WheelGuarded(QWidget* parent = nullptr) : Base(parent)
    {
        this->setFocusPolicy(Qt::StrongFocus);
    }

protected:
    void wheelEvent(QWheelEvent* event) override
    {
        if (this->hasFocus())
            Base::wheelEvent(event);
        else
            event->ignore();
    }
};

} // namespace kg::ui
