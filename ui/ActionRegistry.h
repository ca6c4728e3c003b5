#pragma once

#include <QHash>
#include <QIcon>
#include <QKeySequence>
#include <QObject>

class QAction;

namespace kg::ui {

// Every command of the main window, registered once under a string id ("file.save",
// "edit.undo", "view.zoomIn"...) with its translated label, shortcut and icon. Menus,
// toolbars and tests find actions by id; nothing else creates QActions for commands.
class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ActionRegistry(QObject* parent = nullptr) : QObject(parent) {}

    QAction* add(const QString& id, const QString& text, const QList<QKeySequence>& shortcuts = {},
                 const QIcon& icon = {});
    // Registers an action made elsewhere (the undo stack's own undo and redo actions).
    QAction* adopt(const QString& id, QAction* action);
    QAction* action(const QString& id) const;
    QList<QString> ids() const { return m_order; }

private:
    QHash<QString, QAction*> m_actions;
    QList<QString> m_order;
};

} // namespace kg::ui
