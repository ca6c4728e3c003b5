#pragma once

#include "commands/DesignCommand.h"

#include <QCoreApplication>
#include <string>
#include <vector>

namespace kg::ui {

// Deletes elements with everything nested in them and their links, and selected links.
class DeleteItemsCommand : public DesignCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteItemsCommand)

public:
    DeleteItemsCommand(DesignDocument* document, const std::vector<std::string>& ids);
};

} // namespace kg::ui
