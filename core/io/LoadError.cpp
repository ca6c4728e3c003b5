#include "io/LoadError.h"

namespace kg {

std::string LoadError::format(const std::string& fileName) const
{
    std::string out = fileName;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0)
            out += ':' + std::to_string(column);
    }
    out += ": ";
    if (!pointer.empty()) {
        out += "at " + pointer;
        if (!itemId.empty())
            out += " ('" + itemId + "')";
        out += ": ";
    }
    return out + message;
}

} // namespace kg
