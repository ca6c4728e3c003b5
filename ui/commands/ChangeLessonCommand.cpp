#include "commands/ChangeLessonCommand.h"

#include "document/DesignDocument.h"
#include "model/ChangeLessonEdit.h"

namespace kg::ui {

ChangeLessonCommand::ChangeLessonCommand(DesignDocument* document, Lesson after,
                                         const QString& label)
    : DesignCommand(document,
                    std::make_unique<ChangeLessonEdit>(document->design(), std::move(after)))
{
    setText(label);
}

} // namespace kg::ui
