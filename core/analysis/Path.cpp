#include "analysis/Path.h"

namespace kg {

std::string_view toString(Stage stage)
{
    switch (stage) {
    case Stage::Dns:
        return "dns";
    case Stage::Network:
        return "network";
    case Stage::Admission:
        return "admission";
    case Stage::Identity:
        return "identity";
    }
    return "dns";
}

std::string_view toString(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Public:
        return "public";
    case EndpointKind::Private:
        return "private";
    case EndpointKind::VnetIntegration:
        return "vnet-integration";
    case EndpointKind::EksEni:
        return "eks-eni";
    case EndpointKind::UserEndpoint:
        return "private-endpoint";
    case EndpointKind::RunCommand:
        return "run-command";
    }
    return "public";
}

} // namespace kg
