#include "document/ComparisonController.h"

#include "Application.h"
#include "compare/WhatIf.h"
#include "document/DesignDocument.h"
#include "panels/AccessModeEditor.h"

#include <QTimer>

namespace kg::ui {

ComparisonController::ComparisonController(DesignDocument* document, QObject* parent)
    : QObject(parent), m_document(document)
{
    connect(m_document, &DesignDocument::analysisUpdated, this, &ComparisonController::schedule);
    connect(m_document, &DesignDocument::variantsChanged, this, &ComparisonController::schedule);
}

void ComparisonController::compareWith(int variant)
{
    m_mode = Mode::Variant;
    m_variant = variant;
    recompute();
}

void ComparisonController::whatIf(const std::string& cluster, const AccessSettings& settings)
{
    m_mode = Mode::WhatIf;
    m_cluster = cluster;
    m_settings = settings;
    recompute();
}

void ComparisonController::clear()
{
    if (m_mode == Mode::None && !m_diff)
        return;
    m_mode = Mode::None;
    m_diff.reset();
    m_pairs.clear();
    emit changed();
}

void ComparisonController::apply()
{
    if (m_mode != Mode::WhatIf)
        return;
    const std::string cluster = m_cluster;
    const AccessSettings settings = m_settings;
    clear();
    AccessModeEditor::applyTo(m_document, cluster, settings);
}

std::optional<int> ComparisonController::comparedVariant() const
{
    if (m_mode != Mode::Variant)
        return std::nullopt;
    return m_variant;
}

void ComparisonController::schedule()
{
    if (m_mode == Mode::None || m_scheduled)
        return;
    m_scheduled = true;
    // Several changes of one turn of the event loop (an edit and its analysis) cost one run.
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        recompute();
    });
}

void ComparisonController::recompute()
{
    const Design& shown = m_document->design();
    std::optional<DesignDiff> diff;
    if (m_mode == Mode::Variant) {
        if (m_variant >= static_cast<int>(m_document->variants().size())) {
            clear(); // the variant was deleted
            return;
        }
        diff = DesignDiff::compare(m_document->variantDesign(m_variant), shown);
    } else if (m_mode == Mode::WhatIf) {
        const std::optional<Design> flipped = WhatIf::accessMode(shown, m_cluster, m_settings);
        if (!shown.element(m_cluster)) {
            clear(); // the cluster was deleted
            return;
        }
        diff = flipped ? DesignDiff::compare(shown, *flipped) : DesignDiff::compare(shown, shown);
    } else {
        return;
    }
    m_diff = std::move(diff);
    m_pairs.clear();
    for (const auto* list : {&m_diff->gained, &m_diff->lost, &m_diff->changed}) {
        const int kind = list == &m_diff->gained ? 1 : list == &m_diff->lost ? -1 : 2;
        for (const DesignDiff::PathChange& c : *list)
            m_pairs[{c.client, c.cluster}] = {kind, &c};
    }
    emit changed();
}

QString ComparisonController::title() const
{
    if (m_mode == Mode::Variant) {
        if (m_variant < 0)
            return tr("From the base design to what is shown");
        return tr("From the variant \"%1\" to what is shown")
            .arg(QString::fromStdString(
                m_document->variants()[static_cast<std::size_t>(m_variant)].name));
    }
    if (m_mode == Mode::WhatIf) {
        const Element* cluster = m_document->design().element(m_cluster);
        return tr("What if %1 were switched to %2?")
            .arg(cluster ? QString::fromStdString(cluster->label())
                         : QString::fromStdString(m_cluster),
                 AccessModeEditor::presetName(m_settings.preset));
    }
    return {};
}

QString ComparisonController::summary() const
{
    if (!m_diff)
        return {};
    if (m_diff->gained.empty() && m_diff->lost.empty() && m_diff->changed.empty() &&
        m_diff->added.empty() && m_diff->removed.empty() && m_diff->updates.empty())
        return isWhatIf() ? tr("Nothing would change: every path keeps its verdict.")
                          : tr("No path, finding or cluster setting differs.");
    QStringList parts;
    parts << tr("%n path(s) gained", nullptr, static_cast<int>(m_diff->gained.size()))
          << tr("%1 lost").arg(m_diff->lost.size()) << tr("%1 changed").arg(m_diff->changed.size())
          << tr("findings: %1 new, %2 gone").arg(m_diff->added.size()).arg(m_diff->removed.size());
    QString text = parts.join(QStringLiteral(" · "));
    // The changes a cloud cannot make in place matter most: each with its rule.
    for (const DesignDiff::Update& u : m_diff->updates)
        if (u.severity != Severity::Info)
            text += QStringLiteral("\n") + QString::fromStdString(u.rule) + QStringLiteral(": ") +
                    Application::render(u.text, {});
    return text;
}

std::map<std::string, ComparisonController::Marks> ComparisonController::marks() const
{
    std::map<std::string, Marks> out;
    if (!m_diff)
        return out;
    for (const auto& c : m_diff->gained) {
        ++out[c.client].gained;
        ++out[c.cluster].gained;
    }
    for (const auto& c : m_diff->lost) {
        ++out[c.client].lost;
        ++out[c.cluster].lost;
    }
    for (const auto& c : m_diff->changed) {
        ++out[c.client].changed;
        ++out[c.cluster].changed;
    }
    return out;
}

int ComparisonController::pairChange(const std::string& client, const std::string& cluster) const
{
    const auto it = m_pairs.find({client, cluster});
    return it == m_pairs.end() ? 0 : it->second.first;
}

QString ComparisonController::pairBefore(const std::string& client,
                                         const std::string& cluster) const
{
    const auto it = m_pairs.find({client, cluster});
    if (it == m_pairs.end())
        return {};
    // What is shown is "before" in a what-if and "after" in a comparison with a variant: the
    // other side is the one that is not shown.
    const DesignDiff::Cell& other =
        isWhatIf() ? it->second.second->after : it->second.second->before;
    const QString side = isWhatIf() ? tr("With the switch: %1") : tr("In the other: %1");
    if (!other.present)
        return side.arg(tr("no path (an end is missing)"));
    if (other.reachable)
        return side.arg((other.assumed ? tr("reachable on an assumption through the %1 endpoint")
                                       : tr("reachable through the %1 endpoint"))
                            .arg(Application::render(Sentence("cli.endpoint." + other.endpoint),
                                                     other.endpoint)));
    return side.arg(
        tr("blocked at %1: %2")
            .arg(QString::fromStdString(other.rule), Application::render(other.step, {})));
}

} // namespace kg::ui
