// Golden files for the designer's exports: SVG, draw.io, Markdown (with its diagram), HTML
// byte for byte; PNG decoded and compared pixel by pixel within a small tolerance (antialiasing
// may move by a shade between builds); PDF through pdftotext (poppler-utils), whose text and
// page count are compared, because the PDF bytes embed fonts in a varying order.
// Regenerate with tools/update-golden.sh after checking the new output by eye.
#include "GoldenFile.h"
#include "UiTestHelpers.h"
#include "export/DiagramExporter.h"
#include "export/DrawioWriter.h"
#include "export/ReportWriter.h"
#include "io/DesignJson.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;
using kg::test::compareGolden;

class GoldenExportTest : public QObject
{
    Q_OBJECT

private:
    static Design load(const char* name)
    {
        LoadResult r = DesignJson::loadFile(
            source((std::string("resources/templates/") + name + ".kubegate").c_str())
                .toStdString());
        return r.ok() ? std::move(*r.design) : Design{};
    }

    static std::string bytes(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
    }

    static void expectGolden(const std::string& name, const std::string& actual)
    {
        const std::string diff = compareGolden(name, actual);
        QVERIFY2(diff.empty(), diff.c_str());
    }

    static QString run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QStringLiteral("<%1 failed: %2>")
                .arg(program, QString::fromUtf8(p.readAllStandardError()));
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void svgDrawioAndReports()
    {
        QTemporaryDir dir;
        QString why;
        for (const char* name : {"aks-private-hub-spoke", "eks-public-private"}) {
            const Design d = load(name);
            const std::string stem = std::string("export/") + name;
            const QString svg = dir.filePath(QStringLiteral("diagram.svg"));
            DiagramExporter::Options paths;
            paths.overlays = DiagramExporter::Overlays::All;
            QVERIFY2(DiagramExporter::write(d, svg, paths, &why), qPrintable(why));
            expectGolden(stem + ".svg", bytes(svg));
            const QString drawio = dir.filePath(QStringLiteral("diagram.drawio"));
            QVERIFY2(DrawioWriter::write(d, drawio, &why), qPrintable(why));
            expectGolden(stem + ".drawio", bytes(drawio));
            const QString md = dir.filePath(QStringLiteral("report.md"));
            QVERIFY2(ReportWriter::write(d, md, &why), qPrintable(why));
            expectGolden(stem + ".md", bytes(md));
            expectGolden(stem + ".md.svg", bytes(dir.filePath(QStringLiteral("report.svg"))));
            const QString html = dir.filePath(QStringLiteral("report.html"));
            QVERIFY2(ReportWriter::write(d, html, &why), qPrintable(why));
            expectGolden(stem + ".html", bytes(html));
        }
    }

    void pngWithinTolerance()
    {
        QTemporaryDir dir;
        QString why;
        const QString png = dir.filePath(QStringLiteral("d.png"));
        DiagramExporter::Options options;
        options.scale = 0.5;
        options.dark = true;
        options.overlays = DiagramExporter::Overlays::Element;
        options.overlayElement = "laptop-home";
        QVERIFY2(DiagramExporter::write(load("aks-private-hub-spoke"), png, options, &why),
                 qPrintable(why));
        const QString golden = source("tests/golden/export/aks-private-hub-spoke.dark.png");
        if (kg::test::updatingGolden()) {
            QFile::remove(golden);
            QVERIFY(QFile::copy(png, golden));
            return;
        }
        const QImage actual(png);
        const QImage expected(golden);
        QVERIFY2(!expected.isNull(), "no golden PNG: run tools/update-golden.sh");
        QCOMPARE(actual.size(), expected.size());
        const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
        const QImage e = expected.convertToFormat(QImage::Format_ARGB32);
        qint64 different = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y);
                const QRgb q = e.pixel(x, y);
                if (std::abs(qRed(p) - qRed(q)) > 40 || std::abs(qGreen(p) - qGreen(q)) > 40 ||
                    std::abs(qBlue(p) - qBlue(q)) > 40)
                    ++different;
            }
        }
        const qint64 total = qint64(a.width()) * a.height();
        QVERIFY2(different * 1000 <= total, // at most 0.1 % of the pixels
                 qPrintable(QStringLiteral("%1 of %2 pixels differ from the golden PNG")
                                .arg(different)
                                .arg(total)));
    }

    void pdfTextAndPages()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        QVERIFY2(!pdftotext.isEmpty() && !pdfinfo.isEmpty(),
                 "pdftotext and pdfinfo (poppler-utils) are needed; scripts/deps.sh installs them");
        QTemporaryDir dir;
        QString why;
        const QString pdf = dir.filePath(QStringLiteral("d.pdf"));
        DiagramExporter::Options paths;
        paths.overlays = DiagramExporter::Overlays::All;
        QVERIFY2(DiagramExporter::write(load("aks-private-hub-spoke"), pdf, paths, &why),
                 qPrintable(why));
        QString pages;
        for (const QString& line : run(pdfinfo, {pdf}).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("Pages:")) ||
                line.startsWith(QLatin1String("Page size:")))
                pages += line.simplified() + QLatin1Char('\n');
        }
        const QString text = run(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        expectGolden("export/aks-private-hub-spoke.pdf.txt",
                     (pages + QLatin1Char('\n') + text).toStdString());
    }
};

QTEST_MAIN(GoldenExportTest)
#include "GoldenExportTest.moc"
