#include "panels/AccessMatrixPanel.h"

#include "analysis/Analysis.h"
#include "canvas/PathOverlay.h"
#include "document/ComparisonController.h"
#include "document/QuizController.h"
#include "model/Design.h"
#include "panels/NaturalOrder.h"

#include <QHeaderView>
#include <algorithm>
#include <numeric>

namespace kg::ui {

namespace {
constexpr int kClientRole = Qt::UserRole + 1;
constexpr int kClusterRole = Qt::UserRole + 2;
// Beyond this the matrix would be unreadable and slow to fill; the status bar has the counts.
constexpr std::size_t kMaxCells = 40000;

} // namespace

AccessMatrixPanel::AccessMatrixPanel(QWidget* parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    horizontalHeader()->setDefaultSectionSize(130);
    verticalHeader()->setDefaultSectionSize(24);
    connect(this, &QTableWidget::cellClicked, this, [this](int row, int column) {
        QTableWidgetItem* cell = item(row, column);
        if (!cell)
            return;
        const QString client = cell->data(kClientRole).toString();
        const QString cluster = cell->data(kClusterRole).toString();
        if (m_quiz && m_quiz->active())
            emit quizCellActivated(client, cluster);
        else
            emit pairActivated(client, cluster);
    });
}

QString AccessMatrixPanel::endpointName(int endpointKind)
{
    switch (static_cast<EndpointKind>(endpointKind)) {
    case EndpointKind::Public:
        return tr("public");
    case EndpointKind::Private:
        return tr("private");
    case EndpointKind::VnetIntegration:
        return tr("VNet integration");
    case EndpointKind::EksEni:
        return tr("EKS ENI");
    case EndpointKind::UserEndpoint:
        return tr("own private endpoint");
    case EndpointKind::RunCommand:
        return tr("command invoke");
    }
    return {};
}

void AccessMatrixPanel::markChange(QTableWidgetItem* cell, const std::string& client,
                                   const std::string& cluster) const
{
    const int change = m_comparison->pairChange(client, cluster);
    if (change == 0)
        return;
    // A glyph before the verdict and bold type: the change reads without colour.
    const QString glyph = change == 1    ? QStringLiteral("▲ ")
                          : change == -1 ? QStringLiteral("▼ ")
                                         : QStringLiteral("◆ ");
    cell->setText(glyph + cell->text());
    QFont bold = cell->font();
    bold.setBold(true);
    cell->setFont(bold);
    const QString what = change == 1 ? tr("Gained") : change == -1 ? tr("Lost") : tr("Changed");
    cell->setToolTip(what + QStringLiteral(" · ") + cell->toolTip() + QLatin1Char('\n') +
                     m_comparison->pairBefore(client, cluster));
}

std::pair<std::string, std::string> AccessMatrixPanel::currentPair() const
{
    const QTableWidgetItem* cell = currentItem();
    if (!cell)
        return {};
    return {cell->data(kClientRole).toString().toStdString(),
            cell->data(kClusterRole).toString().toStdString()};
}

void AccessMatrixPanel::showQuizCell(QTableWidgetItem* cell, const PathOutcome* best,
                                     const std::string& client, const std::string& cluster) const
{
    const int question = m_quiz->indexOf(client, cluster);
    if (question < 0) {
        cell->setText(QString());
        cell->setToolTip(tr("Not asked in this quiz"));
        return;
    }
    const QString number = tr("Q%1").arg(question + 1);
    const auto predicted = m_quiz->prediction(question);
    QFont font = cell->font();
    font.setBold(question == m_quiz->current());
    cell->setFont(font);
    if (!m_quiz->revealed(question)) {
        // The question and what the class said; the verdict stays hidden.
        cell->setText(predicted ? tr("%1: %2?").arg(number, QuizController::answerName(*predicted))
                                : tr("%1: ?").arg(number));
        cell->setToolTip(tr("Question %1: not revealed yet").arg(question + 1));
        return;
    }
    const auto truth = m_quiz->answer(question);
    if (!best || !truth) {
        cell->setText(tr("%1: no path").arg(number));
        return;
    }
    const bool right = predicted == truth;
    cell->setText(
        (right ? tr("%1: ✓ %2") : tr("%1: ✗ %2")).arg(number, QuizController::answerName(*truth)));
    QColor tint = PathOverlay::colour(best->reachable);
    tint.setAlpha(40);
    cell->setBackground(tint);
    cell->setToolTip(
        right ? tr("The class predicted it")
              : tr("The class predicted %1")
                    .arg(predicted ? QuizController::answerLabel(*predicted) : tr("nothing")));
}

void AccessMatrixPanel::showAnalysis(const Analysis& analysis, const Design& design)
{
    clear();
    const std::size_t cells = analysis.clients.size() * analysis.clusters.size();
    if (cells > kMaxCells || analysis.clusters.empty()) {
        setRowCount(0);
        setColumnCount(0);
        return;
    }
    setRowCount(static_cast<int>(analysis.clients.size()));
    setColumnCount(static_cast<int>(analysis.clusters.size()));
    auto label = [&](const std::string& id) {
        const Element* e = design.element(id);
        return QString::fromStdString(e ? e->label() : id);
    };
    QStringList rowLabels;
    for (const auto& id : analysis.clients) {
        // Implicit nodes are named after their cluster: "<cluster>/nodes".
        const auto slash = id.find('/');
        rowLabels << (slash == std::string::npos ? label(id)
                                                 : tr("%1 nodes").arg(label(id.substr(0, slash))));
    }
    QStringList columnLabels;
    for (const auto& id : analysis.clusters)
        columnLabels << label(id);
    // Rows and columns in natural order of their names (aks-2 before aks-10), whatever order
    // the design lists them in; the cells carry their client and cluster ids.
    auto naturalOrder = [&](const QStringList& labels) {
        std::vector<int> order(static_cast<std::size_t>(labels.size()));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return naturalLess(labels[a], labels[b]); });
        return order;
    };
    const std::vector<int> rowOrder = naturalOrder(rowLabels);
    const std::vector<int> columnOrder = naturalOrder(columnLabels);
    QStringList rows;
    for (int r : rowOrder)
        rows << rowLabels[r];
    QStringList columns;
    for (int c : columnOrder)
        columns << columnLabels[c];
    setVerticalHeaderLabels(rows);
    setHorizontalHeaderLabels(columns);
    for (std::size_t row = 0; row < rowOrder.size(); ++row) {
        const auto i = static_cast<std::uint32_t>(rowOrder[row]);
        for (std::size_t column = 0; column < columnOrder.size(); ++column) {
            const auto k = static_cast<std::uint32_t>(columnOrder[column]);
            const PathOutcome* best = analysis.best(i, k);
            auto* cell = new QTableWidgetItem;
            cell->setData(kClientRole, QString::fromStdString(analysis.clients[i]));
            cell->setData(kClusterRole, QString::fromStdString(analysis.clusters[k]));
            if (m_quiz && m_quiz->active()) {
                showQuizCell(cell, best, analysis.clients[i], analysis.clusters[k]);
            } else if (!best) {
                cell->setText(QStringLiteral("—"));
                cell->setToolTip(tr("No path: nodes only talk to their own cluster."));
                cell->setForeground(palette().placeholderText());
            } else {
                const QString endpoint = endpointName(static_cast<int>(best->endpoint));
                // A glyph as well as the tint, so that the verdict reads without colour; an
                // assumed path's tick is in brackets and its tint paler.
                const bool assumed = best->reachable && best->assumed;
                cell->setText((!best->reachable ? QStringLiteral("✗ ")
                               : assumed        ? QStringLiteral("(✓) ")
                                                : QStringLiteral("✓ ")) +
                              endpoint);
                QColor tint = PathOverlay::colour(best->reachable);
                tint.setAlpha(assumed ? 18 : 40);
                cell->setBackground(tint);
                const QString rule =
                    QString::fromUtf8(best->rule.data(), static_cast<qsizetype>(best->rule.size()));
                cell->setToolTip(
                    !best->reachable ? tr("Blocked on the %1 endpoint by %2").arg(endpoint, rule)
                    : assumed ? tr("Reachable through the %1 endpoint on an assumption: a step "
                                   "the design does not say enough about was not checked")
                                    .arg(endpoint)
                              : tr("Reachable through the %1 endpoint, every step checked")
                                    .arg(endpoint));
            }
            if (m_comparison && m_comparison->active() && !(m_quiz && m_quiz->active()))
                markChange(cell, analysis.clients[i], analysis.clusters[k]);
            setItem(static_cast<int>(row), static_cast<int>(column), cell);
            // The question on the board is the matrix's current cell.
            if (m_quiz && m_quiz->active() && m_quiz->current() < m_quiz->count()) {
                const QuizCell& q =
                    m_quiz->questions()[static_cast<std::size_t>(m_quiz->current())];
                if (q.client == analysis.clients[i] && q.cluster == analysis.clusters[k])
                    setCurrentCell(static_cast<int>(row), static_cast<int>(column));
            }
        }
    }
}

} // namespace kg::ui
