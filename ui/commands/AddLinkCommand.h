#pragma once

#include "commands/DesignCommand.h"
#include "model/Link.h"

namespace kg::ui {

// Adds a link drawn with the connect tool (already checked by LinkRules).
class AddLinkCommand : public DesignCommand
{
public:
    AddLinkCommand(DesignDocument* document, const Link& link);
};

} // namespace kg::ui
