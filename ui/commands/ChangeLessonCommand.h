#pragma once

#include "commands/DesignCommand.h"
#include "model/Lesson.h"

#include <QString>

namespace kg::ui {

// Changes the design's lesson: the quiz's questions or the build-up order, an undo step with
// the label the caller gives ("Add Quiz Question", "Change Build-Up Order").
class ChangeLessonCommand : public DesignCommand
{
public:
    ChangeLessonCommand(DesignDocument* document, Lesson after, CommandLabel label);
};

} // namespace kg::ui
