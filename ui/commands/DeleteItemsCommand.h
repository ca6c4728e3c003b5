#pragma once

#include "commands/DesignCommand.h"

#include <string>
#include <vector>

namespace kg::ui {

// Deletes elements with everything nested in them and their links, and selected links.
class DeleteItemsCommand : public DesignCommand
{
public:
    DeleteItemsCommand(DesignDocument* document, const std::vector<std::string>& ids);
};

} // namespace kg::ui
