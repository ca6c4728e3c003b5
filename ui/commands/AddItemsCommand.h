#pragma once

#include "commands/DesignCommand.h"
#include "model/Fragment.h"

#include <QString>

namespace kg::ui {

// Adds a prepared fragment (fresh ids, placed) in one step: paste and duplicate.
class AddItemsCommand : public DesignCommand
{
public:
    AddItemsCommand(DesignDocument* document, const Fragment& fragment, const QString& label);
};

} // namespace kg::ui
