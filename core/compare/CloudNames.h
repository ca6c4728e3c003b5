#pragma once

#include <string>

namespace kg {

// Names that differ between the clouds, for the equivalents: regions with a close counterpart
// (any other keeps each cloud's default), and principals (an Entra user alice@contoso.example
// becomes the IAM user alice of a documentation account, and back). Principals are stand-ins:
// the equivalents' notes say so.
class CloudNames
{
public:
    static std::string azureLocation(const std::string& region);
    static std::string awsRegion(const std::string& location);
    static std::string toIam(const std::string& principal);
    static std::string toEntra(const std::string& principal);

private:
    static std::string iamName(const std::string& principal);
};

} // namespace kg
