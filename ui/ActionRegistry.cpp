#include "ActionRegistry.h"

#include <QAction>

namespace kg::ui {

QAction* ActionRegistry::add(const QString& id, const QString& text,
                             const QList<QKeySequence>& shortcuts, const QIcon& icon)
{
    auto* a = new QAction(icon, text, this);
    a->setShortcuts(shortcuts);
    return adopt(id, a);
}

QAction* ActionRegistry::adopt(const QString& id, QAction* action)
{
    Q_ASSERT(!m_actions.contains(id));
    action->setObjectName(id);
    if (!action->shortcut().isEmpty() &&
        action->toolTip() == action->text().remove(QLatin1Char('&')))
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                          action->shortcut().toString(QKeySequence::NativeText)));
    m_actions.insert(id, action);
    m_order.append(id);
    return action;
}

QAction* ActionRegistry::action(const QString& id) const
{
    return m_actions.value(id);
}

} // namespace kg::ui
