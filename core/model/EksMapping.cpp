#include "model/EksMapping.h"

#include "model/TextForm.h"

#include <algorithm>
#include <cctype>

namespace kg {

namespace {

constexpr std::string_view kPolicyArnPrefix = "arn:aws:eks::aws:cluster-access-policy/";

bool isAlnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// AmazonEKS...Policy: the names of EKS access policies.
bool isPolicyName(std::string_view s)
{
    return s.size() > 15 && s.size() <= 128 && s.substr(0, 9) == "AmazonEKS" &&
           s.substr(s.size() - 6) == "Policy" && std::all_of(s.begin(), s.end(), isAlnum);
}

// The parts of an IAM identity that decide who it is.
struct Identity
{
    std::string_view partition, account, type, name, path; // type: role, user, assumed-role
};

std::optional<Identity> identityOf(std::string_view arn)
{
    // arn:partition:service:region:account:resource
    std::vector<std::string_view> parts;
    std::size_t at = 0;
    for (int i = 0; i < 5; ++i) {
        const std::size_t colon = arn.find(':', at);
        if (colon == std::string_view::npos)
            return std::nullopt;
        parts.push_back(arn.substr(at, colon - at));
        at = colon + 1;
    }
    const std::string_view resource = arn.substr(at);
    const std::size_t slash = resource.find('/');
    if (parts[0] != "arn" || slash == std::string_view::npos)
        return std::nullopt;
    Identity id{parts[1], parts[4], resource.substr(0, slash), {}, {}};
    std::string_view rest = resource.substr(slash + 1);
    if (parts[2] == "sts" && id.type == "assumed-role") {
        id.name = rest.substr(0, rest.find('/')); // the role; the session name follows
        return id;
    }
    if (parts[2] != "iam")
        return std::nullopt;
    const std::size_t last = rest.rfind('/');
    id.name = last == std::string_view::npos ? rest : rest.substr(last + 1);
    id.path = last == std::string_view::npos ? std::string_view() : rest.substr(0, last);
    return id;
}

std::string exampleOf(EksMapping::Source source)
{
    return source == EksMapping::Source::AccessEntry
               ? "arn:aws:iam::111122223333:role/ops AmazonEKSClusterAdminPolicy"
               : "arn:aws:iam::111122223333:role/ops system:masters";
}

} // namespace

std::optional<EksMapping> EksMapping::parse(std::string_view text, Source source)
{
    if (!problem(text, source).empty())
        return std::nullopt;
    const std::vector<std::string_view> words = spaceSeparated(text);
    EksMapping m;
    m.source = source;
    m.principal = std::string(words[0]);
    for (std::size_t i = 1; i < words.size(); ++i) {
        std::string_view w = words[i];
        if (w.substr(0, kPolicyArnPrefix.size()) == kPolicyArnPrefix)
            w.remove_prefix(kPolicyArnPrefix.size());
        if (source == Source::AccessEntry && isPolicyName(w))
            m.policies.emplace_back(w);
        else
            m.groups.emplace_back(w);
    }
    return m;
}

Sentence EksMapping::problem(std::string_view text, Source source)
{
    const std::vector<std::string_view> words = spaceSeparated(text);
    if (words.empty())
        return Sentence("problem.eks-mapping.empty", {{"example", exampleOf(source)}});
    if (words[0].substr(0, 4) != "arn:" ||
        !textFormProblem(TextForm::Principal, words[0]).empty() || !identityOf(words[0]))
        return Sentence("problem.eks-mapping.principal", {{"example", exampleOf(source)}});
    for (std::size_t i = 1; i < words.size(); ++i) {
        std::string_view w = words[i];
        const bool policyArn = w.substr(0, kPolicyArnPrefix.size()) == kPolicyArnPrefix;
        if (policyArn)
            w.remove_prefix(kPolicyArnPrefix.size());
        if (source == Source::AwsAuth && (policyArn || isPolicyName(w)))
            return Sentence("problem.eks-mapping.policy-in-aws-auth", {{"policy", std::string(w)}});
        if (policyArn && !isPolicyName(w))
            return Sentence("problem.eks-mapping.not-a-policy", {{"word", std::string(words[i])}});
        if (!isPolicyName(w) && !isGroupName(w))
            return Sentence("problem.eks-mapping.unknown",
                            {{"word", std::string(w)}, {"policy", "AmazonEKS...Policy"}});
    }
    return {};
}

EksMapping::Match EksMapping::matches(std::string_view caller) const
{
    const std::optional<Identity> mine = identityOf(principal);
    const bool pathInAwsAuth =
        source == Source::AwsAuth && mine && mine->type == "role" && !mine->path.empty();
    if (caller == principal)
        return pathInAwsAuth ? Match::PathInAwsAuth : Match::Yes;
    const std::optional<Identity> theirs = identityOf(caller);
    if (!mine || !theirs || mine->type != "role" || mine->partition != theirs->partition ||
        mine->account != theirs->account || mine->name != theirs->name ||
        (theirs->type != "role" && theirs->type != "assumed-role"))
        return Match::No;
    if (source == Source::AwsAuth) // compared without paths, and written without one
        return pathInAwsAuth ? Match::PathInAwsAuth : Match::Yes;
    // An access entry holds the full ARN: a session of the role, or the role by that ARN.
    return theirs->type == "assumed-role" || theirs->path == mine->path ? Match::Yes : Match::No;
}

bool EksMapping::isGroupName(std::string_view s)
{
    return !s.empty() && s.size() <= 256 && std::all_of(s.begin(), s.end(), [](char c) {
        return isAlnum(c) || std::string_view(":._-@").find(c) != std::string_view::npos;
    });
}

std::string EksMapping::withoutPath() const
{
    const std::optional<Identity> id = identityOf(principal);
    if (!id || id->type != "role" || id->path.empty())
        return principal;
    return "arn:" + std::string(id->partition) + ":iam::" + std::string(id->account) + ":role/" +
           std::string(id->name);
}

std::string EksMapping::grantsText() const
{
    std::string out;
    for (const std::string& p : policies)
        out += (out.empty() ? "" : ", ") + p;
    if (!groups.empty()) {
        out += std::string(out.empty() ? "" : ", ") + (groups.size() == 1 ? "group " : "groups ");
        for (std::size_t i = 0; i < groups.size(); ++i)
            out += (i ? ", " : "") + groups[i];
    }
    return out;
}

} // namespace kg
