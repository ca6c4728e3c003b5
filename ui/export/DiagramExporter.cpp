#include "export/DiagramExporter.h"

#include "analysis/Analyzer.h"
#include "canvas/CanvasTheme.h"
#include "canvas/DiagramScene.h"
#include "canvas/ElementItem.h"
#include "canvas/EndpointItem.h"
#include "canvas/Legend.h"
#include "canvas/LinkItem.h"
#include "document/DesignDocument.h"
#include "document/DurableCommit.h"
#include "document/PathController.h"
#include "export/WebSvg.h"
#include "panels/DashboardPanel.h"
#include "panels/RuleTexts.h"

#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QFontInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextDocument>
#include <set>

namespace kg::ui {

namespace {

constexpr double kMargin = 40;
constexpr double kGap = 24;

// Sets the canvas theme for the export and puts the previous one back afterwards.
class ThemeScope
{
public:
    explicit ThemeScope(bool dark) : m_was(CanvasTheme::current().dark)
    {
        CanvasTheme::setDark(dark);
    }
    ~ThemeScope() { CanvasTheme::setDark(m_was); }
    ThemeScope(const ThemeScope&) = delete;
    ThemeScope& operator=(const ThemeScope&) = delete;

private:
    bool m_was;
};

QString escaped(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

// The findings as an HTML table (for the PDF); every user-typed text is escaped.
QString findingsHtml(const Design& design, const Analysis& analysis)
{
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg(design.title().empty() ? DiagramExporter::tr("Kubegate design").toHtmlEscaped()
                                        : escaped(design.title()));
    if (!design.notes().empty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(design.notes()));
    html += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='4'>"
                           "<tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(DiagramExporter::tr("Findings"), DiagramExporter::tr("Severity"),
                     DiagramExporter::tr("Rule"), DiagramExporter::tr("Finding"));
    for (const auto& f : analysis.findings)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(RuleTexts::severity(f.severity), escaped(f.rule),
                         RuleTexts::message(f).toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (analysis.findings.empty())
        html += QStringLiteral("<p>%1</p>").arg(DiagramExporter::tr("No findings."));
    return html;
}

// Hides every item of `scene` but the elements in `only` (their subtrees included by the
// caller), the links between two of them and their clusters' endpoint markers. Returns the area
// the kept elements cover.
QRectF keepOnly(DiagramScene& scene, const Design& design, const std::vector<std::string>& only)
{
    const std::set<std::string> kept(only.begin(), only.end());
    QRectF area;
    for (QGraphicsItem* item : scene.items()) {
        if (item->parentItem())
            continue; // goes with its parent
        bool show = false;
        if (auto* e = qgraphicsitem_cast<ElementItem*>(item)) {
            show = kept.count(e->id()) != 0;
            if (show)
                area |= item->sceneBoundingRect();
        } else if (auto* l = qgraphicsitem_cast<LinkItem*>(item)) {
            const Link* link = design.link(l->id());
            show = link && kept.count(link->from) && kept.count(link->to);
        } else if (auto* p = qgraphicsitem_cast<EndpointItem*>(item)) {
            show = kept.count(p->cluster()) != 0;
        }
        item->setVisible(show);
    }
    return area;
}

} // namespace

std::optional<DiagramExporter::Format> DiagramExporter::formatFor(const QString& path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QStringLiteral("svg"))
        return Format::Svg;
    if (ext == QStringLiteral("png"))
        return Format::Png;
    if (ext == QStringLiteral("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

std::optional<QByteArray> DiagramExporter::render(const Design& design, Format format,
                                                  const Options& options, QString* error)
{
    std::optional<QByteArray> bytes;
    draw(design, format, options, error, [&](QByteArray b) { bytes = std::move(b); });
    return bytes;
}

bool DiagramExporter::write(const Design& design, const QString& path, const Options& options,
                            QString* error)
{
    const auto format = formatFor(path);
    if (!format) {
        if (error)
            *error = tr("unknown export format '%1' (use .svg, .png or .pdf)")
                         .arg(QFileInfo(path).suffix());
        return false;
    }
    if (*format == Format::Pdf)
        return draw(design, *format, options, error, {}, path);
    const auto bytes = render(design, *format, options, error);
    if (!bytes)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() ||
        !commitDurably(file)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool DiagramExporter::draw(const Design& design, Format format, const Options& options,
                           QString* error, const std::function<void(QByteArray)>& done,
                           const QString& pdfPath)
{
    const ThemeScope theme(options.dark);
    // The canvas, built as the window builds it, on a copy of the design.
    DesignDocument document;
    document.reset(design, QString());
    DiagramScene scene(&document);
    scene.setItemCaching(false);
    scene.setGrid(false, false, 20); // pictures have no grid dots
    PathController paths(&document, &scene);
    if (options.overlays == Overlays::Element) {
        paths.showFor(options.overlayElement);
    } else if (options.overlays == Overlays::All) {
        const Analysis& a = document.analysis();
        std::vector<Path> all;
        for (std::uint32_t i = 0; i < a.clients.size(); ++i)
            for (std::uint32_t k = 0; k < a.clusters.size() && all.size() < 200; ++k)
                if (const PathOutcome* best = a.best(i, k))
                    if (auto p = Analyzer::explain(design, a.clients[i], a.clusters[k],
                                                   best->endpoint, a.endpointElement(*best)))
                        all.push_back(std::move(*p));
        scene.showPaths(all);
    }
    // What is drawn: the design (with room above for public endpoint markers), and the legend
    // beside it; or only the elements asked for, with the links between them.
    QRectF drawn = scene.designBounds();
    if (!options.only.empty())
        drawn = keepOnly(scene, design, options.only);
    QRectF source = drawn.adjusted(-kMargin, -kMargin - 40, kMargin, kMargin);
    if (source.isEmpty())
        source = QRectF(0, 0, 400, 300);
    // Callouts sized and placed for the picture, not for a screen; the picture grows to hold
    // any that do not fit beside the design.
    source = scene.prepareForPicture(source);
    Legend legend(nullptr);
    legend.ensurePolished();
    legend.resize(legend.sizeHint());
    // The legend stands beside the design with the picture's margin around it.
    const QSizeF legendSize = options.legend ? QSizeF(legend.size()) : QSizeF(0, 0);
    const QSizeF picture(
        source.width() + (options.legend ? kGap + legendSize.width() + kMargin / 2 : 0),
        std::max(source.height(), options.legend ? legendSize.height() + kMargin : 0.0));
    auto paint = [&](QPainter& p, double scale) {
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(QRectF(QPointF(0, 0), picture * scale), CanvasTheme::current().background);
        scene.render(&p, QRectF(QPointF(0, 0), source.size() * scale), source);
        if (options.legend) {
            p.save();
            p.translate((source.width() + kGap) * scale, kMargin / 2 * scale);
            p.scale(scale, scale);
            legend.render(&p, QPoint(0, 0), QRegion(), QWidget::DrawChildren);
            p.restore();
        }
    };
    switch (format) {
    case Format::Svg: {
        QSvgGenerator svg;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        svg.setOutputDevice(&buffer);
        // The canvas is laid out at 96 dpi (text in points): the SVG the same, so that text is
        // measured and elided as in the PNG and on screen.
        svg.setResolution(96);
        svg.setSize(picture.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), picture));
        // QSvgGenerator writes these as they are: escape what the user typed.
        svg.setTitle(QString::fromStdString(design.title()).toHtmlEscaped());
        svg.setDescription(QString::fromStdString(design.notes()).toHtmlEscaped());
        {
            QPainter p(&svg);
            paint(p, 1.0);
        }
        done(WebSvg::standalone(buffer.data(), QFontInfo(QApplication::font()).family()));
        return true;
    }
    case Format::Png: {
        const double scale = std::clamp(options.scale, 0.1, 8.0);
        const QSize size = (picture * scale).toSize();
        if (size.width() * static_cast<qint64>(size.height()) > 400'000'000LL) {
            if (error)
                *error = tr("the picture would be %1 x %2 pixels; use a smaller --scale")
                             .arg(size.width())
                             .arg(size.height());
            return false;
        }
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(CanvasTheme::current().background);
        {
            QPainter p(&image);
            paint(p, scale);
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG")) {
            if (error)
                *error = tr("the picture could not be encoded as PNG");
            return false;
        }
        done(buffer.data());
        return true;
    }
    case Format::Pdf: {
        QSaveFile file(pdfPath);
        if (!file.open(QIODevice::WriteOnly)) {
            if (error)
                *error = file.errorString();
            return false;
        }
        QPdfWriter pdf(&file);
        pdf.setTitle(QString::fromStdString(design.title()));
        pdf.setCreator(QStringLiteral("Kubegate"));
        pdf.setPageOrientation(picture.width() > picture.height() ? QPageLayout::Landscape
                                                                  : QPageLayout::Portrait);
        // The canvas is laid out at 96 dots per inch; fonts are in points, so the same resolution
        // keeps text the size it has on the cards.
        pdf.setResolution(96);
        QPainter p(&pdf);
        // Page 1: the diagram and its legend, scaled to the page.
        const QRectF page = p.viewport();
        const double scale =
            std::min(page.width() / picture.width(), page.height() / picture.height());
        paint(p, scale);
        // Then the findings.
        pdf.newPage();
        QTextDocument text;
        text.setHtml(findingsHtml(design, document.analysis()));
        text.setPageSize(page.size());
        for (int i = 0; i < text.pageCount(); ++i) {
            if (i > 0)
                pdf.newPage();
            p.save();
            p.translate(0, -i * page.height());
            text.drawContents(&p, QRectF(0, i * page.height(), page.width(), page.height()));
            p.restore();
        }
        // Last, the dashboard's charts, scaled to the page.
        pdf.newPage();
        const QSize charts(1500, 700);
        const double fit = std::min(page.width() / charts.width(), page.height() / charts.height());
        p.save();
        p.scale(fit, fit);
        DashboardPanel::paintCharts(design, &p, charts);
        p.restore();
        p.end();
        if (!commitDurably(file)) {
            if (error)
                *error = file.errorString();
            return false;
        }
        return true;
    }
    }
    return false;
}

} // namespace kg::ui
