#include "commands/AddElementCommand.h"

#include "canvas/KindNames.h"
#include "document/DesignDocument.h"
#include "model/AddItemsEdit.h"
#include "model/ChangeElementsEdit.h"
#include "model/CompositeEdit.h"

#include <QCoreApplication>

namespace kg::ui {

namespace {
std::unique_ptr<Edit> makeEdit(const Design& design, const Element& element,
                               const std::vector<Element>& grown)
{
    auto edit = std::make_unique<CompositeEdit>("Add " + element.id);
    std::vector<std::pair<Element, Element>> growth;
    for (const auto& g : grown)
        if (const Element* before = design.element(g.id))
            growth.emplace_back(*before, g);
    if (!growth.empty())
        edit->add(std::make_unique<ChangeElementsEdit>(std::move(growth), "Grow containers"));
    edit->add(std::make_unique<AddItemsEdit>(std::vector<Element>{element}, std::vector<Link>{},
                                             "Add " + element.id));
    return edit;
}
} // namespace

AddElementCommand::AddElementCommand(DesignDocument* document, const Element& element,
                                     const std::vector<Element>& grown, CommandLabel label)
    : DesignCommand(document, makeEdit(document->design(), element, grown))
{
    if (!label) {
        const ElementKind kind = element.kind;
        label = [kind] {
            return QCoreApplication::translate("Commands", "Add %1").arg(KindNames::name(kind));
        };
    }
    setLabel(std::move(label));
}

} // namespace kg::ui
