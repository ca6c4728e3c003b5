#include "panels/FindingsPanel.h"

#include "Retranslator.h"
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

QString FindingsPanel::text(const Finding& f)
{
    return RuleTexts::message(f);
}

void FindingsPanel::showFindings(const Analysis& analysis)
{
    clear();
    for (const auto& f : analysis.findings) {
        auto* item = new QTreeWidgetItem(this);
        switch (f.severity) {
        case Severity::Error:
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            break;
        case Severity::Warning:
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            break;
        case Severity::Info:
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxInformation));
            break;
        }
        item->setText(0, RuleTexts::severity(f.severity));
        item->setText(1, QString::fromStdString(f.rule));
        item->setText(2, text(f));
        // The rule id's tooltip: what the rule checks.
        item->setToolTip(1, RuleTexts::summary(f.rule));
        // The full sentence (the column may cut it), then the rule: its summary unless the
        // sentence quotes it already (a path rule's finding does).
        const QString sentence = text(f);
        const QString summary = RuleTexts::summary(f.rule);
        const QString rule = sentence.contains(summary)
                                 ? QString::fromStdString(f.rule)
                                 : tr("%1: %2").arg(QString::fromStdString(f.rule), summary);
        item->setToolTip(2, QStringLiteral("<p>%1</p><p><i>%2</i></p>")
                                .arg(sentence.toHtmlEscaped(), rule.toHtmlEscaped()));
        QStringList ids;
        for (const auto& id : f.elements)
            ids << QString::fromStdString(id);
        item->setData(0, Qt::UserRole, ids);
    }
}

} // namespace kg::ui
