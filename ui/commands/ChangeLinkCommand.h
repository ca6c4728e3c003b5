#pragma once

#include "commands/DesignCommand.h"
#include "model/Link.h"

#include <QString>

namespace kg::ui {

// Changes a link's properties (peering state, gateway transit...) from the inspector.
class ChangeLinkCommand : public DesignCommand
{
public:
    ChangeLinkCommand(DesignDocument* document, const Link& before, const Link& after,
                      CommandLabel label);
};

} // namespace kg::ui
