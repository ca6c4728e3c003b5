#include "panels/DashboardPanel.h"

#include "Retranslator.h"
#include "analysis/AnalysisSummary.h"
#include "analysis/Analyzer.h"
#include "analysis/Exposure.h"
#include "canvas/CanvasTheme.h"
#include "canvas/ElementItem.h"
#include "canvas/EndpointItem.h"
#include "canvas/PathOverlay.h"
#include "document/DesignDocument.h"
#include "model/Design.h"
#include "panels/AccessMatrixPanel.h"
#include "panels/NaturalOrder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QLegend>
#include <QLogValueAxis>
#include <QMenu>
#include <QPainter>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QTimer>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace kg::ui {

namespace {

QChartView* makeView(QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // live figures: no bars growing on edits
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 200);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    return view;
}

// Removes what the chart shows (series and axes) before it is filled again.
void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void theme(QChart* chart)
{
    const CanvasTheme& t = CanvasTheme::current();
    chart->setTheme(t.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(t.background);
    chart->setTitleBrush(t.text);
    chart->legend()->setLabelColor(t.text);
}

void categories(QChart* chart, QAbstractSeries* series, const QStringList& names)
{
    auto* x = new QBarCategoryAxis;
    x->append(names);
    x->setLabelsColor(CanvasTheme::current().text);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
}

void counts(QChart* chart, QAbstractSeries* series, double max)
{
    // Whole numbers on every tick: a step of 1, 2, 3 ... so that at most six ticks cover the
    // tallest bar (six ticks over 0 to 6 would fall on 1.2, 2.4 ... and read as 1, 2 ...).
    const int tallest = std::max(1, static_cast<int>(std::ceil(max)));
    const int step = (tallest + 4) / 5;
    const int top = step * ((tallest + step - 1) / step);
    auto* y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(top / step + 1);
    y->setLabelsColor(CanvasTheme::current().text);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace

DashboardPanel::DashboardPanel(DesignDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    for (int i = 0; i < 5; ++i) {
        QChartView* view = makeView(this);
        view->setObjectName(QStringLiteral("dashboardChart%1").arg(i));
        // Two rows, as high as the dock always was: clients, endpoints and exposure above,
        // stages and the (per variant, wider) findings below.
        static const int places[5][3] = {{0, 0, 1}, {0, 2, 1}, {1, 0, 1}, {1, 1, 2}, {0, 1, 1}};
        grid->addWidget(view, places[i][0], places[i][1], 1, places[i][2]);
        m_views.push_back(view);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& at) {
            QMenu menu(this);
            menu.addAction(tr("Save Chart as PNG or SVG..."), this, [this, view] {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Save Chart"), view->chart()->title() + QStringLiteral(".png"),
                    tr("PNG image (*.png);;SVG image (*.svg)"));
                if (!path.isEmpty())
                    saveChart(view, path);
            });
            menu.exec(view->mapToGlobal(at));
        });
    }
    connect(document, &DesignDocument::analysisUpdated, this, &DashboardPanel::scheduleRefresh);
    connect(document, &DesignDocument::variantsChanged, this, &DashboardPanel::scheduleRefresh);
    // Drawn now, and again in the new language when it changes: the charts' words are made
    // with their data.
    Retranslator::bind(this, [this] { refresh(); });
}

void DashboardPanel::setFocusClusters(std::vector<std::string> ids)
{
    if (ids == m_focus)
        return;
    m_focus = std::move(ids);
    scheduleRefresh();
}

std::vector<QChart*> DashboardPanel::charts() const
{
    std::vector<QChart*> out;
    for (QChartView* v : m_views)
        out.push_back(v->chart());
    return out;
}

bool DashboardPanel::saveChart(QChartView* view, const QString& path)
{
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(view->size());
        svg.setViewBox(QRect(QPoint(0, 0), view->size()));
        svg.setTitle(view->chart()->title());
        QPainter p;
        if (!p.begin(&svg))
            return false;
        view->render(&p);
        return p.end();
    }
    return view->grab().save(path);
}

