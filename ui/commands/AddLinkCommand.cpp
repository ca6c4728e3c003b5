#include "commands/AddLinkCommand.h"

#include "canvas/KindNames.h"
#include "document/DesignDocument.h"
#include "model/AddItemsEdit.h"

#include <QCoreApplication>

namespace kg::ui {

AddLinkCommand::AddLinkCommand(DesignDocument* document, const Link& link)
    : DesignCommand(document,
                    std::make_unique<AddItemsEdit>(std::vector<Element>{}, std::vector<Link>{link},
                                                   "Connect " + link.from + " to " + link.to))
{
    const Design& design = document->design();
    const QString from = QString::fromStdString(design.element(link.from)->label());
    const QString to = QString::fromStdString(design.element(link.to)->label());
    const LinkKind kind = link.kind;
    setLabel([from, to, kind] {
        return QCoreApplication::translate("Commands", "Connect %1 to %2 (%3)")
            .arg(from, to, KindNames::linkName(kind));
    });
}

} // namespace kg::ui
