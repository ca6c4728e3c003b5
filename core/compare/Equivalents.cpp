#include "compare/Equivalents.h"

#include "compare/EquivalentTranslation.h"

namespace kg {

Equivalent Equivalents::toAks(const Design& design)
{
    return EquivalentTranslation(design, true).run();
}

Equivalent Equivalents::toEks(const Design& design)
{
    return EquivalentTranslation(design, false).run();
}

} // namespace kg