void DashboardPanel::paintCharts(const Design& design, QPainter* painter, const QSize& size)
{
    DesignDocument document;
    document.reset(design, QString());
    DashboardPanel panel(&document);
    // Laid out and drawn without ever being shown (showing it offscreen makes the platform
    // plugin print warnings into the command line's output).
    panel.resize(size);
    panel.ensurePolished();
    panel.layout()->activate();
    // A view sizes its chart only when shown: sized here, or each chart keeps its default
    // 123 x 125 and its legend is laid out for that, one marker wide. The layout requests
    // that posts are delivered here, as the event loop would.
    for (QChartView* view : panel.m_views)
        view->chart()->resize(view->size());
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents();
    // Each view's scene, where the panel places it: the panel's own render leaves the legends'
    // markers out.
    painter->fillRect(QRect(QPoint(0, 0), size), panel.palette().window());
    for (QChartView* view : panel.m_views)
        view->render(painter, QRectF(view->geometry()), view->rect());
}

QByteArray DashboardPanel::renderSvg(const Design& design, const QSize& size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(tr("Dashboard"));
    QPainter p;
    if (!p.begin(&svg))
        return {};
    paintCharts(design, &p, size);
    p.end();
    return buffer.data();
}

void DashboardPanel::scheduleRefresh()
{
    // Analyses come after every edit; the charts are drawn once per burst.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        refresh();
    });
}

