#include "model/NewElement.h"

namespace kg {

PropertyMap NewElement::properties(ElementKind kind, std::optional<ElementKind> parent)
{
    switch (kind) {
    case ElementKind::AwsVpc:
        return {{"enableDnsSupport", true}, {"enableDnsHostnames", false}};
    case ElementKind::DnsForwarder:
        if (parent == ElementKind::OnPremNetwork)
            return {{"upstream", std::string("publicDns")}};
        return {};
    default:
        return {};
    }
}

} // namespace kg
