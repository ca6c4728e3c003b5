#include "UiTestHelpers.h"
#include "analysis/Analyzer.h"
#include "export/DiagramExporter.h"
#include "export/DrawioWriter.h"
#include "export/ExportDialog.h"
#include "export/ExportFormats.h"
#include "export/ReportWriter.h"
#include "export/WebSvg.h"
#include "io/DesignJson.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

// Exports read back: SVG through an XML parser (real text, user text escaped), PNG decoded at
// the chosen scale, PDF with its header and two pages' worth of content.
class ExportTest : public QObject
{
    Q_OBJECT

private:
    static Design load(const char* name)
    {
        LoadResult r = DesignJson::loadFile(source(name).toStdString());
        return r.ok() ? std::move(*r.design) : Design{};
    }

    // A template with one element renamed (hostile names for the escaping checks).
    static Design withName(const char* name, const std::string& id, const std::string& newName)
    {
        Design d = load(name);
        Element e = *d.element(id);
        e.name = newName;
        d.replaceElement(e);
        return d;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Every text node of an SVG, joined.
    static QString svgText(const QString& path)
    {
        QXmlStreamReader xml(readAll(path));
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isCharacters())
                text += xml.text().toString() + QLatin1Char('\n');
            if (xml.isStartElement() && xml.name() == QStringLiteral("script"))
                return QStringLiteral("<script element>");
        }
        return xml.hasError() ? QStringLiteral("XML error: ") + xml.errorString() : text;
    }

