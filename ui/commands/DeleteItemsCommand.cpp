#include "commands/DeleteItemsCommand.h"

#include "document/DesignDocument.h"
#include "model/RemoveItemsEdit.h"

#include <QCoreApplication>

namespace kg::ui {

DeleteItemsCommand::DeleteItemsCommand(DesignDocument* document,
                                       const std::vector<std::string>& ids)
    : DesignCommand(document, std::make_unique<RemoveItemsEdit>(document->design(), ids, "Delete"))
{
    const Design& design = document->design();
    if (ids.size() == 1) {
        const Element* e = design.element(ids.front());
        const QString name = QString::fromStdString(e ? e->label() : ids.front());
        setLabel([name] { return tr("Delete %1").arg(name); });
    } else {
        const int n = static_cast<int>(ids.size());
        setLabel([n] { return tr("Delete %n item(s)", nullptr, n); });
    }
}

} // namespace kg::ui
