#include "model/RoleAssignment.h"

#include "model/TextForm.h"

#include <algorithm>
#include <cctype>

namespace kg {

namespace {

// A management action or action pattern: provider segments of letters, digits and ._-, with
// '*' anywhere, at least one '/' unless it is "*" alone.
bool isAction(std::string_view s)
{
    if (s == "*")
        return true;
    if (s.size() > 256 || s.find('/') == std::string_view::npos || s.front() == '/' ||
        s.back() == '/' || s.find("//") != std::string_view::npos)
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) ||
               std::string_view("._-*/").find(c) != std::string_view::npos;
    });
}

std::string knownRoles()
{
    std::string out;
    for (const AzureRole& r : AzureRoles::all())
        out += (out.empty() ? "" : ", ") + std::string(r.name);
    return out;
}

} // namespace

std::optional<RoleAssignment> RoleAssignment::parse(std::string_view text)
{
    if (!problem(text).empty())
        return std::nullopt;
    const std::vector<std::string_view> words = spaceSeparated(text);
    RoleAssignment a;
    a.principal = std::string(words[0]);
    // A built-in role's name has spaces; join the words back with one space each.
    std::string joined;
    for (std::size_t i = 1; i < words.size(); ++i)
        joined += (i > 1 ? " " : "") + std::string(words[i]);
    if ((a.role = AzureRoles::find(joined)))
        return a;
    for (std::size_t i = 1; i < words.size(); ++i)
        a.actions.emplace_back(words[i]);
    return a;
}

Sentence RoleAssignment::problem(std::string_view text)
{
    const std::vector<std::string_view> words = spaceSeparated(text);
    if (words.size() < 2)
        return Sentence(
            "problem.role.shape",
            {{"example", "alice@contoso.com Azure Kubernetes Service Cluster Admin Role"}});
    if (Sentence why = textFormProblem(TextForm::Principal, words[0]); !why.empty())
        return Sentence("problem.role.principal", {{"principal", std::string(words[0])}},
                        {{"why", std::move(why)}});
    if (words[0].substr(0, 4) == "arn:")
        return Sentence("problem.role.iam");
    std::string joined;
    for (std::size_t i = 1; i < words.size(); ++i)
        joined += (i > 1 ? " " : "") + std::string(words[i]);
    if (AzureRoles::find(joined))
        return {};
    for (std::size_t i = 1; i < words.size(); ++i)
        if (!isAction(words[i]))
            return Sentence("problem.role.unknown", {{"roles", knownRoles()},
                                                     {"word", std::string(words[i])},
                                                     {"action", std::string(kRunCommandAction)}});
    return {};
}

bool RoleAssignment::grants(std::string_view action) const
{
    if (role)
        return role->grants(action);
    return std::any_of(actions.begin(), actions.end(),
                       [&](const std::string& pattern) { return actionMatches(pattern, action); });
}

std::string_view RoleAssignment::kubernetesAccess() const
{
    return role ? role->kubernetesAccess : std::string_view();
}

std::string RoleAssignment::roleLabel() const
{
    return role ? std::string(role->name) : std::string("a custom role");
}

} // namespace kg
