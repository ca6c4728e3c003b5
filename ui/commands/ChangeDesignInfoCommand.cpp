#include "commands/ChangeDesignInfoCommand.h"

#include "document/DesignDocument.h"
#include "model/ChangeInfoEdit.h"

#include <QCoreApplication>

namespace kg::ui {

ChangeDesignInfoCommand::ChangeDesignInfoCommand(DesignDocument* document, const std::string& title,
                                                 const std::string& notes)
    : DesignCommand(document, std::make_unique<ChangeInfoEdit>(document->design(), title, notes))
{
    setLabel(
        [] { return QCoreApplication::translate("Commands", "Change design title and notes"); });
}

} // namespace kg::ui
