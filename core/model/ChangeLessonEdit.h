#pragma once

#include "model/Edit.h"
#include "model/Lesson.h"

namespace kg {

// Changes the design's lesson (a trainer's build-up order and quiz questions).
class ChangeLessonEdit : public Edit
{
public:
    ChangeLessonEdit(const Design& design, Lesson after);

    void apply(Design& design) override;
    void revert(Design& design) override;
    std::string label() const override { return "Change lesson"; }

private:
    Lesson m_before;
    Lesson m_after;
};

} // namespace kg
