#include "commands/ChangeLinkCommand.h"

#include "model/ChangeLinkEdit.h"

namespace kg::ui {

ChangeLinkCommand::ChangeLinkCommand(DesignDocument* document, const Link& before,
                                     const Link& after, CommandLabel label)
    : DesignCommand(document,
                    std::make_unique<ChangeLinkEdit>(before, after, label().toStdString()))
{
    setLabel(std::move(label));
}

} // namespace kg::ui
