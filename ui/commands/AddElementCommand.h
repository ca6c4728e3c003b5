#pragma once

#include "commands/DesignCommand.h"
#include "model/Element.h"

#include <vector>

namespace kg::ui {

// Places a new element (from the palette). `grown` are containers widened to hold it.
class AddElementCommand : public DesignCommand
{
public:
    AddElementCommand(DesignDocument* document, const Element& element,
                      const std::vector<Element>& grown);
};

} // namespace kg::ui
