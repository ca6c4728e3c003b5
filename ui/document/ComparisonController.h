#pragma once

#include "compare/DesignDiff.h"
#include "model/AccessMode.h"

#include <QObject>
#include <QString>
#include <map>
#include <optional>
#include <string>

namespace kg::ui {

class DesignDocument;

// What the canvas is compared with, and the difference: another variant (or the base), or a
// what-if, one cluster's access mode switched for the moment without touching the design.
// "Gained" is always seen from what is shown: paths the shown design has and the variant lacks,
// or paths the what-if would add. The difference follows every edit until the comparison ends.
class ComparisonController : public QObject
{
    Q_OBJECT

public:
    explicit ComparisonController(DesignDocument* document, QObject* parent = nullptr);

    // Compares what is shown with variant `variant` (-1: the base design).
    void compareWith(int variant);
    // What switching `cluster` to `settings` would change.
    void whatIf(const std::string& cluster, const AccessSettings& settings);
    void clear();
    // Makes the what-if real, one undo step, and ends it.
    void apply();

    bool active() const { return m_diff.has_value(); }
    bool isWhatIf() const { return m_mode == Mode::WhatIf; }
    // The variant compared with (-1: the base), or nullopt when none is.
    std::optional<int> comparedVariant() const;
    const DesignDiff* diff() const { return m_diff ? &*m_diff : nullptr; }
    // One line each: what is compared ("Compared with the base design", "What if aks-web were
    // a private cluster") and the difference ("2 paths gained · 1 lost · AKS-021 ...").
    QString title() const;
    QString summary() const;

    // An element's share of the difference: the paths it ends that are gained, lost or changed.
    struct Marks
    {
        int gained = 0;
        int lost = 0;
        int changed = 0;
    };
    std::map<std::string, Marks> marks() const;
    // How a client and cluster pair differs: 1 gained, -1 lost, 2 changed, 0 not at all.
    int pairChange(const std::string& client, const std::string& cluster) const;
    // The pair as the other side has it, in words ("was blocked at AKS-013 ..."), or empty.
    QString pairBefore(const std::string& client, const std::string& cluster) const;

signals:
    void changed();

private:
    enum class Mode { None, Variant, WhatIf };
    void schedule();
    void recompute();

    DesignDocument* m_document;
    Mode m_mode = Mode::None;
    int m_variant = -1;
    std::string m_cluster;
    AccessSettings m_settings;
    std::optional<DesignDiff> m_diff;
    std::map<std::pair<std::string, std::string>, std::pair<int, const DesignDiff::PathChange*>>
        m_pairs;
    bool m_scheduled = false;
};

} // namespace kg::ui
