#include "model/NewElement.h"

namespace kg {

PropertyMap NewElement::properties(ElementKind kind)
{
    switch (kind) {
    case ElementKind::AwsVpc:
        return {{"enableDnsSupport", true}, {"enableDnsHostnames", false}};
    default:
        return {};
    }
}

} // namespace kg
