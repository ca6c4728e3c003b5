// MainWindow's comparison: a variant or a what-if against what is shown, on the canvas (a bar
// and a tag on each card whose paths differ) and in the access matrix.
#include "ActionRegistry.h"
#include "MainWindow.h"
#include "Retranslator.h"
#include "canvas/ComparisonBar.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "document/ComparisonController.h"
#include "document/DesignDocument.h"
#include "panels/AccessMatrixPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QVBoxLayout>

namespace kg::ui {

void MainWindow::createComparison()
{
    // The bar above the canvas, in the central widget's own column.
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    takeCentralWidget();
    column->addWidget(new ComparisonBar(m_comparison, central));
    column->addWidget(m_view, 1);
    setCentralWidget(central);
    m_matrix->setComparison(m_comparison);
    connect(m_comparison, &ComparisonController::changed, this, [this] {
        std::map<std::string, std::array<int, 3>> marks;
        for (const auto& [id, m] : m_comparison->marks())
            marks[id] = {m.gained, m.lost, m.changed};
        m_scene->setComparisonMarks(std::move(marks));
        m_matrix->showAnalysis(m_document->analysis(), m_document->design());
    });

    // Variants > Compare With: the base and every variant but the one shown, or nothing.
    QMenu* variants = nullptr;
    for (QAction* a : menuBar()->actions())
        if (a->menu() && a->menu()->objectName() == QStringLiteral("variantsMenu"))
            variants = a->menu();
    if (!variants)
        return;
    QAction* close = m_actions->add(QStringLiteral("variant.compareClose"),
                                    [] { return tr("&Stop Comparing"); });
    connect(close, &QAction::triggered, m_comparison, &ComparisonController::clear);
    connect(m_comparison, &ComparisonController::changed, close,
            [this, close] { close->setEnabled(m_comparison->active()); });
    close->setEnabled(false);
    QAction* before = variants->actions().value(3); // after New, Rename and Delete
    QMenu* with = new QMenu(variants);
    Retranslator::bind(with, [with] { with->setTitle(tr("&Compare With")); });
    with->setObjectName(QStringLiteral("compareWithMenu"));
    variants->insertMenu(before, with);
    variants->insertAction(before, close);
    connect(with, &QMenu::aboutToShow, this, [this, with] {
        with->clear();
        auto* group = new QActionGroup(with);
        const std::optional<int> compared = m_comparison->comparedVariant();
        const int shown = m_document->shownVariant();
        for (int i = -1; i < static_cast<int>(m_document->variants().size()); ++i) {
            if (i == shown)
                continue;
            QAction* a = with->addAction(
                i < 0 ? tr("Base design")
                      : QString::fromStdString(
                            m_document->variants()[static_cast<std::size_t>(i)].name));
            a->setCheckable(true);
            a->setChecked(compared && *compared == i);
            group->addAction(a);
            connect(a, &QAction::triggered, m_comparison,
                    [this, i] { m_comparison->compareWith(i); });
        }
        if (with->isEmpty())
            with->addAction(tr("No variant to compare with"))->setEnabled(false);
    });
}

} // namespace kg::ui
