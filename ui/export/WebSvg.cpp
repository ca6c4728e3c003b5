#include "export/WebSvg.h"

#include <QRegularExpression>

namespace kg::ui {

namespace {

// The root element's opening tag: [start, end) in `svg`, or {-1, -1}.
std::pair<qsizetype, qsizetype> rootTag(const QByteArray& svg)
{
    const qsizetype start = svg.indexOf("<svg");
    if (start < 0)
        return {-1, -1};
    const qsizetype end = svg.indexOf('>', start);
    return {start, end < 0 ? -1 : end};
}

// The root's viewBox width and height, or {0, 0}.
std::pair<double, double> viewBoxSize(const QByteArray& tag)
{
    static const QRegularExpression box(
        QStringLiteral(R"(viewBox="\s*[-\d.]+\s+[-\d.]+\s+([\d.]+)\s+([\d.]+)\s*")"));
    const auto m = box.match(QString::fromUtf8(tag));
    return m.hasMatch() ? std::pair{m.captured(1).toDouble(), m.captured(2).toDouble()}
                        : std::pair{0.0, 0.0};
}

QByteArray withRoot(QByteArray svg, const QString& sizeAttributes)
{
    const auto [start, end] = rootTag(svg);
    if (start < 0 || end < 0)
        return svg;
    QString tag = QString::fromUtf8(svg.mid(start, end - start));
    static const QRegularExpression size(QStringLiteral(R"(\s(width|height)="[^"]*")"));
    tag.remove(size);
    tag.insert(4, QLatin1Char(' ') + sizeAttributes);
    svg.replace(start, end - start, tag.toUtf8());
    return svg;
}

QByteArray withFonts(QByteArray svg, const QString& family)
{
    static const QRegularExpression font(QStringLiteral(R"(font-family="[^"]*")"));
    QString text = QString::fromUtf8(svg);
    text.replace(font, QStringLiteral("font-family=\"%1\"").arg(WebSvg::fontList(family)));
    return text.toUtf8();
}

} // namespace

QString WebSvg::fontList(const QString& family)
{
    // Single quotes inside the double-quoted attribute: a family name keeps letters, digits,
    // spaces and '-' only, so that nothing in it can end the list, the attribute or the XML.
    QStringList families;
    QString own;
    for (const QChar c : family)
        if (c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-'))
            own += c;
    if (!own.isEmpty() && own != QStringLiteral("Sans Serif"))
        families << own;
    for (const QString& f :
         {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
          QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Helvetica"), QStringLiteral("Arial")})
        if (!families.contains(f))
            families << f;
    QStringList quoted;
    for (const QString& f : families)
        quoted << QLatin1Char('\'') + f + QLatin1Char('\'');
    quoted << QStringLiteral("sans-serif");
    return quoted.join(QStringLiteral(", "));
}

QByteArray WebSvg::standalone(QByteArray svg, const QString& family)
{
    const auto [start, end] = rootTag(svg);
    if (start < 0 || end < 0)
        return svg;
    const auto [w, h] = viewBoxSize(svg.mid(start, end - start));
    if (w > 0 && h > 0)
        svg = withRoot(std::move(svg),
                       QStringLiteral("width=\"%1\" height=\"%2\"").arg(qRound(w)).arg(qRound(h)));
    return withFonts(std::move(svg), family);
}

QByteArray WebSvg::inlined(QByteArray svg, const QString& family)
{
    const auto [start, end] = rootTag(svg);
    if (start < 0 || end < 0)
        return svg;
    const double w = viewBoxSize(svg.mid(start, end - start)).first;
    svg = withRoot(std::move(svg),
                   QStringLiteral("width=\"100%\" style=\"max-width:%1px;height:auto\"")
                       .arg(qRound(w > 0 ? w : 1200)));
    return withFonts(std::move(svg), family);
}

} // namespace kg::ui
