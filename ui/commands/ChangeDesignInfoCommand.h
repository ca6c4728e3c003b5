#pragma once

#include "commands/DesignCommand.h"

#include <string>

namespace kg::ui {

// Changes the design's title and notes (the inspector shows them when nothing is selected).
class ChangeDesignInfoCommand : public DesignCommand
{
public:
    ChangeDesignInfoCommand(DesignDocument* document, const std::string& title,
                            const std::string& notes);
};

} // namespace kg::ui
