// The sentences of the catalogue in English and Simplified Chinese: a data table. Terms follow
// the source article (专用群集, 授权的 IP 地址范围, 专用 DNS 区域, 终结点, 堡垒主机,
// 虚拟网络对等互连, API 服务器 VNet 集成); docs/GLOSSARY.md lists them and CatalogueTest holds the
// table to it.
#include "text/Catalogue.h"

namespace kg::catalogue {

const std::vector<Entry>& entries()
{
    // Sorted by id.
    static const std::vector<Entry> table = {
        {"fix.accept-peering", "accept peering {link}", "接受对等互连 {link}"},
        {"fix.add-forwarder-to-azure-dns",
         "add a conditional forwarder for {zone} to 168.63.129.16 on a DNS server in a VNet linked "
         "to {linkedZone}",
         "在链接到 {linkedZone} 的虚拟网络中的 DNS 服务器上，为 {zone} 添加指向 168.63.129.16 "
         "的条件转发器"},
        {"fix.add-to-allow-list", "add {address} to {field} of {cluster}",
         "将 {address} 添加到 {cluster} 的 {field}"},
        {"fix.allow-443-4443-on-nsg", "allow TCP 443 and 4443 from {source} on NSG {nsg}",
         "在 NSG {nsg} 上允许来自 {source} 的 TCP 443 和 4443"},
        {"fix.allow-443-on-cluster-sg",
         "allow 443 from {source} on the cluster security group of {cluster}",
         "在 {cluster} 的群集安全组上允许来自 {source} 的 TCP 443"},
        {"fix.allow-443-on-sg", "allow 443 from {source} on the cluster security group {group}",
         "在群集安全组 {group} 上允许来自 {source} 的 TCP 443"},
        {"fix.amazon-dns-in-dhcp", "add AmazonProvidedDNS to the DHCP options of {network}",
         "将 AmazonProvidedDNS 添加到 {network} 的 DHCP 选项集"},
        {"fix.assign-arm-role", "assign {principal} a role with {missing} on {cluster}",
         "为 {principal} 分配在 {cluster} 上具有 {missing} 权限的角色"},
        {"fix.associate-attachment",
         "associate attachment {attachment} with a route table of {gateway}",
         "将挂接 {attachment} 关联到 {gateway} 的路由表"},
        {"fix.attach-to-transit-gateway",
         "attach {network} and the link {link} to a transit gateway, or connect it to {network} "
         "directly",
         "将 {network} 和链路 {link} 挂接到中转网关，或将其直接连接到 {network}"},
        {"fix.bastion-native-client", "enable native client support on {bastion}",
         "在 {bastion} 上启用本机客户端支持"},
        {"fix.bastion-standard-sku",
         "upgrade {bastion} to the Standard SKU with native client support",
         "将 {bastion} 升级到标准 SKU 并启用本机客户端支持"},
        {"fix.bring-link-up", "bring {link} up", "恢复 {link} 的连接"},
        {"fix.cloud-shell-in-vnet",
         "deploy Cloud Shell into a subnet of a VNet connected to the cluster",
         "将 Cloud Shell 部署到与群集连通的虚拟网络的子网中"},
        {"fix.connect-aws-client",
         "connect {who} through a VPN to {network}, or use a bastion host in it",
         "通过 VPN 将 {who} 连接到 {network}，或使用其中的堡垒主机"},
        {"fix.connect-azure-client",
         "connect {who} through a VPN gateway, or use Azure Bastion to a jumpbox in {network}",
         "通过 VPN 网关连接 {who}，或通过 Azure Bastion 使用 {network} 中的跳板机"},
        {"fix.connect-onprem-aws",
         "connect {network} to {target} with a Site-to-Site VPN or Direct Connect",
         "通过站点到站点 VPN 或 Direct Connect 将 {network} 连接到 {target}"},
        {"fix.connect-onprem-azure",
         "connect {network} to {target} (or a hub peered with it) with a VPN gateway or "
         "ExpressRoute",
         "通过 VPN 网关或 ExpressRoute 将 {network} 连接到 {target}（或与其对等互连的中心网络）"},
        {"fix.create-endpoint-zone",
         "create a private DNS zone {zone} with an A record for {endpoint} and link it to "
         "{network}",
         "创建专用 DNS 区域 {zone}，为 {endpoint} 添加 A 记录，并将其链接到 {network}"},
        {"fix.create-endpoint-zone-client-vnet",
         "create a private DNS zone {zone} with an A record for {endpoint} and link it to the "
         "client's VNet",
         "创建专用 DNS 区域 {zone}，为 {endpoint} 添加 A 记录，并将其链接到客户端的虚拟网络"},
        {"fix.enable-private-cluster-public-fqdn",
         "set apiServerAccessProfile.enablePrivateClusterPublicFQDN to true on {cluster}, or use "
         "privateDNSZone System",
         "在 {cluster} 上将 apiServerAccessProfile.enablePrivateClusterPublicFQDN 设为 true，"
         "或使用 privateDNSZone System"},
        {"fix.enable-public-fqdn-or-forward",
         "enable the public FQDN of {cluster} or forward {zone} to Azure",
         "启用 {cluster} 的公共 FQDN，或将 {zone} 转发到 Azure"},
        {"fix.enable-route-propagation",
         "enable route propagation from {gateway} on subnet {subnet}",
         "在子网 {subnet} 上启用来自 {gateway} 的路由传播"},
        {"fix.enable-run-command",
         "set apiServerAccessProfile.disableRunCommand to false (az aks update "
         "--enable-run-command)",
         "将 apiServerAccessProfile.disableRunCommand 设为 false（az aks update "
         "--enable-run-command）"},
        {"fix.enable-vpc-dns", "turn on enableDnsSupport and enableDnsHostnames on {network}",
         "在 {network} 上启用 enableDnsSupport 和 enableDnsHostnames"},
        {"fix.forward-to-private-resolver",
         "forward {zone} from {network} DNS to a DNS Private Resolver inbound endpoint in a VNet "
         "linked to {linkedZone}",
         "将 {network} 的 DNS 中的 {zone} 转发到链接了 {linkedZone} 的虚拟网络中的 DNS "
         "专用解析程序入站终结点"},
        {"fix.forward-to-route53-resolver",
         "forward the cluster endpoint's domain to a Route 53 Resolver inbound endpoint in "
         "{network}",
         "将群集终结点的域转发到 {network} 中的 Route 53 Resolver 入站终结点"},
        {"fix.gateway-transit",
         "set allowGatewayTransit and useRemoteGateways on peering {link} (gateway transit from "
         "{hub} to {network})",
         "在对等互连 {link} 上设置 allowGatewayTransit 和 useRemoteGateways（从 {hub} 到 {network} "
         "的网关传输）"},
        {"fix.grant-kubernetes-role", "grant {principal} a Kubernetes role on {cluster}",
         "为 {principal} 授予 {cluster} 上的 Kubernetes 角色"},
        {"fix.internet-access", "give {who} internet access", "为 {who} 提供 Internet 访问"},
        {"fix.link-zone", "link zone {zone} to {network}",
         "将专用 DNS 区域 {zone} 链接到 {network}"},
        {"fix.nat-subnet-to-internet-gateway",
         "route the subnet of NAT gateway {nat} to an internet gateway",
         "将 NAT 网关 {nat} 所在的子网路由到 Internet 网关"},
        {"fix.none-private-endpoint", "none needed: the client uses the private endpoint",
         "无需修复：客户端使用专用终结点"},
        {"fix.none-public-endpoint", "none needed: the client uses the public endpoint",
         "无需修复：客户端使用公共终结点"},
        {"fix.peer", "peer {network} with {peer}", "将 {network} 与 {peer} 对等互连"},
        {"fix.peer-directly", "peer {network} with {peer} directly",
         "将 {network} 与 {peer} 直接对等互连"},
        {"fix.peer-directly-or-transit",
         "peer {network} with {peer} directly, or attach both to a transit gateway",
         "将 {network} 与 {peer} 直接对等互连，或将两者挂接到中转网关"},
        {"fix.propagate-or-static-route",
         "propagate attachment {attachment} to route table {table}, or add the static route "
         "\"{route}\" to {gateway}",
         "将挂接 {attachment} 传播到路由表 {table}，或向 {gateway} 添加静态路由“{route}”"},
        {"fix.public-ip-or-nat",
         "give {who} a public IPv4 address, or route {subnet} through a NAT gateway",
         "为 {who} 分配公共 IPv4 地址，或通过 NAT 网关路由 {subnet}"},
        {"fix.public-ip-or-nat-own-subnet",
         "give {who} a public IPv4 address, or route its subnet through a NAT gateway",
         "为 {who} 分配公共 IPv4 地址，或通过 NAT 网关路由其子网"},
        {"fix.reach-from-linked-vnet",
         "reach {cluster} from a VNet linked to {linkedZone} (VPN, peering or a jumpbox)",
         "从链接了 {linkedZone} 的虚拟网络访问 {cluster}（通过 VPN、虚拟网络对等互连或跳板机）"},
        {"fix.record-egress", "record {who}'s egress IP and add it to {field}",
         "记录 {who} 的出口 IP 地址，并将其添加到 {field}"},
        {"fix.remove-or-repoint-static-route",
         "remove or point the static route for {prefix} in route table {table} at attachment "
         "{attachment}",
         "删除路由表 {table} 中 {prefix} 的静态路由，或将其指向挂接 {attachment}"},
        {"fix.renumber-network", "renumber {network} so that it does not overlap {peer}",
         "对 {network} 重新编址，使其不与 {peer} 重叠"},
        {"fix.repoint-static-route",
         "point the static route for {prefix} in route table {table} at attachment {attachment}",
         "将路由表 {table} 中 {prefix} 的静态路由指向挂接 {attachment}"},
        {"fix.route-cidr-to-peering",
         "route {network}'s CIDR to peering {link} in the route table of subnet {subnet}",
         "在子网 {subnet} 的路由表中，将 {network} 的 CIDR 路由到对等互连 {link}"},
        {"fix.route-prefixes",
         "route {network}'s prefixes to {through} in the route table of subnet {subnet}",
         "在子网 {subnet} 的路由表中，将 {network} 的前缀路由到 {through}"},
        {"fix.route-to-nat-gateway",
         "route 0.0.0.0/0 of {subnet} to a NAT gateway in a public subnet",
         "将 {subnet} 的 0.0.0.0/0 路由到公有子网中的 NAT 网关"},
        {"fix.self-hosted-agent", "use a self-hosted agent in a VNet connected to {network}",
         "使用与 {network} 连通的虚拟网络中的自托管代理"},
        {"fix.self-hosted-agent-cluster",
         "use a self-hosted agent in a VNet connected to the cluster",
         "使用与群集连通的虚拟网络中的自托管代理"},
        {"fix.self-hosted-runner", "use a self-hosted runner in a VNet connected to the cluster",
         "使用与群集连通的虚拟网络中的自托管运行器"},
        {"fix.stop-propagation",
         "stop attachment {attachment} propagating {prefix} to route table {table}",
         "停止挂接 {attachment} 将 {prefix} 传播到路由表 {table}"},
    };
    return table;
}

} // namespace kg::catalogue
