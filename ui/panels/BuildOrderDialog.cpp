#include "panels/BuildOrderDialog.h"

#include "canvas/KindIcons.h"
#include "canvas/KindNames.h"
#include "layout/BuildUpOrder.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kg::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

BuildOrderDialog::BuildOrderDialog(const Design& design, QWidget* parent)
    : QDialog(parent), m_design(design)
{
    setWindowTitle(tr("Build-Up Order"));
    setObjectName(QStringLiteral("buildOrderDialog"));
    Design plain = design; // Kubegate's order: the design without a chosen one
    plain.setLesson({});
    m_kubegateOrder = buildUpOrder(plain);

    auto* column = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Drag the elements into the order the build-up reveals them "
                               "(Teach > Build Up). A container always appears before what "
                               "it holds."),
                            this);
    hint->setWordWrap(true);
    column->addWidget(hint);
    auto* row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("buildOrder"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setIconSize(QSize(20, 20));
    row->addWidget(m_list, 1);
    auto* buttons = new QVBoxLayout;
    auto* up = new QPushButton(tr("Move &Up"), this);
    auto* down = new QPushButton(tr("Move &Down"), this);
    auto* reset = new QPushButton(tr("&Kubegate's Order"), this);
    reset->setToolTip(tr("Networks, then connectivity, clusters, DNS, the ways in, services and "
                         "clients"));
    for (QPushButton* b : {up, down, reset})
        buttons->addWidget(b);
    buttons->addStretch(1);
    row->addLayout(buttons);
    column->addLayout(row, 1);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    column->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(reset, &QPushButton::clicked, this, [this] { fill(m_kubegateOrder); });
    fill(buildUpOrder(design));
    resize(620, 600); // wide enough for "Azure Pipelines (Microsoft-hosted) (Azure DevOps ...)"
}

void BuildOrderDialog::fill(const std::vector<std::string>& order)
{
    m_list->clear();
    for (const auto& id : order) {
        const Element* e = m_design.element(id);
        if (!e)
            continue;
        auto* item = new QListWidgetItem(
            KindIcons::icon(e->kind),
            tr("%1 (%2)").arg(QString::fromStdString(e->label()), KindNames::name(e->kind)),
            m_list);
        item->setData(kIdRole, QString::fromStdString(id));
    }
    m_list->setCurrentRow(0);
}

void BuildOrderDialog::move(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

std::vector<std::string> BuildOrderDialog::listed() const
{
    std::vector<std::string> out;
    for (int i = 0; i < m_list->count(); ++i)
        out.push_back(m_list->item(i)->data(kIdRole).toString().toStdString());
    return out;
}

std::vector<std::string> BuildOrderDialog::chosenOrder() const
{
    std::vector<std::string> order = listed();
    if (order == m_kubegateOrder)
        return {};
    return order;
}

} // namespace kg::ui
