#include "io/LoadError.h"

namespace kg {

std::string LoadError::format(const std::string& fileName, Language language) const
{
    std::string out = fileName;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0)
            out += ':' + std::to_string(column);
    }
    out += ": ";
    if (!pointer.empty()) {
        out += itemId.empty()
                   ? render(Sentence("load.at", {{"pointer", pointer}}), language)
                   : render(Sentence("load.at-item", {{"pointer", pointer}, {"item", itemId}}),
                            language);
    }
    return out + message(language);
}

} // namespace kg
