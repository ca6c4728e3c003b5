#include "panels/PalettePanel.h"

#include "Retranslator.h"
#include "canvas/KindIcons.h"
#include "canvas/KindNames.h"
#include "model/KindRegistry.h"
#include "panels/PaletteTree.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace kg::ui {

namespace {

QString whereItGoes(const KindInfo& info)
{
    QStringList places;
    for (ElementKind p : info.allowedParents)
        places << KindNames::name(p);
    if (info.topLevel)
        places << PalettePanel::tr("the canvas");
    return PalettePanel::tr("Goes inside: %1").arg(places.join(QStringLiteral(", ")));
}

} // namespace

PalettePanel::PalettePanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    layout->addWidget(m_search);
    m_tree = new PaletteTree(this);
    layout->addWidget(m_tree);
    Retranslator::bind(this, [this] {
        m_search->setPlaceholderText(tr("Search elements"));
        m_tree->clear();
        populate();
        setFilter(m_search->text());
    });
    connect(m_search, &QLineEdit::textChanged, this, &PalettePanel::setFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const auto kind = KindRegistry::elementKindFromKey(
            item->data(0, PaletteTree::KindRole).toString().toStdString());
        if (kind)
            emit placeRequested(*kind);
    });
}

void PalettePanel::populate()
{
    for (KindCategory cat : {KindCategory::Networks, KindCategory::Clusters, KindCategory::Access,
                             KindCategory::Connectivity, KindCategory::Dns, KindCategory::Clients,
                             KindCategory::Services}) {
        auto* group = new QTreeWidgetItem(m_tree, {KindNames::categoryName(cat)});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const KindInfo& info : KindRegistry::elementKinds()) {
            if (info.category != cat)
                continue;
            auto* item = new QTreeWidgetItem(group, {KindNames::name(info.kind)});
            item->setIcon(0, KindIcons::icon(info.kind));
            item->setData(0, PaletteTree::KindRole, QString::fromStdString(info.key));
            item->setToolTip(
                0, QStringLiteral("%1\n%2").arg(KindNames::name(info.kind), whereItGoes(info)));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        group->setExpanded(true);
    }
}

void PalettePanel::setFilter(const QString& text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match = needle.isEmpty() || groupMatches ||
                               item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               item->data(0, PaletteTree::KindRole)
                                   .toString()
                                   .contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
        group->setExpanded(true);
    }
}

} // namespace kg::ui
