#include "ActionRegistry.h"

#include <QAction>
#include <QRegularExpression>

namespace kg::ui {

QAction* ActionRegistry::add(const QString& id, const Label& text,
                             const QList<QKeySequence>& shortcuts, const QIcon& icon)
{
    auto* a = new QAction(icon, QString(), this);
    a->setShortcuts(shortcuts);
    return adopt(id, a, text);
}

void ActionRegistry::label(const QString& id)
{
    QAction* a = m_actions.value(id);
    if (const Label text = m_labels.value(id)) {
        const QString t = text();
        a->setText(t);
        // Toolbar buttons show the label without its mnemonic or ellipsis; translations write
        // the mnemonic as "(&X)".
        static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)|&(?!&)|\\.\\.\\.$"));
        QString iconText = t;
        a->setIconText(iconText.remove(mnemonic));
    }
    if (const Label iconText = m_iconTexts.value(id))
        a->setIconText(iconText());
    // Tooltips name the shortcut, unless setToolTip gave a longer one.
    if (const Label tip = m_toolTips.value(id))
        a->setToolTip(tip());
    else if (!a->shortcut().isEmpty())
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            a->iconText(), a->shortcut().toString(QKeySequence::NativeText)));
}

QAction* ActionRegistry::adopt(const QString& id, QAction* action, const Label& text)
{
    Q_ASSERT(!m_actions.contains(id));
    action->setObjectName(id);
    m_actions.insert(id, action);
    m_order.append(id);
    if (text)
        m_labels.insert(id, text);
    label(id);
    return action;
}

void ActionRegistry::setToolTip(const QString& id, const Label& toolTip)
{
    m_toolTips.insert(id, toolTip);
    label(id);
}

void ActionRegistry::setIconText(const QString& id, const Label& iconText)
{
    m_iconTexts.insert(id, iconText);
    label(id);
}

void ActionRegistry::relabel(const QString& id)
{
    if (m_actions.contains(id))
        label(id);
}

QAction* ActionRegistry::action(const QString& id) const
{
    return m_actions.value(id);
}

void ActionRegistry::retranslate()
{
    for (const QString& id : m_order)
        label(id);
}

} // namespace kg::ui
