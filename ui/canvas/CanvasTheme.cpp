#include "canvas/CanvasTheme.h"

namespace kg::ui {

namespace {

CanvasTheme makeLight()
{
    CanvasTheme t;
    t.dark = false;
    t.background = QColor(0xF7, 0xF8, 0xFA);
    t.grid = QColor(0xE3, 0xE6, 0xEB);
    t.text = QColor(0x2B, 0x34, 0x40);
    t.subtleText = QColor(0x55, 0x5F, 0x6B);
    t.cardFill = Qt::white;
    t.cardBorder = QColor(0xB8, 0xC0, 0xCA);
    t.selection = QColor(0x11, 0x11, 0x11);
    t.linkNetwork = QColor(0x2B, 0x34, 0x40);
    t.linkDns = QColor(0x6B, 0x4F, 0xBB);
    t.labelFill = QColor(255, 255, 255, 230);
    t.accept = QColor(0x1E, 0x8E, 0x3E);
    t.refuse = QColor(0xC6, 0x28, 0x28);
    return t;
}

CanvasTheme makeDark()
{
    CanvasTheme t;
    t.dark = true;
    t.background = QColor(0x1E, 0x22, 0x28);
    t.grid = QColor(0x2C, 0x32, 0x3A);
    t.text = QColor(0xE6, 0xE9, 0xED);
    t.subtleText = QColor(0xA4, 0xAD, 0xB8);
    t.cardFill = QColor(0x2A, 0x30, 0x38);
    t.cardBorder = QColor(0x4A, 0x54, 0x60);
    t.selection = QColor(0xFF, 0xFF, 0xFF);
    t.linkNetwork = QColor(0xC9, 0xD1, 0xDB);
    t.linkDns = QColor(0xB3, 0x9D, 0xF0);
    t.labelFill = QColor(0x1E, 0x22, 0x28, 230);
    t.accept = QColor(0x4C, 0xC3, 0x6A);
    t.refuse = QColor(0xF0, 0x5A, 0x5A);
    return t;
}

CanvasTheme& currentTheme()
{
    static CanvasTheme theme = makeLight();
    return theme;
}

} // namespace

const CanvasTheme& CanvasTheme::current()
{
    return currentTheme();
}

void CanvasTheme::setDark(bool dark)
{
    currentTheme() = dark ? makeDark() : makeLight();
}

} // namespace kg::ui
