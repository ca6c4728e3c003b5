#include "commands/AddItemsCommand.h"

#include "model/AddItemsEdit.h"

namespace kg::ui {

AddItemsCommand::AddItemsCommand(DesignDocument* document, const Fragment& fragment,
                                 const QString& label)
    : DesignCommand(document, std::make_unique<AddItemsEdit>(fragment.elements, fragment.links,
                                                             label.toStdString()))
{
    setText(label);
}

} // namespace kg::ui
