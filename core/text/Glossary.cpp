#include "text/Glossary.h"

namespace kg {

const std::vector<GlossaryTerm>& glossary()
{
    static const std::vector<GlossaryTerm> terms = {
        {"private cluster", "专用群集"},
        {"authorized IP ranges", "授权的 IP 地址范围"},
        {"private DNS zone", "专用 DNS 区域"},
        {"private endpoint", "专用终结点"},
        {"public endpoint", "公共终结点"},
        {"inbound endpoint", "入站终结点"},
        {"bastion host", "堡垒主机"},
        {"peering", "对等互连"},
        {"API Server VNet integration", "API 服务器 VNet 集成"},
        {"VNet", "虚拟网络"},
        {"jumpbox", "跳板机"},
        {"security group", "安全组"},
        {"route table", "路由表"},
        {"NAT gateway", "NAT 网关"},
        {"internet gateway", "Internet 网关"},
        {"transit gateway", "中转网关"},
        {"route propagation", "路由传播"},
        {"conditional forwarder", "条件转发器"},
        {"self-hosted agent", "自托管代理"},
        {"self-hosted runner", "自托管运行器"},
        {"DNS Private Resolver", "DNS 专用解析程序"},
        {"native client support", "本机客户端支持"},
    };
    return terms;
}

} // namespace kg
