#include "commands/AddItemsCommand.h"

#include "document/DesignDocument.h"
#include "model/AddItemsEdit.h"
#include "model/ChangeElementsEdit.h"
#include "model/CompositeEdit.h"

namespace kg::ui {

namespace {
std::unique_ptr<Edit> makeEdit(const Design& design, const Fragment& fragment,
                               const std::vector<Element>& grown, const std::string& label)
{
    auto add = std::make_unique<AddItemsEdit>(fragment.elements, fragment.links, label);
    std::vector<std::pair<Element, Element>> growth;
    for (const auto& g : grown)
        if (const Element* before = design.element(g.id))
            growth.emplace_back(*before, g);
    if (growth.empty())
        return add;
    auto edit = std::make_unique<CompositeEdit>(label);
    edit->add(std::make_unique<ChangeElementsEdit>(std::move(growth), label));
    edit->add(std::move(add));
    return edit;
}
} // namespace

AddItemsCommand::AddItemsCommand(DesignDocument* document, const Fragment& fragment,
                                 const std::vector<Element>& grown, CommandLabel label)
    : DesignCommand(document, makeEdit(document->design(), fragment, grown, label().toStdString()))
{
    setLabel(std::move(label));
}

} // namespace kg::ui
