#include "commands/LabelledCommand.h"

#include <QUndoStack>

namespace kg::ui {

void LabelledCommand::setLabel(CommandLabel label)
{
    m_label = std::move(label);
    setText(m_label ? m_label() : QString());
}

void LabelledCommand::retranslate()
{
    if (m_label)
        setText(m_label());
}

void LabelledCommand::retranslate(const QUndoStack& stack)
{
    // The stack hands its commands out as const; their text is the stack's own record of
    // them, which a change of language is meant to rewrite.
    for (int i = 0; i < stack.count(); ++i)
        if (auto* command =
                dynamic_cast<LabelledCommand*>(const_cast<QUndoCommand*>(stack.command(i))))
            command->retranslate();
}

} // namespace kg::ui
