#include "commands/ChangeLessonCommand.h"

#include "document/DesignDocument.h"
#include "model/ChangeLessonEdit.h"

namespace kg::ui {

ChangeLessonCommand::ChangeLessonCommand(DesignDocument* document, Lesson after, CommandLabel label)
    : DesignCommand(document,
                    std::make_unique<ChangeLessonEdit>(document->design(), std::move(after)))
{
    setLabel(std::move(label));
}

} // namespace kg::ui
