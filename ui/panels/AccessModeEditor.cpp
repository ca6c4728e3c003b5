#include "panels/AccessModeEditor.h"

#include "commands/AddElementCommand.h"
#include "commands/ChangeElementsCommand.h"
#include "document/DesignDocument.h"
#include "model/ApiServerSubnet.h"
#include "model/ContainerFit.h"
#include "model/Design.h"
#include "panels/FittedComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace kg::ui {

AccessModeEditor::AccessModeEditor(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // Labels above their fields, as in the rest of the inspector: the fields get the panel's
    // whole width.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_preset = new FittedComboBox(this);
    m_preset->setObjectName(QStringLiteral("accessPreset"));
    form->addRow(tr("Access mode"), m_preset);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_explanation);
    m_zoneLabel = new QLabel(tr("Private DNS zone"), this);
    m_zone = new FittedComboBox(this);
    m_zone->setObjectName(QStringLiteral("accessZone"));
    form->addRow(m_zoneLabel, m_zone);
    m_fqdn = new QCheckBox(tr("Public FQDN"), this);
    m_fqdn->setToolTip(tr("A public DNS name that resolves to the private address "
                          "(enablePrivateClusterPublicFQDN)"));
    m_fqdn->setObjectName(QStringLiteral("accessFqdn"));
    form->addRow(QString(), m_fqdn);
    connect(m_preset, &QComboBox::activated, this, &AccessModeEditor::emitChoice);
    connect(m_zone, &QComboBox::activated, this, &AccessModeEditor::emitChoice);
    connect(m_fqdn, &QCheckBox::clicked, this, &AccessModeEditor::emitChoice);
}

QString AccessModeEditor::presetName(AccessPreset preset)
{
    switch (preset) {
    case AccessPreset::AksPublic:
    case AccessPreset::EksPublic:
        return tr("Public");
    case AccessPreset::AksPublicAuthorized:
        return tr("Public + authorized IP ranges");
    case AccessPreset::AksPrivate:
        return tr("Private cluster");
    case AccessPreset::AksVnetPublic:
        return tr("API Server VNet integration, public");
    case AccessPreset::AksVnetPrivate:
        return tr("API Server VNet integration, private");
    case AccessPreset::EksPublicCidrs:
        return tr("Public + CIDR restrictions");
    case AccessPreset::EksPublicPrivate:
        return tr("Public and private");
    case AccessPreset::EksPrivate:
        return tr("Private");
    }
    return {};
}

QString AccessModeEditor::presetExplanation(AccessPreset preset)
{
    switch (preset) {
    case AccessPreset::AksPublic:
        return tr("The API server has a public address that any client on the internet can "
                  "reach (subject to authentication).");
    case AccessPreset::AksPublicAuthorized:
        return tr("Only public addresses in authorizedIPRanges reach the public endpoint.");
    case AccessPreset::AksPrivate:
        return tr("A private endpoint in the node subnet; clients need a network path and a "
                  "DNS answer for the private address.");
    case AccessPreset::AksVnetPublic:
        return tr("The API server sits behind an internal load balancer in a delegated subnet; "
                  "a public endpoint remains.");
    case AccessPreset::AksVnetPrivate:
        return tr("The API server is reachable only through the internal load balancer in the "
                  "delegated subnet.");
    case AccessPreset::EksPublic:
        return tr("Public endpoint open to 0.0.0.0/0; nodes reach it through the internet.");
    case AccessPreset::EksPublicCidrs:
        return tr("Public endpoint limited to publicAccessCidrs; node egress addresses must be "
                  "in the list.");
    case AccessPreset::EksPublicPrivate:
        return tr("Public endpoint plus EKS-managed ENIs in the VPC; nodes use the private "
                  "path.");
    case AccessPreset::EksPrivate:
        return tr("Only the EKS-managed ENIs in the VPC; clients need a network path into the "
                  "VPC.");
    }
    return {};
}

