#pragma once

#include <QString>

namespace kg::ui {

// Natural order: runs of digits compare by their value (aks-2 before aks-10), the rest by the
// locale's collation, ignoring case. Qt's numeric collation needs ICU, which not every build
// has, so the digit runs are compared here. The matrix and the dashboard list clusters so.
bool naturalLess(const QString& a, const QString& b);

} // namespace kg::ui
