#pragma once

#include <QHash>
#include <QIcon>
#include <QKeySequence>
#include <QObject>
#include <functional>

class QAction;

namespace kg::ui {

// Every command of the main window, registered once under a string id ("file.save",
// "edit.undo", "view.zoomIn"...) with its label, shortcut and icon. Menus, toolbars and tests
// find actions by id; nothing else creates QActions for commands. A label is given as a
// function that translates it (`[] { return tr("&Save"); }`), so that retranslate() can label
// every command again when the interface language changes while Kubegate runs.
class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ActionRegistry(QObject* parent = nullptr) : QObject(parent) {}

    using Label = std::function<QString()>;
    QAction* add(const QString& id, const Label& label, const QList<QKeySequence>& shortcuts = {},
                 const QIcon& icon = {});
    // Registers an action made elsewhere (the undo stack's own undo and redo actions). With a
    // label, retranslate() labels it too; without, its maker keeps its text.
    QAction* adopt(const QString& id, QAction* action, const Label& label = {});
    // Sets a longer tooltip than the label with its shortcut, kept across language changes.
    void setToolTip(const QString& id, const Label& toolTip);
    // Sets a tool bar text other than the label without its mnemonic.
    void setIconText(const QString& id, const Label& iconText);
    // Labels one command again (its label reads state that changed: "Undo Move").
    void relabel(const QString& id);
    QAction* action(const QString& id) const;
    QList<QString> ids() const { return m_order; }

    // Labels every command again in the current interface language.
    void retranslate();

private:
    void label(const QString& id);

    QHash<QString, QAction*> m_actions;
    QHash<QString, Label> m_labels;
    QHash<QString, Label> m_toolTips;
    QHash<QString, Label> m_iconTexts;
    QList<QString> m_order;
};

} // namespace kg::ui