void DashboardPanel::refresh()
{
    const Design& d = m_document->design();
    const Analysis& a = m_document->analysis();
    // The clusters shown: the focus, or every one, in natural order of their names.
    std::vector<std::uint32_t> shown;
    for (std::uint32_t k = 0; k < a.clusters.size(); ++k)
        if (m_focus.empty() ||
            std::find(m_focus.begin(), m_focus.end(), a.clusters[k]) != m_focus.end())
            shown.push_back(k);
    auto label = [&](std::uint32_t k) {
        const Element* e = d.element(a.clusters[k]);
        return QString::fromStdString(e ? e->label() : a.clusters[k]);
    };
    std::stable_sort(shown.begin(), shown.end(), [&](std::uint32_t x, std::uint32_t y) {
        return naturalLess(label(x), label(y));
    });
    QStringList names;
    for (std::uint32_t k : shown)
        names << label(k);

    // Clients per cluster, by verdict.
    QChart* clients = m_views[0]->chart();
    clear(clients);
    theme(clients);
    clients->setTitle(tr("Clients per cluster"));
    auto* reachable = new QBarSet(tr("Reachable"));
    auto* assumed = new QBarSet(tr("Assumed"));
    auto* blocked = new QBarSet(tr("Blocked"));
    reachable->setColor(PathOverlay::colour(true));
    assumed->setColor(PathOverlay::colour(true).lighter(150));
    blocked->setColor(PathOverlay::colour(false));
    const AnalysisSummary summary = AnalysisSummary::of(a, shown);
    double most = 0;
    for (const AnalysisSummary::Tally& t : summary.perCluster) {
        *reachable << t.reachable;
        *assumed << t.assumed;
        *blocked << t.blocked;
        most = std::max(most, static_cast<double>(t.total()));
    }
    auto* stacked = new QStackedBarSeries;
    stacked->append({reachable, assumed, blocked});
    clients->addSeries(stacked);
    categories(clients, stacked, names);
    counts(clients, stacked, most);

    // Paths per endpoint, by verdict: every selected path of the clusters shown, by the door it
    // goes through.
    QChart* doors = m_views[4]->chart();
    clear(doors);
    theme(doors);
    doors->setTitle(tr("Paths per endpoint"));
    auto* doorReachable = new QBarSet(tr("Reachable"));
    auto* doorAssumed = new QBarSet(tr("Assumed"));
    auto* doorBlocked = new QBarSet(tr("Blocked"));
    doorReachable->setColor(reachable->color());
    doorAssumed->setColor(assumed->color());
    doorBlocked->setColor(blocked->color());
    QStringList endpoints;
    double tallestDoor = 0;
    for (const auto& [kind, t] : summary.perEndpoint) {
        endpoints << AccessMatrixPanel::endpointName(static_cast<int>(kind));
        *doorReachable << t.reachable;
        *doorAssumed << t.assumed;
        *doorBlocked << t.blocked;
        tallestDoor = std::max(tallestDoor, static_cast<double>(t.total()));
    }
    auto* doorBars = new QStackedBarSeries;
    doorBars->append({doorReachable, doorAssumed, doorBlocked});
    doors->addSeries(doorBars);
    categories(doors, doorBars, endpoints);
    counts(doors, doorBars, tallestDoor);

    // Public exposure, log scale: a private cluster draws no bar (its value sits on the floor).
    QChart* exposure = m_views[1]->chart();
    clear(exposure);
    theme(exposure);
    exposure->setTitle(tr("Public exposure (IPv4 addresses)"));
    exposure->legend()->hide();
    auto* addresses = new QBarSet(tr("Addresses"));
    addresses->setColor(EndpointItem::colour(EndpointKind::Public));
    for (std::uint32_t k : shown) {
        const Element* cluster = d.element(a.clusters[k]);
        const double n =
            cluster ? static_cast<double>(Exposure::publicIpv4(m_document->topology(), *cluster))
                    : 0.0;
        *addresses << std::max(1.0, n);
    }
    auto* bars = new QBarSeries;
    bars->append(addresses);
    exposure->addSeries(bars);
    categories(exposure, bars, names);
    auto* log = new QLogValueAxis;
    // Powers of 256 (one octet at a time) up to every IPv4 address: five short labels.
    log->setBase(256);
    log->setRange(1, static_cast<double>(Exposure::kEveryAddress));
    log->setMinorTickCount(0);
    log->setLabelFormat(QStringLiteral("%.3g"));
    log->setLabelsColor(CanvasTheme::current().text);
    exposure->addAxis(log, Qt::AlignLeft);
    bars->attachAxis(log);

    // Blocked paths by the stage that blocks them.
    QChart* stages = m_views[2]->chart();
    clear(stages);
    theme(stages);
    stages->setTitle(tr("Blocked paths by stage"));
    stages->legend()->hide();
    auto* blockedSet = new QBarSet(tr("Blocked paths"));
    blockedSet->setColor(PathOverlay::colour(false));
    double tallest = 0;
    for (const int n : summary.blockedByStage) {
        *blockedSet << n;
        tallest = std::max(tallest, static_cast<double>(n));
    }
    auto* stageBars = new QBarSeries;
    stageBars->append(blockedSet);
    stages->addSeries(stageBars);
    categories(stages, stageBars, {tr("DNS"), tr("Network"), tr("Admission"), tr("Identity")});
    counts(stages, stageBars, tallest);

    // Findings by severity: one bar per severity, or with variants one set per variant, side
    // by side, the base first.
    QChart* findings = m_views[3]->chart();
    clear(findings);
    theme(findings);
    const QString severityNames[] = {tr("Errors"), tr("Warnings"), tr("Info")};
    const std::vector<Variant>& variants = m_document->variants();
    if (variants.empty()) {
        findings->setTitle(tr("Findings by severity"));
        findings->legend()->hide();
        const auto [errors, warnings, infos] = summary.findingsBySeverity;
        // One set per severity, each with a value in its own column only: the bars take the
        // finding badges' colours.
        auto* severityBars = new QStackedBarSeries;
        const int values[] = {errors, warnings, infos};
        const ElementItem::Badge badges[] = {ElementItem::Badge::Error, ElementItem::Badge::Warning,
                                             ElementItem::Badge::Info};
        for (int i = 0; i < 3; ++i) {
            auto* bar = new QBarSet(severityNames[i]);
            for (int j = 0; j < 3; ++j)
                *bar << (i == j ? values[i] : 0);
            bar->setColor(ElementItem::badgeColours(badges[i]).first);
            severityBars->append(bar);
        }
        findings->addSeries(severityBars);
        categories(findings, severityBars, {severityNames[0], severityNames[1], severityNames[2]});
        counts(findings, severityBars, std::max({errors, warnings, infos}));
        return;
    }
    findings->setTitle(tr("Findings by severity, per variant"));
    findings->legend()->show();
    auto* perVariant = new QBarSeries;
    double tallestSet = 0;
    // Colour-blind-safe hues for up to eight designs, then they repeat.
    static const QColor hues[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                  QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                  QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                  QColor(0xF0, 0xE4, 0x42), QColor(0x59, 0x59, 0x59)};
    for (int v = -1; v < static_cast<int>(variants.size()); ++v) {
        const std::array<int, 3> bySeverity =
            v == m_document->shownVariant()
                ? summary.findingsBySeverity
                : AnalysisSummary::of(Analyzer::run(m_document->variantDesign(v)))
                      .findingsBySeverity;
        auto* set =
            new QBarSet(v < 0 ? tr("Base design")
                              : QString::fromStdString(variants[static_cast<std::size_t>(v)].name));
        for (const int n : bySeverity) {
            *set << n;
            tallestSet = std::max(tallestSet, static_cast<double>(n));
        }
        set->setColor(hues[static_cast<std::size_t>(v + 1) % std::size(hues)]);
        perVariant->append(set);
    }
    findings->addSeries(perVariant);
    categories(findings, perVariant, {severityNames[0], severityNames[1], severityNames[2]});
    counts(findings, perVariant, tallestSet);
}

} // namespace kg::ui
