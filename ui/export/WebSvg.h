#pragma once

#include <QByteArray>
#include <QString>

namespace kg::ui {

// Makes QSvgGenerator's output right for browsers. QSvgGenerator writes Qt's family names
// ("Sans Serif", which is no CSS family: browsers then draw a serif font) and the size in
// millimetres; a page or a viewer then shows it at a size of its own.
// - every font-family gets the resolved family and a list ending in the CSS generic family;
// - the root's width and height become pixels (the viewBox units: the canvas's 96 dpi), so the
//   picture shows at the size the PNG export has at scale 1.
class WebSvg
{
public:
    // `family`: the family the canvas's text is drawn in (QFontInfo of the application font).
    static QByteArray standalone(QByteArray svg, const QString& family);
    // For inline use in an HTML page: as standalone, and the root scales to its column
    // (width 100 %, never wider than its natural size, height from the viewBox).
    static QByteArray inlined(QByteArray svg, const QString& family);
    // The CSS font list written for `family`.
    static QString fontList(const QString& family);
};

} // namespace kg::ui