private slots:
    void svgHasRealTextAndTheLegend()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.svg"));
        QString why;
        DiagramExporter::Options options;
        options.overlays = DiagramExporter::Overlays::Element;
        options.overlayElement = "aks-pay";
        QVERIFY2(DiagramExporter::write(load("resources/templates/aks-private-hub-spoke.kubegate"),
                                        path, options, &why),
                 qPrintable(why));
        const QString text = svgText(path);
        QVERIFY2(text.contains(QStringLiteral("aks-pay")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("vnet-hub")));
        QVERIFY(text.contains(QStringLiteral("reachable path"))); // the legend
        options.legend = false;
        QVERIFY(DiagramExporter::write(load("resources/templates/aks-private-hub-spoke.kubegate"),
                                       path, options, &why));
        QVERIFY(!svgText(path).contains(QStringLiteral("reachable path")));
    }

    void svgIsRightForBrowsers()
    {
        // Text in a family list ending in a CSS generic family (Qt's "Sans Serif" is none, and
        // browsers drew serif); the size in pixels, not millimetres.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.svg"));
        QString why;
        QVERIFY(DiagramExporter::write(load("resources/templates/aks-private-hub-spoke.kubegate"),
                                       path, {}, &why));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(!svg.contains(QStringLiteral("font-family=\"Sans Serif\"")));
        const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
        int fonts = 0;
        for (auto it = family.globalMatch(svg); it.hasNext(); ++fonts)
            QVERIFY(it.next().captured(1).endsWith(QStringLiteral(", sans-serif")));
        QVERIFY(fonts > 0);
        const QRegularExpression root(QStringLiteral("<svg width=\"(\\d+)\" height=\"(\\d+)\""));
        QVERIFY2(root.match(svg).hasMatch(), qPrintable(svg.left(300)));
        // A family name cannot end the attribute.
        QCOMPARE(WebSvg::fontList(QStringLiteral("Evil\"><script>")),
                 QStringLiteral("'Evilscript', 'DejaVu Sans', 'Noto Sans', 'Noto Sans CJK SC', "
                                "'Helvetica', 'Arial', sans-serif"));
        // Inline in a report: scaled to its column, no wider than its natural size.
        const QByteArray inlined = WebSvg::inlined(svg.toUtf8(), QStringLiteral("DejaVu Sans"));
        QVERIFY(inlined.contains("<svg width=\"100%\" style=\"max-width:"));
        QVERIFY(!inlined.contains("mm\""));
    }

    void reportDiagramTakesTheOverlays()
    {
        // `kubegate export -o X.html --overlays ID` draws that element's paths in the report.
        QTemporaryDir dir;
        QString why;
        const Design d = load("resources/templates/aks-private-hub-spoke.kubegate");
        const QString plain = dir.filePath(QStringLiteral("plain.html"));
        const QString paths = dir.filePath(QStringLiteral("paths.html"));
        QVERIFY2(ReportWriter::write(d, plain, &why), qPrintable(why));
        DiagramExporter::Options options;
        options.overlays = DiagramExporter::Overlays::Element;
        options.overlayElement = "aks-pay";
        QVERIFY2(ReportWriter::write(d, paths, &why, options), qPrintable(why));
        // The reachable-path green, once per path line and badge.
        const auto green = [](const QString& file) {
            return QString::fromUtf8(readAll(file)).count(QStringLiteral("#009e73"));
        };
        QVERIFY2(green(paths) > green(plain) + 20,
                 qPrintable(QStringLiteral("%1 against %2").arg(green(paths)).arg(green(plain))));
    }

    void userTextIsEscaped()
    {
        Design d = withName("resources/templates/aks-public.kubegate", "laptop-home",
                            "<script>alert(1)</script>");
        d.setInfo("\"]]><x", "notes with <b>tags</b> & ampersands");
        QTemporaryDir dir;
        QString why;
        const QString svg = dir.filePath(QStringLiteral("d.svg"));
        QVERIFY(DiagramExporter::write(d, svg, {}, &why));
        const QString text = svgText(svg);
        QVERIFY2(!text.startsWith(QStringLiteral("XML error")) &&
                     text != QStringLiteral("<script element>"),
                 qPrintable(text.left(200)));
        // As text (the card elides the long name): no script element, the characters intact.
        QVERIFY2(text.contains(QStringLiteral("<script>alert")),
                 qPrintable(text.simplified().left(300)));
        const QString pdf = dir.filePath(QStringLiteral("d.pdf"));
        QVERIFY(DiagramExporter::write(d, pdf, {}, &why));
    }

    void pngHasTheChosenScale()
    {
        QTemporaryDir dir;
        QString why;
        const Design d = load("resources/templates/eks-public-private.kubegate");
        DiagramExporter::Options one;
        one.scale = 1;
        DiagramExporter::Options two;
        two.scale = 2;
        two.dark = true;
        QVERIFY(DiagramExporter::write(d, dir.filePath(QStringLiteral("a.png")), one, &why));
        QVERIFY(DiagramExporter::write(d, dir.filePath(QStringLiteral("b.png")), two, &why));
        const QImage a(dir.filePath(QStringLiteral("a.png")));
        const QImage b(dir.filePath(QStringLiteral("b.png")));
        QVERIFY(!a.isNull() && !b.isNull());
        QCOMPARE(b.width(), a.width() * 2);
        // Dark theme: the background is dark.
        QVERIFY(QColor(b.pixel(2, 2)).lightness() < 80);
        QVERIFY(QColor(a.pixel(2, 2)).lightness() > 200);
    }

    void pdfIsWritten()
    {
        QTemporaryDir dir;
        QString why;
        const QString path = dir.filePath(QStringLiteral("d.pdf"));
        QVERIFY(DiagramExporter::write(load("resources/templates/aks-private-hub-spoke.kubegate"),
                                       path, {}, &why));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.count("/Page") >= 2); // the diagram and the findings
        QVERIFY(bytes.size() > 10000);
    }

    void reportsHaveMatrixPathsAndFindingsAndEscapeUserText()
    {
        const Design d = withName("resources/templates/aks-private-hub-spoke.kubegate",
                                  "laptop-home", "<script>alert(1)</script> | *bold*");
        QTemporaryDir dir;
        QString why;
        const QString md = dir.filePath(QStringLiteral("r.md"));
        QVERIFY2(ReportWriter::write(d, md, &why), qPrintable(why));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("r.svg")))); // the diagram beside it
        const QString markdown = QString::fromUtf8(readAll(md));
        QVERIFY(markdown.contains(QStringLiteral("## Access matrix")));
        QVERIFY(markdown.contains(QStringLiteral("![")));
        QVERIFY(markdown.contains(QStringLiteral("Fix (AKS-050)")));
        QVERIFY(markdown.contains(
            QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*bold\\*")));
        QVERIFY(!markdown.contains(QStringLiteral("<script>")));

        const QString html = dir.filePath(QStringLiteral("r.html"));
        QVERIFY2(ReportWriter::write(d, html, &why), qPrintable(why));
        const QString page = QString::fromUtf8(readAll(html));
        QVERIFY(page.contains(QStringLiteral("<svg")));
        QVERIFY(page.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!page.contains(QStringLiteral("<script>")));
        // Every selected path is explained.
        const Analysis a = Analyzer::run(d);
        int selected = 0;
        for (const auto& p : a.paths)
            selected += p.selected ? 1 : 0;
        QCOMPARE(page.count(QStringLiteral("<h3>")), selected);
    }

    void drawioHasEveryElementAndLinkWithRelativeGeometry()
    {
        const Design d = withName("resources/templates/aks-private-hub-spoke.kubegate",
                                  "laptop-home", "<script>alert(1)</script>");
        QTemporaryDir dir;
        QString why;
        const QString path = dir.filePath(QStringLiteral("d.drawio"));
        QVERIFY2(DrawioWriter::write(d, path, &why), qPrintable(why));
        QXmlStreamReader xml(readAll(path));
        int vertices = 0;
        int edges = 0;
        QString currentId;
        QString currentParent;
        bool relativeOk = true;
        bool labelOk = false;
        int icons = 0;
        QStringList markers;
        QStringList tethers;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto a = xml.attributes();
            if (xml.name() == QStringLiteral("mxCell")) {
                vertices += a.value(QStringLiteral("vertex")) == QStringLiteral("1") ? 1 : 0;
                edges += a.value(QStringLiteral("edge")) == QStringLiteral("1") ? 1 : 0;
                currentId = a.value(QStringLiteral("id")).toString();
                currentParent = a.value(QStringLiteral("parent")).toString();
                labelOk = labelOk || a.value(QStringLiteral("value"))
                                         .startsWith(QStringLiteral("<script>alert(1)</script>"));
                const QString style = a.value(QStringLiteral("style")).toString();
                QVERIFY(!style.contains(QStringLiteral("html=1")));
                // Each element carries its kind's icon: an SVG data URI draw.io can read.
                static const QRegularExpression image(
                    QStringLiteral("image=data:image/svg\\+xml,([A-Za-z0-9+/=]+);"));
                if (const auto m = image.match(style); m.hasMatch()) {
                    const QByteArray svg = QByteArray::fromBase64(m.captured(1).toLatin1());
                    QVERIFY2(svg.contains("<svg"), qPrintable(currentId));
                    ++icons;
                }
                if (currentId.startsWith(QStringLiteral("kg-endpoint-"))) {
                    if (currentId.endsWith(QStringLiteral("-tether")))
                        tethers << a.value(QStringLiteral("target")).toString();
                    else
                        markers << a.value(QStringLiteral("value")).toString();
                }
            }
            if (xml.name() == QStringLiteral("mxGeometry") &&
                currentId == QStringLiteral("kg-aks-pay")) {
                // aks-pay sits in snet-aks-nodes: its position is relative to the subnet.
                const Element* c = d.element("aks-pay");
                const Element* p = d.element(c->parent);
                relativeOk =
                    currentParent == QStringLiteral("kg-") + QString::fromStdString(p->id) &&
                    a.value(QStringLiteral("x")).toDouble() == c->geometry.x - p->geometry.x;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // Every element with its icon; the endpoint markers as shapes, each tethered to its
        // cluster, with the canvas's text (the private endpoint says there is no public FQDN).
        QCOMPARE(icons, static_cast<int>(d.elements().size()));
        QCOMPARE(markers.size(), 2);
        QVERIFY(markers.contains(QStringLiteral("Private endpoint\nno public FQDN")));
        QVERIFY(markers.contains(QStringLiteral("Command invoke (ARM)")));
        QCOMPARE(tethers,
                 QStringList({QStringLiteral("kg-aks-pay"), QStringLiteral("kg-aks-pay")}));
        QCOMPARE(vertices, static_cast<int>(d.elements().size()) + markers.size());
        QCOMPARE(edges, static_cast<int>(d.links().size()) + tethers.size());
        QVERIFY(relativeOk);
        QVERIFY(labelOk); // the name is the label's text, unchanged, as plain text
    }

    // File > Export: every format the command line writes, each previewed and written from
    // the dialog; the file starts in the design's folder and follows the chosen format.
    void exportDialogWritesEveryFormatWithAPreview()
    {
        QTemporaryDir dir;
        const QString designPath = dir.filePath(QStringLiteral("hub.kubegate"));
        const Design d = load("resources/templates/aks-private-hub-spoke.kubegate");
        ExportDialog dialog(d, designPath, "aks-pay");
        QCOMPARE(QFileInfo(dialog.filePath()).absolutePath(), QFileInfo(designPath).absolutePath());
        QCOMPARE(QFileInfo(dialog.filePath()).completeBaseName(), QStringLiteral("hub"));
        QCOMPARE(int(ExportFormats::all().size()), 10);
        for (const auto& f : ExportFormats::all()) {
            dialog.setFormat(f.id);
            QCOMPARE(QFileInfo(dialog.filePath()).suffix(), f.extension);
            dialog.refreshPreview();
            if (f.picture)
                QVERIFY2(!dialog.previewImage().isNull(), qPrintable(f.name));
            else if (f.id != ExportFormats::Id::Eksctl) // an AKS design: nothing for eksctl
                QVERIFY2(!dialog.previewText().isEmpty(), qPrintable(f.name));
            if (f.id == ExportFormats::Id::Eksctl)
                continue;
            QVERIFY2(dialog.exportNow(), qPrintable(f.name));
            QVERIFY2(QFileInfo(dialog.filePath()).size() > 100, qPrintable(dialog.filePath()));
        }
        // The preview of a text format is the file the export writes.
        dialog.setFormat(ExportFormats::Id::Terraform);
        dialog.refreshPreview();
        QVERIFY(dialog.exportNow());
        QCOMPARE(dialog.previewText().toUtf8(), readAll(dialog.filePath()));
        // The PNG option: the scale chosen is the scale written.
        dialog.setFormat(ExportFormats::Id::Png);
        auto* scale = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("exportScale"));
        QVERIFY(scale && scale->isEnabled());
        scale->setValue(1.0);
        QVERIFY(dialog.exportNow());
        const QImage one(dialog.filePath());
        scale->setValue(2.0);
        QVERIFY(dialog.exportNow());
        const QImage two(dialog.filePath());
        QVERIFY(std::abs(two.width() - 2 * one.width()) <= 2);
        // Scale means nothing to a report.
        dialog.setFormat(ExportFormats::Id::Html);
        QVERIFY(!scale->isEnabled());
    }

    void unknownFormatIsRefused()
    {
        QString why;
        QVERIFY(!DiagramExporter::write(Design{}, QStringLiteral("/tmp/x.gif"), {}, &why));
        QVERIFY(why.contains(QStringLiteral(".svg")));
    }
};

QTEST_MAIN(ExportTest)
#include "ExportTest.moc"
