#include "ActionRegistry.h"

#include <QAction>
#include <QRegularExpression>

namespace kg::ui {

QAction* ActionRegistry::add(const QString& id, const QString& text,
                             const QList<QKeySequence>& shortcuts, const QIcon& icon)
{
    auto* a = new QAction(icon, text, this);
    a->setShortcuts(shortcuts);
    // Toolbar buttons show the label without its mnemonic or ellipsis; translations write the
    // mnemonic as "(&X)".
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)|&(?!&)|\\.\\.\\.$"));
    QString iconText = text;
    a->setIconText(iconText.remove(mnemonic));
    return adopt(id, a);
}

QAction* ActionRegistry::adopt(const QString& id, QAction* action)
{
    Q_ASSERT(!m_actions.contains(id));
    action->setObjectName(id);
    // Tooltips name the shortcut; callers may set a longer tooltip afterwards.
    if (!action->shortcut().isEmpty())
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->iconText(), action->shortcut().toString(QKeySequence::NativeText)));
    m_actions.insert(id, action);
    m_order.append(id);
    return action;
}

QAction* ActionRegistry::action(const QString& id) const
{
    return m_actions.value(id);
}

} // namespace kg::ui
