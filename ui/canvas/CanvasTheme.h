#pragma once

#include <QColor>

namespace kg::ui {

// The colours the canvas paints with, light or dark. One current theme for the whole program
// (the View > Theme setting); items read it in paint(), so switching repaints everything.
// Cloud accents and finding colours stay the same in both themes so that they keep meaning.
struct CanvasTheme
{
    bool dark = false;
    QColor background;
    QColor grid;
    QColor text;
    QColor subtleText;
    QColor cardFill;
    QColor cardBorder;
    QColor selection;
    QColor linkNetwork;
    QColor linkDns;
    QColor labelFill;
    QColor accept;
    QColor refuse;

    static const CanvasTheme& current();
    static void setDark(bool dark);
};

} // namespace kg::ui
