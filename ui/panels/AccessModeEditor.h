#pragma once

#include "commands/DesignCommand.h"
#include "model/AccessMode.h"

#include <QWidget>
#include <string>

class QCheckBox;
class QComboBox;
class QLabel;

namespace kg {
class Design;
}

namespace kg::ui {

class DesignDocument;

// The access-mode switcher of a selected AKS or EKS cluster: one combo with the presets
// (AccessMode), and for an AKS private cluster the DNS zone (System, None or a zone of the
// design) and whether the public FQDN exists. Choosing emits the settings; the inspector turns
// them into one undo command.
class AccessModeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AccessModeEditor(QWidget* parent = nullptr);

    // `zones`: (id, label) of the design's private DNS zones, offered for AKS.
    void setCluster(const Element& cluster, const std::vector<std::pair<QString, QString>>& zones);
    QComboBox* presetCombo() const { return m_preset; }

    static QString presetName(AccessPreset preset);
    // The History entry of setting `cluster`'s access to `chosen`, naming what changed: the
    // mode ("aks-1: access Public to Private cluster"), or within a private cluster its zone
    // or its public FQDN ("aks-1: private DNS zone System to None").
    static CommandLabel commandLabel(const Element& cluster, const AccessSettings& chosen,
                                     const Design& design);
    static QString presetExplanation(AccessPreset preset);
    // Sets the cluster `clusterId` of `document` to `chosen` as one command; VNet integration
    // without an API server subnet in the cluster's VNet creates a delegated /28 there
    // (ApiServerSubnet) in the same command. Nothing when nothing changes.
    static void applyTo(DesignDocument* document, const std::string& clusterId,
                        const AccessSettings& chosen);

signals:
    void settingsChosen(const kg::AccessSettings& settings);

private:
    void emitChoice();
    void updateVisibility();

    ElementKind m_kind = ElementKind::AksCluster;
    QComboBox* m_preset = nullptr;
    QComboBox* m_zone = nullptr;
    QCheckBox* m_fqdn = nullptr;
    QLabel* m_zoneLabel = nullptr;
    QLabel* m_explanation = nullptr;
    bool m_updating = false;
};

} // namespace kg::ui
