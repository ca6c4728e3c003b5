#include "export/ReportWriter.h"

#include "Application.h"
#include "analysis/Analyzer.h"
#include "document/DurableCommit.h"
#include "export/DiagramExporter.h"
#include "export/WebSvg.h"
#include "io/MarkdownText.h"
#include "panels/DashboardPanel.h"
#include "panels/RuleTexts.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace kg::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString labelOf(const Design& d, const std::string& id)
{
    if (const Element* e = d.element(id))
        return q(e->label());
    const auto slash = id.find('/');
    if (slash != std::string::npos)
        if (const Element* c = d.element(id.substr(0, slash)))
            return ReportWriter::tr("nodes of %1").arg(q(c->label()));
    return q(id);
}

// The endpoint as the command line names it ("private", "run-command"), in the interface
// language (the Chinese name says 终结点 itself).
QString endpointName(EndpointKind kind)
{
    return QString::fromStdString(
        render(Sentence{"cli.endpoint." + std::string(toString(kind))}, Application::language()));
}

// The document's content as a list of blocks, written by one of two small back ends.
struct Writer
{
    bool html = false;
    QString out;

    QString esc(const QString& s) const
    {
        return html ? s.toHtmlEscaped() : ReportWriter::markdownEscaped(s);
    }
    void heading(int level, const QString& text)
    {
        out += html ? QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(esc(text))
                    : QString(level, QLatin1Char('#')) + QLatin1Char(' ') + esc(text) +
                          QStringLiteral("\n\n");
    }
    void paragraph(const QString& text)
    {
        out += html ? QStringLiteral("<p>%1</p>\n").arg(esc(text))
                    : esc(text) + QStringLiteral("\n\n");
    }
    void table(const QStringList& header, const QList<QStringList>& rows)
    {
        if (html) {
            out += QStringLiteral("<table>\n<tr>");
            for (const auto& h : header)
                out += QStringLiteral("<th>%1</th>").arg(esc(h));
            out += QStringLiteral("</tr>\n");
            for (const auto& r : rows) {
                out += QStringLiteral("<tr>");
                for (const auto& c : r)
                    out += QStringLiteral("<td>%1</td>").arg(esc(c));
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
            return;
        }
        QStringList h;
        for (const auto& c : header)
            h << esc(c);
        out += QStringLiteral("| ") + h.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
        for (int i = 0; i < header.size(); ++i)
            out += QStringLiteral("---|");
        out += QLatin1Char('\n');
        for (const auto& r : rows) {
            QStringList cells;
            for (const auto& c : r)
                cells << esc(c);
            out +=
                QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
        out += QLatin1Char('\n');
    }
    void list(const QStringList& items)
    {
        if (html) {
            out += QStringLiteral("<ol>\n");
            for (const auto& i : items)
                out += QStringLiteral("<li>%1</li>\n").arg(esc(i));
            out += QStringLiteral("</ol>\n");
            return;
        }
        for (int i = 0; i < items.size(); ++i)
            out += QStringLiteral("%1. %2\n").arg(i + 1).arg(esc(items[i]));
        out += QLatin1Char('\n');
    }
};

} // namespace

QString ReportWriter::markdownEscaped(const QString& text)
{
    return QString::fromStdString(MarkdownText::escaped(text.toStdString()));
}

bool ReportWriter::handles(const QString& path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    return ext == QStringLiteral("md") || ext == QStringLiteral("html") ||
           ext == QStringLiteral("htm");
}

bool ReportWriter::write(const Design& design, const QString& path, QString* error,
                         const DiagramExporter::Options& options)
{
    const bool html = QFileInfo(path).suffix().toLower() != QStringLiteral("md");
    // The diagram: next to the Markdown file, inline in the HTML.
    const QString svgPath = html ? QString()
                                 : QFileInfo(path).path() + QLatin1Char('/') +
                                       QFileInfo(path).completeBaseName() + QStringLiteral(".svg");
    QTemporaryDir tmp;
    const QString diagram = html ? tmp.filePath(QStringLiteral("diagram.svg")) : svgPath;
    if (!DiagramExporter::write(design, diagram, options, error))
        return false;

    const Analysis analysis = Analyzer::run(design);
    Writer w;
    w.html = html;
    const QString title = design.title().empty() ? tr("Kubegate design") : q(design.title());
    if (html)
        w.out +=
            QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                           "<style>body{font-family:sans-serif;max-width:72em;margin:2em auto}"
                           "table{border-collapse:collapse}td,th{border:1px solid #bbb;"
                           "padding:3px 6px;text-align:left}</style></head><body>\n")
                .arg(title.toHtmlEscaped());
    w.heading(1, title);
    if (!design.notes().empty())
        w.paragraph(q(design.notes()));
    w.heading(2, tr("Diagram"));
    if (html) {
        QFile svg(diagram);
        if (!svg.open(QIODevice::ReadOnly)) {
            if (error)
                *error = svg.errorString();
            return false;
        }
        // Scaled to the page's column; the XML declaration dropped: inline SVG.
        QByteArray bytes = WebSvg::inlined(svg.readAll(), QFontInfo(QApplication::font()).family());
        const auto start = bytes.indexOf("<svg");
        w.out += QString::fromUtf8(start >= 0 ? bytes.mid(start) : bytes) + QLatin1Char('\n');
    } else {
        w.out += QStringLiteral("![%1](%2)\n\n")
                     .arg(markdownEscaped(title), QFileInfo(svgPath).fileName());
    }

