#pragma once

#include <QDialog>

class QWidget;

namespace kg::ui {

class ActionRegistry;

// Help > Getting Started, Keyboard Shortcuts and Rules: one dialog with a page for each. The
// shortcuts are read from the action registry (so the list is always the program's own), the
// rules from the rule registry with their translated summaries, filtered as you type.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { GettingStarted, Shortcuts, Rules };

    HelpDialog(const ActionRegistry& actions, Page page, QWidget* parent);

    // Registers Help > Getting Started (F1), Keyboard Shortcuts and Rules Catalogue, each
    // opening the dialog on its page over `parent`, and About Kubegate.
    static void addActions(ActionRegistry& actions, QWidget* parent);
};

} // namespace kg::ui
