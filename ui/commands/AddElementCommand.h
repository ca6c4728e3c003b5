#pragma once

#include "commands/DesignCommand.h"
#include "model/Element.h"

#include <vector>

namespace kg::ui {

// Places a new element (from the palette). `grown` are containers widened to hold it.
class AddElementCommand : public DesignCommand
{
public:
    // `grown` may also hold other elements' new states (the cluster that names a subnet the
    // access-mode preset creates); `label` replaces "Add <kind>" when given.
    AddElementCommand(DesignDocument* document, const Element& element,
                      const std::vector<Element>& grown, CommandLabel label = {});
};

} // namespace kg::ui
