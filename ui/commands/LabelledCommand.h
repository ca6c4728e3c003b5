#pragma once

#include <QString>
#include <QUndoCommand>
#include <functional>

class QUndoStack;

namespace kg::ui {

// A command's label, as a function that makes it in the interface language: History and the
// Undo and Redo commands name every command by it, and a change of language asks for it again.
using CommandLabel = std::function<QString()>;

// An undo command whose label follows the interface language. Every command Kubegate pushes is
// one, so that History reads in the language chosen, not the one each step was made in.
class LabelledCommand : public QUndoCommand
{
public:
    // The label again, in the language now installed.
    void retranslate();
    // Retranslates every labelled command of `stack`.
    static void retranslate(const QUndoStack& stack);

protected:
    // Sets the command's text from `label`, now and after every change of language.
    void setLabel(CommandLabel label);

private:
    CommandLabel m_label;
};

} // namespace kg::ui
