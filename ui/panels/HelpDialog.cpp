#include "panels/HelpDialog.h"

#include "ActionRegistry.h"
#include "panels/RuleTexts.h"
#include "validate/RuleRegistry.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kg::ui {

namespace {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return HelpDialog::tr("error");
    case Severity::Warning:
        return HelpDialog::tr("warning");
    case Severity::Info:
        return HelpDialog::tr("info");
    }
    return {};
}

QTableWidget* table(const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QWidget* gettingStarted()
{
    auto* text = new QTextBrowser;
    text->setObjectName(QStringLiteral("helpGettingStarted"));
    text->setOpenExternalLinks(false);
    text->setHtml(HelpDialog::tr(
        "<h2>Getting started</h2>"
        "<p>Kubegate answers one question: <b>who can reach this Kubernetes API server, by which "
        "path, and why not?</b></p>"
        "<ol>"
        "<li><b>Start from a template</b> (File &gt; New from Template) or drag networks, "
        "subnets, clusters and clients from the palette onto the canvas. Drop an element inside "
        "a network or subnet to place it there.</li>"
        "<li><b>Connect</b> networks with the Connect tool (C): peerings, VPNs, transit gateway "
        "attachments, DNS zone links and forwarding.</li>"
        "<li><b>Set the access mode</b> of a cluster in the inspector: public, authorized IP "
        "ranges, private cluster, API Server VNet integration; EKS public, public and private, "
        "private.</li>"
        "<li><b>Read the verdicts</b>: every client-to-cluster path is checked as you edit (DNS, "
        "network, admission, identity). Select a client or a cluster to see its paths; the "
        "access matrix lists every pair; the findings name the rule and the smallest fix.</li>"
        "<li><b>Walk through</b> a path (Teach &gt; Walk Through Path) to explain it step by step, "
        "and export the diagram, a report or the cloud settings (File &gt; Export).</li>"
        "</ol>"
        "<p>A dashed path holds only on an assumption: the design does not say enough to check "
        "a step (a client without a principal, an unknown egress address). Ctrl+F finds "
        "elements by name, address or rule id.</p>"));
    return text;
}

QWidget* shortcuts(const ActionRegistry& actions)
{
    QTableWidget* t = table({HelpDialog::tr("Command"), HelpDialog::tr("Keys")});
    t->setObjectName(QStringLiteral("helpShortcuts"));
    for (const QString& id : actions.ids()) {
        const QAction* a = actions.action(id);
        QStringList keys;
        for (const QKeySequence& k : a ? a->shortcuts() : QList<QKeySequence>())
            if (!k.isEmpty())
                keys << k.toString(QKeySequence::NativeText);
        if (keys.isEmpty())
            continue;
        const int row = t->rowCount();
        t->insertRow(row);
        t->setItem(row, 0, new QTableWidgetItem(QString(a->text()).remove(QLatin1Char('&'))));
        t->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
    }
    t->resizeColumnsToContents();
    return t;
}

QWidget* rules()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    auto* filter = new QLineEdit;
    filter->setObjectName(QStringLiteral("helpRuleFilter"));
    filter->setPlaceholderText(HelpDialog::tr("Filter by id or words"));
    filter->setClearButtonEnabled(true);
    QTableWidget* t = table(
        {HelpDialog::tr("Rule"), HelpDialog::tr("Severity"), HelpDialog::tr("What it checks")});
    t->setObjectName(QStringLiteral("helpRules"));
    for (const Rule& r : RuleRegistry::all()) {
        const int row = t->rowCount();
        t->insertRow(row);
        t->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(r.id)));
        t->setItem(row, 1, new QTableWidgetItem(severityName(r.severity)));
        t->setItem(row, 2, new QTableWidgetItem(RuleTexts::summary(r.id)));
    }
    t->resizeColumnsToContents();
    QObject::connect(filter, &QLineEdit::textChanged, t, [t](const QString& text) {
        for (int row = 0; row < t->rowCount(); ++row) {
            bool match = text.isEmpty();
            for (int c = 0; c < t->columnCount() && !match; ++c)
                match = t->item(row, c)->text().contains(text, Qt::CaseInsensitive);
            t->setRowHidden(row, !match);
        }
    });
    v->addWidget(filter);
    v->addWidget(t);
    return page;
}

} // namespace

HelpDialog::HelpDialog(const ActionRegistry& actions, Page page, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("Kubegate Help"));
    resize(760, 560);
    auto* v = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("helpTabs"));
    tabs->addTab(gettingStarted(), tr("Getting Started"));
    tabs->addTab(shortcuts(actions), tr("Keyboard Shortcuts"));
    tabs->addTab(rules(), tr("Rules"));
    tabs->setCurrentIndex(static_cast<int>(page));
    v->addWidget(tabs);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
}

void HelpDialog::addActions(ActionRegistry& actions, QWidget* parent)
{
    auto open = [&actions, parent](Page page) {
        return [&actions, parent, page] {
            auto* dialog = new HelpDialog(actions, page, parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        };
    };
    QObject::connect(actions.add(QStringLiteral("help.gettingStarted"),
                                 [] { return tr("&Getting Started"); },
                                 {QKeySequence::HelpContents}),
                     &QAction::triggered, parent, open(Page::GettingStarted));
    QObject::connect(
        actions.add(QStringLiteral("help.shortcuts"), [] { return tr("&Keyboard Shortcuts"); }),
        &QAction::triggered, parent, open(Page::Shortcuts));
    QObject::connect(
        actions.add(QStringLiteral("help.rules"), [] { return tr("&Rules Catalogue"); }),
        &QAction::triggered, parent, open(Page::Rules));
    QObject::connect(
        actions.add(QStringLiteral("help.about"), [] { return tr("&About Kubegate"); }),
        &QAction::triggered, parent, [parent] {
            QMessageBox::about(parent, tr("About Kubegate"),
                               tr("<h3>Kubegate %1</h3><p>Design, check and explain who can reach "
                                  "a Kubernetes API server on AKS and EKS, by which path, and why "
                                  "not.</p>")
                                   .arg(QApplication::applicationVersion()));
        });
}

} // namespace kg::ui