    // The dashboard's charts, drawn offscreen: inline in the HTML, a file beside the Markdown.
    const QByteArray charts = DashboardPanel::renderSvg(design);
    if (!charts.isEmpty()) {
        w.heading(2, tr("Dashboard"));
        if (html) {
            const QByteArray inlined =
                WebSvg::inlined(charts, QFontInfo(QApplication::font()).family());
            const auto start = inlined.indexOf("<svg");
            w.out +=
                QString::fromUtf8(start >= 0 ? inlined.mid(start) : inlined) + QLatin1Char('\n');
        } else {
            const QString chartsPath = QFileInfo(path).path() + QLatin1Char('/') +
                                       QFileInfo(path).completeBaseName() +
                                       QStringLiteral(".charts.svg");
            QSaveFile file(chartsPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(charts) != charts.size() ||
                !commitDurably(file)) {
                if (error)
                    *error = file.errorString();
                return false;
            }
            w.out += QStringLiteral("![%1](%2)\n\n")
                         .arg(tr("Dashboard"), QFileInfo(chartsPath).fileName());
        }
    }

    w.heading(2, tr("Access matrix"));
    QStringList header{tr("Client")};
    for (const auto& c : analysis.clusters)
        header << labelOf(design, c);
    QList<QStringList> rows;
    for (std::uint32_t i = 0; i < analysis.clients.size(); ++i) {
        QStringList row{labelOf(design, analysis.clients[i])};
        for (std::uint32_t k = 0; k < analysis.clusters.size(); ++k) {
            const PathOutcome* best = analysis.best(i, k);
            if (!best)
                row << QStringLiteral("-");
            else if (best->reachable && best->assumed)
                row << tr("assumed reachable (%1)").arg(endpointName(best->endpoint));
            else if (best->reachable)
                row << tr("reachable (%1)").arg(endpointName(best->endpoint));
            else
                row << tr("blocked by %1 (%2)")
                           .arg(q(std::string(best->rule)), endpointName(best->endpoint));
        }
        rows << row;
    }
    w.table(header, rows);

    w.heading(2, tr("Paths"));
    for (const Path& p : Analyzer::detailedPaths(design, analysis)) {
        if (!p.selected)
            continue;
        w.heading(3, tr("%1 to %2 through the %3 endpoint: %4")
                         .arg(labelOf(design, p.client), labelOf(design, p.cluster),
                              endpointName(p.endpoint),
                              !p.reachable ? tr("blocked")
                              : p.assumed  ? tr("reachable on an assumption")
                                           : tr("reachable")));
        QStringList steps;
        for (const auto& s : p.steps)
            steps << tr("%1 %2 (%3): %4")
                         .arg(QString::fromStdString(
                                  render(Sentence{"report.stage." + std::string(toString(s.stage))},
                                         Application::language())),
                              !s.ok       ? tr("BLOCKED")
                              : s.assumed ? tr("assumed")
                                          : tr("passes"),
                              q(s.rule), Application::render(s.sentence, s.text));
        w.list(steps);
        if (!p.reachable && !p.fix.text.empty())
            w.paragraph(tr("Fix (%1): %2")
                            .arg(q(p.fix.rule), Application::render(p.fix.sentence, p.fix.text)));
    }

    w.heading(2, tr("Findings"));
    QList<QStringList> findings;
    for (const auto& f : analysis.findings)
        findings << QStringList{RuleTexts::severity(f.severity), q(f.rule), RuleTexts::message(f)};
    if (findings.isEmpty())
        w.paragraph(tr("No findings."));
    else
        w.table({tr("Severity"), tr("Rule"), tr("Finding")}, findings);
    if (html)
        w.out += QStringLiteral("</body></html>\n");

    QSaveFile file(path);
    const QByteArray bytes = w.out.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !commitDurably(file)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace kg::ui
