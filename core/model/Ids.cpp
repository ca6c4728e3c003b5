#include "model/Ids.h"

#include "model/Limits.h"

namespace kg {

namespace {
bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool isIdChar(char c)
{
    return isAlnum(c) || c == '.' || c == '_' || c == ':' || c == '-';
}
} // namespace

bool isValidId(std::string_view id)
{
    return idProblem(id).empty();
}

Sentence idProblem(std::string_view id)
{
    if (id.empty())
        return Sentence("problem.id.empty");
    if (id.size() > limits::kMaxIdLength)
        return Sentence("problem.id.long", {{"length", std::to_string(id.size())},
                                            {"limit", std::to_string(limits::kMaxIdLength)}});
    if (!isAlnum(id.front()))
        return Sentence("problem.id.start");
    for (char c : id) {
        if (!isIdChar(c))
            return Sentence("problem.id.characters");
    }
    return {};
}

std::string idStemFrom(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (isAlnum(c))
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        else if (!out.empty() && out.back() != '-')
            out += '-';
        if (out.size() >= 40)
            break;
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? "element" : out;
}

} // namespace kg
