#include "model/ChangeLessonEdit.h"

#include "model/Design.h"

namespace kg {

ChangeLessonEdit::ChangeLessonEdit(const Design& design, Lesson after)
    : m_before(design.lesson()), m_after(std::move(after))
{}

void ChangeLessonEdit::apply(Design& design)
{
    design.setLesson(m_after);
}

void ChangeLessonEdit::revert(Design& design)
{
    design.setLesson(m_before);
}

} // namespace kg
