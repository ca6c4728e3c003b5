#include "panels/FindingsPanel.h"

#include "Retranslator.h"
#include "model/Design.h"
#include "panels/RuleTexts.h"

#include <QHeaderView>
#include <QStyle>

namespace kg::ui {

FindingsPanel::FindingsPanel(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(3);
    Retranslator::bind(this, [this] {
        setHeaderLabels({tr("Severity"), tr("Rule"), tr("Finding")});
    });
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

QString FindingsPanel::text(const Finding& f, const Design& design)
{
    if (!RuleTexts::translated(f.rule))
        return QString::fromStdString(f.message);
    // The summary, then who it concerns: the first three elements by name.
    QStringList names;
    for (const auto& id : f.elements) {
        if (names.size() == 3)
            break;
        const Element* e = design.element(id);
        names << QString::fromStdString(e ? e->label() : id);
    }
    QString out = RuleTexts::summary(f.rule);
    if (!names.isEmpty()) {
        out += tr(": %1").arg(names.join(tr(", ")));
        if (f.elements.size() > 3)
            out += tr(" and %n more", nullptr, int(f.elements.size() - 3));
    }
    return out;
}

void FindingsPanel::showFindings(const Analysis& analysis, const Design& design)
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
        item->setText(2, text(f, design));
        item->setToolTip(2, QString::fromStdString(f.message));
        QStringList ids;
        for (const auto& id : f.elements)
            ids << QString::fromStdString(id);
        item->setData(0, Qt::UserRole, ids);
    }
}

} // namespace kg::ui
