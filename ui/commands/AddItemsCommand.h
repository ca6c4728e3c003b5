#pragma once

#include "commands/DesignCommand.h"
#include "model/Fragment.h"

#include <vector>

namespace kg::ui {

// Adds a prepared fragment (fresh ids, placed) in one step: paste and duplicate. `grown` are
// the containers that receive it, grown to hold it (ContainerFit), changed in the same step.
class AddItemsCommand : public DesignCommand
{
public:
    AddItemsCommand(DesignDocument* document, const Fragment& fragment,
                    const std::vector<Element>& grown, CommandLabel label);
};

} // namespace kg::ui
