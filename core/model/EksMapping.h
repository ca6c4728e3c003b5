#pragma once

#include "text/Sentence.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// One IAM principal given Kubernetes access on an EKS cluster, as a design writes it:
// an access entry (accessEntries), read in the API and API_AND_CONFIG_MAP authentication modes,
//   "arn:aws:iam::111122223333:role/ops AmazonEKSClusterAdminPolicy"
// or an entry of the aws-auth ConfigMap (awsAuth), read in CONFIG_MAP and API_AND_CONFIG_MAP,
//   "arn:aws:iam::111122223333:role/ops system:masters".
// After the ARN come the access policies (access entries only: AmazonEKS...Policy, or the
// policy's ARN) and the Kubernetes groups. An entry with neither leaves its permissions
// undescribed: the analysis assumes them.
struct EksMapping
{
    enum class Source { AccessEntry, AwsAuth };
    enum class Match { No, Yes, PathInAwsAuth };

    Source source = Source::AccessEntry;
    std::string principal;
    std::vector<std::string> policies; // short names: AmazonEKSViewPolicy
    std::vector<std::string> groups;

    // Null when `text` is not such an entry; problem() says why.
    static std::optional<EksMapping> parse(std::string_view text, Source source);
    // Why `text` is not such an entry, ending without a full stop; empty when it is.
    static Sentence problem(std::string_view text, Source source);

    bool describesPermissions() const { return !policies.empty() || !groups.empty(); }
    // Whether a client that signs its requests as `caller` (an IAM role or user ARN, or the
    // STS ARN of an assumed-role session) is this entry's principal. An access entry names a
    // role by its full ARN, path included; the aws-auth ConfigMap compares role ARNs without
    // their path, so an entry written with one matches nobody (PathInAwsAuth when it would
    // match `caller` but for the path).
    Match matches(std::string_view caller) const;
    // The principal as the aws-auth ConfigMap must name it: a role's ARN without its path.
    std::string withoutPath() const;
    // Whether `name` can be a Kubernetes group of an entry: letters, digits and :._-@ .
    static bool isGroupName(std::string_view name);

    // What the entry grants, in words: "AmazonEKSViewPolicy", "groups system:masters".
    std::string grantsText() const;
};

} // namespace kg
