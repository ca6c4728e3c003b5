#pragma once

#include "model/Element.h"
#include "model/ElementKind.h"

#include <optional>

namespace kg {

// Properties a newly placed element starts with where the cloud API creates a resource
// differently from what an absent property means in a design file. A VPC made through the AWS
// API (CreateVpc, Terraform's aws_vpc) has DNS host names off, so a new VPC does too, and EKS-011
// shows until the person turns them on; files keep reading an absent enableDnsHostnames as on,
// as they always have (designs and imports written before this rule existed meant that).
class NewElement
{
public:
    // `parent` is the kind of the container it is placed in, if any: a DNS forwarder placed on
    // premises asks public resolvers for what no forwarding link covers (there is no cloud DNS).
    static PropertyMap properties(ElementKind kind, std::optional<ElementKind> parent = {});
};

} // namespace kg
