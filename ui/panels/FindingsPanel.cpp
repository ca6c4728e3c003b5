#include "panels/FindingsPanel.h"

#include <QHeaderView>
#include <QStyle>

namespace kg::ui {

FindingsPanel::FindingsPanel(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Severity"), tr("Rule"), tr("Finding")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // A click is enough: people expect a findings list to take them to the problem.
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        emit findingActivated(item->data(0, Qt::UserRole).toStringList());
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit findingActivated(item->data(0, Qt::UserRole).toStringList());
    });
}

void FindingsPanel::showFindings(const Analysis& analysis)
{
    clear();
    for (const auto& f : analysis.findings) {
        auto* item = new QTreeWidgetItem(this);
        switch (f.severity) {
        case Severity::Error:
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setText(0, tr("Error"));
            break;
        case Severity::Warning:
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setText(0, tr("Warning"));
            break;
        case Severity::Info:
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxInformation));
            item->setText(0, tr("Info"));
            break;
        }
        item->setText(1, QString::fromStdString(f.rule));
        item->setText(2, QString::fromStdString(f.message));
        item->setToolTip(2, QString::fromStdString(f.message));
        QStringList ids;
        for (const auto& id : f.elements)
            ids << QString::fromStdString(id);
        item->setData(0, Qt::UserRole, ids);
    }
}

} // namespace kg::ui