void AccessModeEditor::setCluster(const Element& cluster,
                                  const std::vector<std::pair<QString, QString>>& zones)
{
    m_updating = true;
    m_kind = cluster.kind;
    m_preset->clear();
    for (AccessPreset p : AccessMode::presetsFor(cluster.kind))
        m_preset->addItem(presetName(p), static_cast<int>(p));
    const auto current = AccessMode::detect(cluster);
    if (current) {
        m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(current->preset)));
    } else {
        m_preset->setCurrentIndex(-1);
        m_preset->setPlaceholderText(tr("(no valid mode: both endpoints off)"));
    }
    m_zone->clear();
    m_zone->addItem(tr("System"), QStringLiteral("System"));
    m_zone->setItemData(0, tr("AKS creates the private zone and links it to the cluster's VNet"),
                        Qt::ToolTipRole);
    m_zone->addItem(tr("None"), QStringLiteral("None"));
    m_zone->setItemData(1, tr("No private zone: clients resolve the public FQDN"), Qt::ToolTipRole);
    for (const auto& [id, label] : zones)
        m_zone->addItem(label, id);
    if (current) {
        const int z = m_zone->findData(QString::fromStdString(current->privateDnsZone));
        m_zone->setCurrentIndex(std::max(0, z));
        m_fqdn->setChecked(current->publicFqdn);
        m_explanation->setText(presetExplanation(current->preset));
    }
    updateVisibility();
    m_updating = false;
}

void AccessModeEditor::updateVisibility()
{
    const bool aksPrivate =
        m_preset->currentData().toInt() == static_cast<int>(AccessPreset::AksPrivate) &&
        m_kind == ElementKind::AksCluster;
    m_zone->setVisible(aksPrivate);
    m_zoneLabel->setVisible(aksPrivate);
    m_fqdn->setVisible(aksPrivate);
}

void AccessModeEditor::emitChoice()
{
    if (m_updating || m_preset->currentIndex() < 0)
        return;
    AccessSettings s;
    s.preset = static_cast<AccessPreset>(m_preset->currentData().toInt());
    s.privateDnsZone = m_zone->currentData().toString().toStdString();
    if (s.privateDnsZone.empty())
        s.privateDnsZone = "System";
    s.publicFqdn = m_fqdn->isChecked();
    m_explanation->setText(presetExplanation(s.preset));
    updateVisibility();
    emit settingsChosen(s);
}

CommandLabel AccessModeEditor::commandLabel(const Element& cluster, const AccessSettings& chosen,
                                            const Design& design)
{
    const QString name = QString::fromStdString(cluster.label());
    const std::optional<AccessSettings> was = AccessMode::detect(cluster);
    auto zoneName = [&](const std::string& zone) {
        const Element* z = design.element(zone);
        return QString::fromStdString(z ? z->label() : zone);
    };
    const AccessPreset now = chosen.preset;
    if (was && was->preset != now)
        return [name, before = was->preset, now] {
            return tr("%1: access %2 to %3").arg(name, presetName(before), presetName(now));
        };
    if (was && was->privateDnsZone != chosen.privateDnsZone)
        return [name, before = zoneName(was->privateDnsZone),
                after = zoneName(chosen.privateDnsZone)] {
            return tr("%1: private DNS zone %2 to %3").arg(name, before, after);
        };
    if (was && was->publicFqdn != chosen.publicFqdn)
        return [name, before = was->publicFqdn, after = chosen.publicFqdn] {
            auto onOff = [](bool on) { return on ? tr("on") : tr("off"); };
            return tr("%1: public FQDN %2 to %3").arg(name, onOff(before), onOff(after));
        };
    return [name, now] { return tr("Set %1 access to %2").arg(name, presetName(now)); };
}

void AccessModeEditor::applyTo(DesignDocument* document, const std::string& clusterId,
                               const AccessSettings& chosen)
{
    const Design& design = document->design();
    const Element* cluster = design.element(clusterId);
    if (!cluster)
        return;
    Element after = AccessMode::apply(*cluster, chosen);
    if (after == *cluster)
        return;
    CommandLabel label = commandLabel(*cluster, chosen, design);
    std::optional<Element> subnet = ApiServerSubnet::propose(design, after);
    if (!subnet) {
        document->push(new ChangeElementsCommand(document, {{*cluster, after}}, label));
        return;
    }
    after.properties["apiServerAccessProfile.subnetId"] = subnet->id;
    std::vector<Element> changed = ContainerFit::grow(design, {*subnet});
    changed.push_back(after);
    document->push(new AddElementCommand(
        document, *subnet, changed, [label, id = QString::fromStdString(subnet->id)] {
            return tr("%1 (new API server subnet %2)").arg(label(), id);
        }));
}

} // namespace kg::ui
