#pragma once

#include "panels/WheelGuarded.h"

#include <QComboBox>

namespace kg::ui {

// A choice field of the inspector: as wide as its longest entry, so that no choice is cut
// ("API Server VNet integration, private"), and taking the rest of its row when the row is
// wider. Its form wraps it under its label when the panel is narrower than label and field
// together (QFormLayout::WrapLongRows). The wheel changes it only once it has focus.
class FittedComboBox : public WheelGuarded<QComboBox>
{
public:
    explicit FittedComboBox(QWidget* parent = nullptr) : WheelGuarded<QComboBox>(parent)
    {
        setSizeAdjustPolicy(QComboBox::AdjustToContents);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
};

} // namespace kg::ui
