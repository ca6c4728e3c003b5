#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "analysis/AnalysisSummary.h"
#include "analysis/Exposure.h"
#include "commands/ChangeElementsCommand.h"
#include "document/DesignDocument.h"
#include "document/FileController.h"
#include "document/VariantController.h"
#include "export/DiagramExporter.h"
#include "export/ReportWriter.h"
#include "io/DesignJson.h"
#include "panels/AccessMatrixPanel.h"
#include "panels/DashboardPanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QProcess>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <map>
#include <memory>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

// The dashboard's charts are the analysis's figures: clients per cluster by verdict, public
// exposure per cluster, blocked paths by stage, findings by severity; they follow the selected
// clusters and edits, and save as PNG and SVG.
class DashboardTest : public QObject
{
    Q_OBJECT

private:
    static QBarSet* set(QChart* chart, int series, int index)
    {
        auto* s = static_cast<QAbstractBarSeries*>(chart->series().at(series));
        return s->barSets().at(index);
    }
    static QStringList categories(QChart* chart)
    {
        for (QAbstractAxis* axis : chart->axes(Qt::Horizontal))
            if (auto* c = qobject_cast<QBarCategoryAxis*>(axis))
                return c->categories();
        return {};
    }
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
    }

private slots:
    void chartsShowTheAnalysis()
    {
        MainWindow w;
        w.files()->setInteractive(false);
        QVERIFY(w.openFile(source("resources/templates/aks-beside-eks.kubegate")));
        settle();
        auto* dashboard = w.findChild<DashboardPanel*>();
        QVERIFY(dashboard);
        const auto charts = dashboard->charts();
        QCOMPARE(charts.size(), std::size_t(5));
        const Analysis& a = w.document()->analysis();
        // Clients per cluster: the three sets add up to every outcome of each cluster.
        QCOMPARE(categories(charts[0]), (QStringList{"aks-pay", "eks-prod"}));
        for (int k = 0; k < 2; ++k) {
            int total = 0;
            for (int s = 0; s < 3; ++s)
                total += static_cast<int>(set(charts[0], 0, s)->at(k));
            int expected = 0;
            const auto cluster = std::find(a.clusters.begin(), a.clusters.end(),
                                           categories(charts[0])[k].toStdString()) -
                                 a.clusters.begin();
            for (std::uint32_t i = 0; i < a.clients.size(); ++i)
                expected += a.best(i, static_cast<std::uint32_t>(cluster)) ? 1 : 0;
            QCOMPARE(total, expected);
        }
        // Exposure: each bar is the cluster's public IPv4 addresses (a floor of 1 on the log
        // axis for a private cluster).
        for (int k = 0; k < 2; ++k) {
            const Element* cluster = w.design().element(categories(charts[1])[k].toStdString());
            QVERIFY(cluster);
            const double n =
                static_cast<double>(Exposure::publicIpv4(w.document()->topology(), *cluster));
            QCOMPARE(set(charts[1], 0, 0)->at(k), std::max(1.0, n));
        }
        // Paths per endpoint: each endpoint's three sets add up to the selected paths through it.
        std::map<QString, int> perEndpoint;
        for (const PathOutcome& p : a.paths)
            if (p.selected)
                ++perEndpoint[AccessMatrixPanel::endpointName(static_cast<int>(p.endpoint))];
        const QStringList doors = categories(charts[4]);
        QCOMPARE(doors.size(), static_cast<qsizetype>(perEndpoint.size()));
        for (int k = 0; k < doors.size(); ++k) {
            int total = 0;
            for (int s = 0; s < 3; ++s)
                total += static_cast<int>(set(charts[4], 0, s)->at(k));
            QCOMPARE(total, perEndpoint[doors[k]]);
        }
        // Findings by severity.
        int errors = 0, warnings = 0, infos = 0;
        for (const auto& f : a.findings)
            (f.severity == Severity::Error     ? errors
             : f.severity == Severity::Warning ? warnings
                                               : infos)++;
        QCOMPARE(set(charts[3], 0, 0)->at(0), double(errors));
        QCOMPARE(set(charts[3], 0, 1)->at(1), double(warnings));
        QCOMPARE(set(charts[3], 0, 2)->at(2), double(infos));
        // Selecting a cluster narrows the per-cluster charts to it; an edit updates them live.
        w.scene()->selectIds({"eks-prod"});
        settle();
        QCOMPARE(categories(charts[0]), QStringList{"eks-prod"});
        QCOMPARE(categories(charts[1]), QStringList{"eks-prod"});
        w.scene()->clearSelection();
        const Element before = *w.design().element("eks-prod");
        Element eks = before;
        eks.properties["resourcesVpcConfig.publicAccessCidrs"] = StringList{"0.0.0.0/0"};
        w.document()->push(new ChangeElementsCommand(w.document(), {{before, eks}},
                                                     [] { return QStringLiteral("Open"); }));
        settle();
        const int index =
            static_cast<int>(categories(charts[1]).indexOf(QStringLiteral("eks-prod")));
        QCOMPARE(set(charts[1], 0, 0)->at(index), double(Exposure::kEveryAddress));
    }

    void chartsSaveAsPngAndSvg()
    {
        MainWindow w;
        w.files()->setInteractive(false);
        QVERIFY(w.openFile(source("resources/templates/aks-private-hub-spoke.kubegate")));
        w.resize(1400, 900);
        w.show();
        settle();
        auto* view = w.findChild<QChartView*>(QStringLiteral("dashboardChart0"));
        QVERIFY(view);
        view->resize(400, 300);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(DashboardPanel::saveChart(view, png));
        QVERIFY(DashboardPanel::saveChart(view, svg));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 300);
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QFile text(svg);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readAll().contains("Clients per cluster"));
    }

    void findingsPerVariantSideBySide()
    {
        MainWindow w;
        w.files()->setInteractive(false);
        QVERIFY(w.openFile(source("resources/templates/aks-public.kubegate")));
        settle();
        QChart* findings = w.findChild<DashboardPanel*>()->charts().at(3);
        QCOMPARE(findings->title(), QStringLiteral("Findings by severity"));
        QVERIFY(w.variants()->newVariant(QStringLiteral("Private")));
        DesignDocument* doc = w.document();
        const Element before = *doc->design().element("aks-web");
        Element after = before;
        after.properties["apiServerAccessProfile.enablePrivateCluster"] = true;
        doc->push(new ChangeElementsCommand(doc, {{before, after}},
                                            [] { return QStringLiteral("Private"); }));
        settle();
        QCOMPARE(findings->title(), QStringLiteral("Findings by severity, per variant"));
        QCOMPARE(set(findings, 0, 0)->label(), QStringLiteral("Base design"));
        QCOMPARE(set(findings, 0, 1)->label(), QStringLiteral("Private"));
        QCOMPARE(categories(findings),
                 (QStringList{QStringLiteral("Errors"), QStringLiteral("Warnings"),
                              QStringLiteral("Info")}));
        // Each set holds its design's counts: the shown one's from the canvas's analysis, the
        // others' analysed apart; showing the other side swaps which is which.
        auto counts = [&](int set) {
            QList<double> out;
            for (int i = 0; i < 3; ++i)
                out << DashboardTest::set(findings, 0, set)->at(i);
            return out;
        };
        auto live = [&] {
            const auto n = AnalysisSummary::of(doc->analysis()).findingsBySeverity;
            return QList<double>{double(n[0]), double(n[1]), double(n[2])};
        };
        QTRY_COMPARE(counts(1), live());
        const QList<double> privateCounts = live();
        doc->showVariant(-1);
        settle();
        QTRY_COMPARE(counts(0), live());
        QCOMPARE(counts(1), privateCounts);
        QVERIFY(counts(0) != counts(1)); // AKS-017 warns on the public base only
        QCOMPARE(counts(0).at(1), 1.0);
    }

    void pdfEndsWithTheCharts()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
        QFile file(source("resources/templates/aks-beside-eks.kubegate"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const LoadResult loaded = DesignJson::load(file.readAll().toStdString());
        QVERIFY(loaded.ok());
        QTemporaryDir dir;
        QString error;
        const QString pdf = dir.filePath(QStringLiteral("d.pdf"));
        QVERIFY2(DiagramExporter::write(*loaded.design, pdf, {}, &error), qPrintable(error));
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        // The last page: the four charts, their titles as text.
        const QString last = text.section(QLatin1Char('\f'), -2, -2);
        for (const char* title :
             {"Clients per cluster", "Public exposure (IPv4 addresses)", "Blocked paths by stage",
              "Findings by severity", "Paths per endpoint"})
            QVERIFY2(last.contains(QLatin1String(title)), qPrintable(last));
    }

    void reportsCarryTheCharts()
    {
        // The HTML report inlines the charts; the Markdown report links a file written beside it.
        QFile file(source("resources/templates/aks-beside-eks.kubegate"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const LoadResult loaded = DesignJson::load(file.readAll().toStdString());
        QVERIFY(loaded.ok());
        QTemporaryDir dir;
        QString error;
        const QString html = dir.filePath(QStringLiteral("report.html"));
        QVERIFY2(ReportWriter::write(*loaded.design, html, &error, {}), qPrintable(error));
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray text = page.readAll();
        QVERIFY(text.contains("<h2>Dashboard</h2>"));
        QVERIFY(text.contains("Public exposure (IPv4 addresses)"));
        const QString md = dir.filePath(QStringLiteral("report.md"));
        QVERIFY2(ReportWriter::write(*loaded.design, md, &error, {}), qPrintable(error));
        QFile markdown(md);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        QVERIFY(markdown.readAll().contains("![Dashboard](report.charts.svg)"));
        QSvgRenderer charts(dir.filePath(QStringLiteral("report.charts.svg")));
        QVERIFY(charts.isValid());
    }
};

QTEST_MAIN(DashboardTest)
#include "DashboardTest.moc"
