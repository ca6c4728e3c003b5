#include "validate/Finding.h"

namespace kg {

std::string_view toString(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "info";
}

std::string Finding::message(Language language) const
{
    return render(text, language);
}

} // namespace kg
