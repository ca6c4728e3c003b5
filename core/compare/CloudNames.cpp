#include "compare/CloudNames.h"

#include <cctype>
#include <utility>

namespace kg {

namespace {

// Regions with a close counterpart; any other keeps each cloud's default.
const std::pair<const char*, const char*> kRegions[] = {
    {"us-east-1", "eastus"},         {"us-east-2", "eastus2"},
    {"us-west-2", "westus2"},        {"us-west-1", "westus"},
    {"eu-west-1", "northeurope"},    {"eu-central-1", "germanywestcentral"},
    {"eu-west-2", "uksouth"},        {"ap-southeast-1", "southeastasia"},
    {"ap-northeast-1", "japaneast"}, {"ap-southeast-2", "australiaeast"},
};

// The documentation account and domain the stand-in principals live in.
const char* kAccount = "111122223333";
const char* kDomain = "contoso.example";

} // namespace

std::string CloudNames::azureLocation(const std::string& region)
{
    for (const auto& [aws, azure] : kRegions)
        if (region == aws)
            return azure;
    return "eastus";
}

std::string CloudNames::awsRegion(const std::string& location)
{
    for (const auto& [aws, azure] : kRegions)
        if (location == azure)
            return aws;
    return "us-east-1";
}

std::string CloudNames::iamName(const std::string& principal)
{
    std::string name = principal.substr(0, principal.find('@'));
    if (const auto slash = name.rfind('/'); slash != std::string::npos)
        name = name.substr(slash + 1);
    std::string out;
    for (const char c : name)
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')
            out += c;
    return out.empty() ? std::string("user") : out;
}

std::string CloudNames::toIam(const std::string& principal)
{
    if (principal.rfind("arn:", 0) == 0)
        return principal;
    return std::string("arn:aws:iam::") + kAccount + ":user/" + iamName(principal);
}

std::string CloudNames::toEntra(const std::string& principal)
{
    if (principal.rfind("arn:", 0) != 0)
        return principal;
    return iamName(principal) + "@" + kDomain;
}

// Builds the other cloud's design element by element, then its links.

} // namespace kg
