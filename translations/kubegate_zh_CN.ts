<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Commands</name>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Connect %1 to %2 (%3)</source>
        <translation>连接 %1 与 %2（%3）</translation>
    </message>
    <message>
        <source>Change design title and notes</source>
        <translation>修改设计标题和备注</translation>
    </message>
    <message>
        <source>Change Build-Up Order</source>
        <translation>更改逐步呈现顺序</translation>
    </message>
    <message>
        <source>Add Quiz Question</source>
        <translation>添加测验题目</translation>
    </message>
    <message>
        <source>Remove Quiz Question</source>
        <translation>删除测验题目</translation>
    </message>
    <message>
        <source>Move Quiz Question</source>
        <translation>移动测验题目</translation>
    </message>
</context>
<context>
    <name>ConnectTool</name>
    <message>
        <source>Added %1.</source>
        <translation>已添加%1。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>A link needs two different elements.</source>
        <translation>链接需要两个不同的元素。</translation>
    </message>
    <message>
        <source>No link can join %1 and %2.</source>
        <translation>没有任何链接可以连接 %1 和 %2。</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked this way.</source>
        <translation>%1 和 %2 之间已有这种链接。</translation>
    </message>
    <message>
        <source>A peering joins two networks of one cloud; %1 and %2 are not.</source>
        <translation>对等互连只能连接同一云中的两个网络；%1 和 %2 不是。</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be peered: their address spaces overlap (%3).</source>
        <translation>%1 和 %2 不能对等互连：它们的地址空间重叠（%3）。</translation>
    </message>
    <message>
        <source>%1 has no address space.</source>
        <translation>%1 没有地址空间。</translation>
    </message>
    <message>
        <source>No link joins %1 (%2) and %3 (%4). Links join networks (peering), on-premises and gateways (VPN, ExpressRoute, Direct Connect), VPCs and transit gateways, and private DNS zones and networks.</source>
        <translation>没有链接可以连接 %1（%2）和 %3（%4）。链接用于连接网络（对等互连）、本地网络与网关（VPN、ExpressRoute、Direct Connect）、VPC 与中转网关，以及专用 DNS 区域与网络。</translation>
    </message>
    <message>
        <source>Pick two elements.</source>
        <translation>请选择两个元素。</translation>
    </message>
    <message>
        <source>Link kind</source>
        <translation>链接类型</translation>
    </message>
    <message>
        <source>Connect from %1: click the element to link it to. Esc cancels.</source>
        <translation>从 %1 连接：单击要连接到的元素。按 Esc 取消。</translation>
    </message>
</context>
<context>
    <name>DeleteItemsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>删除 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>没有检查结果。</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (use .svg, .png or .pdf)</source>
        <translation>未知的导出格式“%1”（请使用 .svg、.png 或 .pdf）</translation>
    </message>
    <message>
        <source>the picture would be %1 x %2 pixels; use a smaller --scale</source>
        <translation>图片将为 %1 x %2 像素；请使用更小的 --scale</translation>
    </message>
    <message>
        <source>the picture could not be encoded as PNG</source>
        <translation>无法将图像编码为 PNG</translation>
    </message>
    <message>
        <source>Kubegate design</source>
        <translation>Kubegate 设计</translation>
    </message>
</context>
<context>
    <name>DiagramScene</name>
    <message>
        <source>the canvas outside any network</source>
        <translation>任何网络之外的画布</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>DrawioWriter</name>
    <message>
        <source>Kubegate design</source>
        <translation>Kubegate 设计</translation>
    </message>
</context>
<context>
    <name>EndpointItem</name>
    <message>
        <source>Public endpoint</source>
        <translation>公共终结点</translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation>专用终结点</translation>
    </message>
    <message>
        <source>API server ILB (VNet integration)</source>
        <translation>API 服务器内部负载均衡器（VNet 集成）</translation>
    </message>
    <message>
        <source>EKS-managed ENI</source>
        <translation>EKS 托管 ENI</translation>
    </message>
    <message>
        <source>Private endpoint (own)</source>
        <translation>专用终结点（自建）</translation>
    </message>
    <message>
        <source>Command invoke (ARM)</source>
        <translation>命令调用（ARM）</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>SVG picture</source>
        <translation>SVG 图片</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>PDF document with the findings</source>
        <translation>包含检查结果的 PDF 文档</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML 报告</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Markdown 报告</translation>
    </message>
    <message>
        <source>draw.io diagram</source>
        <translation>draw.io 图表</translation>
    </message>
    <message>
        <source>Azure CLI and AWS CLI script</source>
        <translation>Azure CLI 和 AWS CLI 脚本</translation>
    </message>
    <message>
        <source>Bicep (AKS)</source>
        <translation>Bicep（AKS）</translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <source>eksctl config (EKS)</source>
        <translation>eksctl 配置（EKS）</translation>
    </message>
    <message>
        <source>the design has no cluster this format covers (Bicep: AKS, eksctl: EKS)</source>
        <translation>设计中没有此格式适用的群集（Bicep：AKS，eksctl：EKS）</translation>
    </message>
</context>
<context>
    <name>KindNames</name>
    <message>
        <source>Azure virtual network</source>
        <translation>Azure 虚拟网络</translation>
    </message>
    <message>
        <source>Azure subnet</source>
        <translation>Azure 子网</translation>
    </message>
    <message>
        <source>AWS VPC</source>
        <translation>AWS VPC</translation>
    </message>
    <message>
        <source>AWS subnet</source>
        <translation>AWS 子网</translation>
    </message>
    <message>
        <source>On-premises network</source>
        <translation>本地网络</translation>
    </message>
    <message>
        <source>AKS cluster</source>
        <translation>AKS 群集</translation>
    </message>
    <message>
        <source>AKS node pool</source>
        <translation>AKS 节点池</translation>
    </message>
    <message>
        <source>EKS cluster</source>
        <translation>EKS 群集</translation>
    </message>
    <message>
        <source>EKS node group</source>
        <translation>EKS 节点组</translation>
    </message>
    <message>
        <source>Azure private DNS zone</source>
        <translation>Azure 专用 DNS 区域</translation>
    </message>
    <message>
        <source>Route 53 private hosted zone</source>
        <translation>Route 53 私有托管区域</translation>
    </message>
    <message>
        <source>DNS forwarder</source>
        <translation>DNS 转发器</translation>
    </message>
    <message>
        <source>Azure DNS Private Resolver</source>
        <translation>Azure DNS 专用解析程序</translation>
    </message>
    <message>
        <source>Route 53 Resolver inbound endpoint</source>
        <translation>Route 53 Resolver 入站终结点</translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation>专用终结点</translation>
    </message>
    <message>
        <source>Private Link service</source>
        <translation>专用链接服务</translation>
    </message>
    <message>
        <source>Azure Bastion</source>
        <translation>Azure Bastion</translation>
    </message>
    <message>
        <source>EC2 bastion host</source>
        <translation>EC2 堡垒主机</translation>
    </message>
    <message>
        <source>Jumpbox VM</source>
        <translation>跳板机</translation>
    </message>
    <message>
        <source>Cloud9 IDE</source>
        <translation>Cloud9 IDE</translation>
    </message>
    <message>
        <source>Azure Cloud Shell</source>
        <translation>Azure Cloud Shell</translation>
    </message>
    <message>
        <source>Internet gateway</source>
        <translation>Internet 网关</translation>
    </message>
    <message>
        <source>NAT gateway (AWS)</source>
        <translation>NAT 网关 (AWS)</translation>
    </message>
    <message>
        <source>NAT gateway (Azure)</source>
        <translation>NAT 网关 (Azure)</translation>
    </message>
    <message>
        <source>Azure Firewall</source>
        <translation>Azure 防火墙</translation>
    </message>
    <message>
        <source>VPN gateway (Azure)</source>
        <translation>VPN 网关 (Azure)</translation>
    </message>
    <message>
        <source>ExpressRoute gateway</source>
        <translation>ExpressRoute 网关</translation>
    </message>
    <message>
        <source>Virtual private gateway</source>
        <translation>虚拟私有网关</translation>
    </message>
    <message>
        <source>Transit gateway</source>
        <translation>中转网关</translation>
    </message>
    <message>
        <source>Developer laptop</source>
        <translation>开发者笔记本</translation>
    </message>
    <message>
        <source>GitHub-hosted runner</source>
        <translation>GitHub 托管运行器</translation>
    </message>
    <message>
        <source>GitHub self-hosted runner</source>
        <translation>GitHub 自托管运行器</translation>
    </message>
    <message>
        <source>Azure DevOps Microsoft-hosted agent</source>
        <translation>Azure DevOps Microsoft 托管代理</translation>
    </message>
    <message>
        <source>Azure DevOps self-hosted agent</source>
        <translation>Azure DevOps 自托管代理</translation>
    </message>
    <message>
        <source>Azure Container Registry</source>
        <translation>Azure 容器注册表</translation>
    </message>
    <message>
        <source>Amazon ECR</source>
        <translation>Amazon ECR</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Network security group</source>
        <translation>网络安全组</translation>
    </message>
    <message>
        <source>Peering</source>
        <translation>对等互连</translation>
    </message>
    <message>
        <source>Site-to-site VPN</source>
        <translation>站点到站点 VPN</translation>
    </message>
    <message>
        <source>ExpressRoute</source>
        <translation>ExpressRoute</translation>
    </message>
    <message>
        <source>Direct Connect</source>
        <translation>Direct Connect</translation>
    </message>
    <message>
        <source>Transit gateway attachment</source>
        <translation>中转网关挂载</translation>
    </message>
    <message>
        <source>DNS zone link</source>
        <translation>DNS 区域链接</translation>
    </message>
    <message>
        <source>DNS forwarding</source>
        <translation>DNS 转发</translation>
    </message>
    <message>
        <source>Pulls images from</source>
        <translation>从中拉取镜像</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>群集</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>peering</source>
        <translation>对等互连</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>ExpressRoute</source>
        <translation>ExpressRoute</translation>
    </message>
    <message>
        <source>Direct Connect</source>
        <translation>Direct Connect</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>挂载</translation>
    </message>
    <message>
        <source>zone link</source>
        <translation>区域链接</translation>
    </message>
    <message>
        <source>DNS forwarding</source>
        <translation>DNS 转发</translation>
    </message>
    <message>
        <source>pulls from</source>
        <translation>拉取镜像</translation>
    </message>
</context>
<context>
    <name>PropertyLabels</name>
    <message>
        <source>Authentication mode</source>
        <translation>身份验证模式</translation>
    </message>
    <message>
        <source>Access entries</source>
        <translation>访问条目</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Address prefix</source>
        <translation>地址前缀</translation>
    </message>
    <message>
        <source>Address space</source>
        <translation>地址空间</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>HTTPS (443) allowed from</source>
        <translation>允许 HTTPS (443) 的来源</translation>
    </message>
    <message>
        <source>Allow gateway transit</source>
        <translation>允许网关传输</translation>
    </message>
    <message>
        <source>Authorized IP ranges</source>
        <translation>授权的 IP 地址范围</translation>
    </message>
    <message>
        <source>Command invoke turned off</source>
        <translation>已禁用 command invoke</translation>
    </message>
    <message>
        <source>Private cluster</source>
        <translation>专用群集</translation>
    </message>
    <message>
        <source>Public FQDN of the private cluster</source>
        <translation>专用群集的公共 FQDN</translation>
    </message>
    <message>
        <source>API Server VNet integration</source>
        <translation>API 服务器 VNet 集成</translation>
    </message>
    <message>
        <source>Private DNS zone</source>
        <translation>专用 DNS 区域</translation>
    </message>
    <message>
        <source>API server subnet</source>
        <translation>API 服务器子网</translation>
    </message>
    <message>
        <source>Associated route table</source>
        <translation>关联的路由表</translation>
    </message>
    <message>
        <source>Availability Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>aws-auth ConfigMap</source>
        <translation>aws-auth ConfigMap</translation>
    </message>
    <message>
        <source>CIDR block</source>
        <translation>CIDR 块</translation>
    </message>
    <message>
        <source>CIDR blocks</source>
        <translation>CIDR 块</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>群集</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>默认路由</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>委派</translation>
    </message>
    <message>
        <source>Deny inbound from the VNet</source>
        <translation>拒绝来自虚拟网络的入站流量</translation>
    </message>
    <message>
        <source>DNS prefix</source>
        <translation>DNS 前缀</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <source>Internet egress</source>
        <translation>互联网出口</translation>
    </message>
    <message>
        <source>Egress IP addresses</source>
        <translation>出口 IP 地址</translation>
    </message>
    <message>
        <source>DNS host names</source>
        <translation>DNS 主机名</translation>
    </message>
    <message>
        <source>DNS resolution</source>
        <translation>DNS 解析</translation>
    </message>
    <message>
        <source>Node public IP</source>
        <translation>节点公共 IP</translation>
    </message>
    <message>
        <source>Sub-resource</source>
        <translation>子资源</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Inbound address</source>
        <translation>入站地址</translation>
    </message>
    <message>
        <source>IP family</source>
        <translation>IP 系列</translation>
    </message>
    <message>
        <source>Service IPv4 CIDR</source>
        <translation>服务 IPv4 CIDR</translation>
    </message>
    <message>
        <source>Load balancer SKU</source>
        <translation>负载均衡器 SKU</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Public IPv4 on launch</source>
        <translation>启动时分配公共 IPv4</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Native client support</source>
        <translation>本机客户端支持</translation>
    </message>
    <message>
        <source>Network security group</source>
        <translation>网络安全组</translation>
    </message>
    <message>
        <source>Node public IP prefix</source>
        <translation>节点公共 IP 前缀</translation>
    </message>
    <message>
        <source>Outbound IP addresses</source>
        <translation>出站 IP 地址</translation>
    </message>
    <message>
        <source>Outbound type</source>
        <translation>出站类型</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Private IP address</source>
        <translation>专用 IP 地址</translation>
    </message>
    <message>
        <source>Propagates to</source>
        <translation>传播到</translation>
    </message>
    <message>
        <source>Public IP addresses</source>
        <translation>公共 IP 地址</translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation>公共 IP 地址</translation>
    </message>
    <message>
        <source>Public network access</source>
        <translation>公共网络访问</translation>
    </message>
    <message>
        <source>Kubernetes RBAC principals</source>
        <translation>Kubernetes RBAC 主体</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Cluster security group</source>
        <translation>群集安全组</translation>
    </message>
    <message>
        <source>Private endpoint access</source>
        <translation>专用终结点访问</translation>
    </message>
    <message>
        <source>Public endpoint access</source>
        <translation>公共终结点访问</translation>
    </message>
    <message>
        <source>Public access CIDRs</source>
        <translation>公共访问 CIDR</translation>
    </message>
    <message>
        <source>Additional security groups</source>
        <translation>附加安全组</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Azure role assignments</source>
        <translation>Azure 角色分配</translation>
    </message>
    <message>
        <source>Routes to</source>
        <translation>路由到</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Static routes</source>
        <translation>静态路由</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Upstream DNS</source>
        <translation>上游 DNS</translation>
    </message>
    <message>
        <source>Use remote gateways</source>
        <translation>使用远程网关</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>区域名称</translation>
    </message>
    <message>
        <source>Forwarded zones</source>
        <translation>转发的区域</translation>
    </message>
    <message>
        <source>EKS API (access entries)</source>
        <translation>EKS API（访问条目）</translation>
    </message>
    <message>
        <source>EKS API and aws-auth ConfigMap</source>
        <translation>EKS API 和 aws-auth ConfigMap</translation>
    </message>
    <message>
        <source>aws-auth ConfigMap only</source>
        <translation>仅 aws-auth ConfigMap</translation>
    </message>
    <message>
        <source>Not delegated</source>
        <translation>未委派</translation>
    </message>
    <message>
        <source>AKS API server</source>
        <translation>AKS API 服务器</translation>
    </message>
    <message>
        <source>Kubernetes API server</source>
        <translation>Kubernetes API 服务器</translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation>容器注册表</translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation>服务主体</translation>
    </message>
    <message>
        <source>System-assigned managed identity</source>
        <translation>系统分配的托管标识</translation>
    </message>
    <message>
        <source>User-assigned managed identity</source>
        <translation>用户分配的托管标识</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>System (runs system pods)</source>
        <translation>系统（运行系统 Pod）</translation>
    </message>
    <message>
        <source>User (application pods)</source>
        <translation>用户（应用程序 Pod）</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <source>Managed NAT gateway</source>
        <translation>托管 NAT 网关</translation>
    </message>
    <message>
        <source>User-assigned NAT gateway</source>
        <translation>用户分配的 NAT 网关</translation>
    </message>
    <message>
        <source>User-defined routing</source>
        <translation>用户定义的路由</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>The cloud&apos;s DNS</source>
        <translation>云提供的 DNS</translation>
    </message>
    <message>
        <source>Public DNS</source>
        <translation>公共 DNS</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>DHCP DNS servers</source>
        <translation>DHCP DNS 服务器</translation>
    </message>
    <message>
        <source>None (your own DNS resolves the name)</source>
        <translation>None（由你自己的 DNS 解析名称）</translation>
    </message>
    <message>
        <source>System (AKS creates the zone)</source>
        <translation>System（由 AKS 创建区域）</translation>
    </message>
</context>
<context>
    <name>PropertyTexts</name>
    <message>
        <source>A deny rule overrides the default AllowVnetInBound rule</source>
        <translation>拒绝规则覆盖默认的 AllowVnetInBound 规则</translation>
    </message>
    <message>
        <source>A records as name=address</source>
        <translation>A 记录，格式为 名称=地址</translation>
    </message>
    <message>
        <source>API server behind a private endpoint</source>
        <translation>API 服务器位于专用终结点之后</translation>
    </message>
    <message>
        <source>AWS Region</source>
        <translation>AWS 区域</translation>
    </message>
    <message>
        <source>Additional security groups on the EKS-managed ENIs</source>
        <translation>EKS 托管 ENI 上的附加安全组</translation>
    </message>
    <message>
        <source>Address of the endpoint in its subnet</source>
        <translation>终结点在其子网中的地址</translation>
    </message>
    <message>
        <source>Address prefix of the subnet</source>
        <translation>子网的地址前缀</translation>
    </message>
    <message>
        <source>Address prefixes of the virtual network</source>
        <translation>虚拟网络的地址前缀</translation>
    </message>
    <message>
        <source>Address space of the on-premises network</source>
        <translation>本地网络的地址空间</translation>
    </message>
    <message>
        <source>Address the forwarder listens on</source>
        <translation>转发器监听的地址</translation>
    </message>
    <message>
        <source>Addresses allowed on the public endpoint; empty means 0.0.0.0/0</source>
        <translation>允许访问公共终结点的地址；为空表示 0.0.0.0/0</translation>
    </message>
    <message>
        <source>Amazon-provided DNS resolution</source>
        <translation>Amazon 提供的 DNS 解析</translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation>身份验证模式</translation>
    </message>
    <message>
        <source>Availability Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Azure region</source>
        <translation>Azure 区域</translation>
    </message>
    <message>
        <source>Bastion SKU</source>
        <translation>Bastion SKU</translation>
    </message>
    <message>
        <source>CIDR block of the subnet</source>
        <translation>子网的 CIDR 块</translation>
    </message>
    <message>
        <source>Circuit state</source>
        <translation>线路状态</translation>
    </message>
    <message>
        <source>Cluster identity</source>
        <translation>群集标识</translation>
    </message>
    <message>
        <source>Cluster security group created by EKS</source>
        <translation>EKS 创建的群集安全组</translation>
    </message>
    <message>
        <source>Cluster the nodes join</source>
        <translation>节点加入的群集</translation>
    </message>
    <message>
        <source>Cluster the pool belongs to</source>
        <translation>节点池所属的群集</translation>
    </message>
    <message>
        <source>Cluster whose System zone this is (created by AKS)</source>
        <translation>以此为 System 区域的群集（由 AKS 创建）</translation>
    </message>
    <message>
        <source>Cluster whose kube-apiserver load balancer it fronts</source>
        <translation>其前端为该群集 kube-apiserver 负载均衡器</translation>
    </message>
    <message>
        <source>Corporate internet egress addresses</source>
        <translation>企业互联网出口地址</translation>
    </message>
    <message>
        <source>Custom DNS servers; empty uses Azure-provided DNS</source>
        <translation>自定义 DNS 服务器；为空则使用 Azure 提供的 DNS</translation>
    </message>
    <message>
        <source>DHCP options domain-name-servers</source>
        <translation>DHCP 选项 domain-name-servers</translation>
    </message>
    <message>
        <source>DNS host names for instances</source>
        <translation>实例的 DNS 主机名</translation>
    </message>
    <message>
        <source>DNS prefix of the API server FQDN</source>
        <translation>API 服务器 FQDN 的 DNS 前缀</translation>
    </message>
    <message>
        <source>Delegated API server subnet (VNet integration)</source>
        <translation>委派的 API 服务器子网（VNet 集成）</translation>
    </message>
    <message>
        <source>EKS cluster that manages the zone</source>
        <translation>管理该区域的 EKS 群集</translation>
    </message>
    <message>
        <source>Each node gets a public address</source>
        <translation>每个节点获得一个公共地址</translation>
    </message>
    <message>
        <source>Elastic IP of the NAT gateway</source>
        <translation>NAT 网关的弹性 IP</translation>
    </message>
    <message>
        <source>IP family</source>
        <translation>IP 协议族</translation>
    </message>
    <message>
        <source>IPv4/IPv6 CIDR blocks of the VPC</source>
        <translation>VPC 的 IPv4/IPv6 CIDR 块</translation>
    </message>
    <message>
        <source>Identity used against the API server (IAM ARN, Entra user)</source>
        <translation>访问 API 服务器所用的身份（IAM ARN、Entra 用户）</translation>
    </message>
    <message>
        <source>Inbound endpoint address</source>
        <translation>入站终结点地址</translation>
    </message>
    <message>
        <source>Inbound endpoint addresses</source>
        <translation>入站终结点地址</translation>
    </message>
    <message>
        <source>Instances get a public IPv4 address</source>
        <translation>实例获得公共 IPv4 地址</translation>
    </message>
    <message>
        <source>Load balancer outbound addresses (allowed automatically by authorized ranges)</source>
        <translation>负载均衡器出站地址（授权范围自动允许）</translation>
    </message>
    <message>
        <source>NAT gateway or firewall (route table) the subnet&apos;s internet traffic uses</source>
        <translation>子网互联网流量所经的 NAT 网关或防火墙（路由表）</translation>
    </message>
    <message>
        <source>NSG on the subnet</source>
        <translation>子网上的 NSG</translation>
    </message>
    <message>
        <source>Native client tunnelling</source>
        <translation>本机客户端隧道</translation>
    </message>
    <message>
        <source>Node IAM role</source>
        <translation>节点 IAM 角色</translation>
    </message>
    <message>
        <source>Node pool mode</source>
        <translation>节点池模式</translation>
    </message>
    <message>
        <source>Node security groups</source>
        <translation>节点安全组</translation>
    </message>
    <message>
        <source>Peer may use this network&apos;s gateway</source>
        <translation>对等网络可使用本网络的网关</translation>
    </message>
    <message>
        <source>Peering state</source>
        <translation>对等互连状态</translation>
    </message>
    <message>
        <source>Private address</source>
        <translation>专用地址</translation>
    </message>
    <message>
        <source>Private address routes point to</source>
        <translation>路由指向的专用地址</translation>
    </message>
    <message>
        <source>Private endpoint through EKS-managed ENIs</source>
        <translation>通过 EKS 托管 ENI 的专用终结点</translation>
    </message>
    <message>
        <source>Private link sub-resource</source>
        <translation>专用链接子资源</translation>
    </message>
    <message>
        <source>Project the API server into a delegated subnet</source>
        <translation>将 API 服务器投射到委派子网中</translation>
    </message>
    <message>
        <source>Public API endpoint</source>
        <translation>公共 API 终结点</translation>
    </message>
    <message>
        <source>Public DNS name that resolves to the private address</source>
        <translation>解析为专用地址的公共 DNS 名称</translation>
    </message>
    <message>
        <source>Public IP prefix for node addresses</source>
        <translation>节点地址的公共 IP 前缀</translation>
    </message>
    <message>
        <source>Public address of the gateway</source>
        <translation>网关的公共地址</translation>
    </message>
    <message>
        <source>Public addresses allowed to reach the public API endpoint</source>
        <translation>允许访问公共 API 终结点的公共地址</translation>
    </message>
    <message>
        <source>Public addresses of nodes in a public subnet</source>
        <translation>公共子网中节点的公共地址</translation>
    </message>
    <message>
        <source>Public addresses of the NAT gateway</source>
        <translation>NAT 网关的公共地址</translation>
    </message>
    <message>
        <source>Public addresses the client&apos;s traffic leaves from (its own, a NAT&apos;s or a proxy&apos;s)</source>
        <translation>客户端流量的出口公共地址（其自身、NAT 或代理的地址）</translation>
    </message>
    <message>
        <source>Public addresses traffic leaves from</source>
        <translation>流量的出口公共地址</translation>
    </message>
    <message>
        <source>Registry reachable on its public endpoint</source>
        <translation>可通过公共终结点访问的注册表</translation>
    </message>
    <message>
        <source>Resource the endpoint connects to</source>
        <translation>终结点连接的资源</translation>
    </message>
    <message>
        <source>Security groups (AWS)</source>
        <translation>安全组（AWS）</translation>
    </message>
    <message>
        <source>Security groups of the environment</source>
        <translation>环境的安全组</translation>
    </message>
    <message>
        <source>Security groups of the instance</source>
        <translation>实例的安全组</translation>
    </message>
    <message>
        <source>Service CIDR</source>
        <translation>服务 CIDR</translation>
    </message>
    <message>
        <source>Service the subnet is delegated to</source>
        <translation>子网委派到的服务</translation>
    </message>
    <message>
        <source>Sources allowed inbound on TCP 443 (empty keeps the default VNet rule)</source>
        <translation>允许入站 TCP 443 的来源（为空则保留默认虚拟网络规则）</translation>
    </message>
    <message>
        <source>Sources allowed inbound on TCP 443: CIDRs or security groups</source>
        <translation>允许入站 TCP 443 的来源：CIDR 或安全组</translation>
    </message>
    <message>
        <source>Subnets that hold the EKS-managed ENIs</source>
        <translation>承载 EKS 托管 ENI 的子网</translation>
    </message>
    <message>
        <source>System, None, or the private DNS zone the cluster uses</source>
        <translation>System、None 或群集使用的专用 DNS 区域</translation>
    </message>
    <message>
        <source>Target of 0.0.0.0/0 in the subnet&apos;s route table: an internet gateway makes the subnet public</source>
        <translation>子网路由表中 0.0.0.0/0 的目标：Internet 网关使子网成为公共子网</translation>
    </message>
    <message>
        <source>Tunnel state</source>
        <translation>隧道状态</translation>
    </message>
    <message>
        <source>Turn off az aks command invoke / Run command</source>
        <translation>关闭 az aks command invoke / 运行命令</translation>
    </message>
    <message>
        <source>Use the peer&apos;s VPN/ExpressRoute gateway</source>
        <translation>使用对等网络的 VPN/ExpressRoute 网关</translation>
    </message>
    <message>
        <source>Virtual interface state</source>
        <translation>虚拟接口状态</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>区域名称</translation>
    </message>
    <message>
        <source>Zones forwarded</source>
        <translation>转发的区域</translation>
    </message>
    <message>
        <source>Where names no DNS forwarding link covers go</source>
        <translation>未被任何 DNS 转发链接覆盖的名称的去向</translation>
    </message>
    <message>
        <source>Transit gateway route table the attachment is associated with (empty: none)</source>
        <translation>该挂载关联的中转网关路由表（留空：无）</translation>
    </message>
    <message>
        <source>Route tables the VPC&apos;s CIDRs propagate to</source>
        <translation>VPC 的 CIDR 传播到的路由表</translation>
    </message>
    <message>
        <source>Static routes: &lt;route table&gt; &lt;cidr&gt; &lt;attachment id or blackhole&gt;</source>
        <translation>静态路由：&lt;路由表&gt; &lt;CIDR&gt; &lt;挂载 ID 或 blackhole&gt;</translation>
    </message>
    <message>
        <source>Gateways, and peered VPCs, the route table sends remote prefixes to</source>
        <translation>路由表将远程前缀发送到的网关和对等 VPC</translation>
    </message>
    <message>
        <source>Access entries: an IAM principal, then its access policies and Kubernetes groups</source>
        <translation>访问条目：一个 IAM 主体，后接它的访问策略和 Kubernetes 组</translation>
    </message>
    <message>
        <source>Azure role assignments on the cluster: a principal, then a built-in role or the actions of a custom role</source>
        <translation>群集上的 Azure 角色分配：一个主体，后接内置角色，或自定义角色的操作</translation>
    </message>
    <message>
        <source>aws-auth ConfigMap entries: an IAM role or user, then its Kubernetes groups</source>
        <translation>aws-auth ConfigMap 条目：一个 IAM 角色或用户，后接它的 Kubernetes 组</translation>
    </message>
    <message>
        <source>Principals bound to a Kubernetes role (role bindings in the cluster)</source>
        <translation>绑定到 Kubernetes 角色的主体（群集内的角色绑定）</translation>
    </message>
    <message>
        <source>SKU of the cluster&apos;s load balancer (networkProfile)</source>
        <translation>群集负载均衡器的 SKU（networkProfile）</translation>
    </message>
    <message>
        <source>How the nodes reach the internet (networkProfile)</source>
        <translation>节点访问互联网的方式（networkProfile）</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>nodes of %1</source>
        <translation>%1 的节点</translation>
    </message>
    <message>
        <source>Kubegate design</source>
        <translation>Kubegate 设计</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Access matrix</source>
        <translation>访问矩阵</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>reachable (%1)</source>
        <translation>可达（%1）</translation>
    </message>
    <message>
        <source>blocked by %1 (%2)</source>
        <translation>被 %1 阻止（%2）</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>%1 to %2 through the %3 endpoint: %4</source>
        <translation>%1 经由 %3 到 %2：%4</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>可达</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>被阻止</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>被阻止</translation>
    </message>
    <message>
        <source>Fix (%1): %2</source>
        <translation>修复（%1）：%2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>没有检查结果。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>assumed reachable (%1)</source>
        <translation>假定可达（%1）</translation>
    </message>
    <message>
        <source>reachable on an assumption</source>
        <translation>基于假定可达</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>假定</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2（%3）：%4</translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Move into %1</source>
        <translation>移入 %1</translation>
    </message>
    <message>
        <source>Move out to the top level</source>
        <translation>移出到顶层</translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>将 %1 移入 %2</translation>
    </message>
    <message>
        <source>Move %1 out of its container</source>
        <translation>将 %1 移出其容器</translation>
    </message>
    <message numerus="yes">
        <source>Move %n element(s)</source>
        <translation>
            <numerusform>移动 %n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>调整 %1 的大小</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n element(s)</source>
        <translation>
            <numerusform>微移 %n 个元素</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepBadge</name>
    <message>
        <source>D</source>
        <comment>DNS stage</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>N</source>
        <comment>network stage</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>A</source>
        <comment>admission stage</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>I</source>
        <comment>identity stage</comment>
        <translation>I</translation>
    </message>
</context>
<context>
    <name>kg::ui::AccessMatrixPanel</name>
    <message>
        <source>public</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>private</source>
        <translation>专用</translation>
    </message>
    <message>
        <source>VNet integration</source>
        <translation>VNet 集成</translation>
    </message>
    <message>
        <source>EKS ENI</source>
        <translation>EKS ENI</translation>
    </message>
    <message>
        <source>own private endpoint</source>
        <translation>自建专用终结点</translation>
    </message>
    <message>
        <source>command invoke</source>
        <translation>命令调用</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 的节点</translation>
    </message>
    <message>
        <source>No path: nodes only talk to their own cluster.</source>
        <translation>无路径：节点只与其所属群集通信。</translation>
    </message>
    <message>
        <source>Blocked on the %1 endpoint by %2</source>
        <translation>%1终结点被 %2 阻止</translation>
    </message>
    <message>
        <source>Reachable through the %1 endpoint on an assumption: a step the design does not say enough about was not checked</source>
        <translation>基于假定可通过 %1 终结点到达：设计中信息不足的步骤未经检查</translation>
    </message>
    <message>
        <source>Reachable through the %1 endpoint, every step checked</source>
        <translation>可通过 %1 终结点到达，每一步均已检查</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失去</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已变化</translation>
    </message>
    <message>
        <source>Not asked in this quiz</source>
        <translation>本次测验不考此项</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <source>%1: %2?</source>
        <translation>%1：%2？</translation>
    </message>
    <message>
        <source>%1: ?</source>
        <translation>%1：？</translation>
    </message>
    <message>
        <source>Question %1: not revealed yet</source>
        <translation>第 %1 题：尚未揭晓</translation>
    </message>
    <message>
        <source>%1: no path</source>
        <translation>%1：无路径</translation>
    </message>
    <message>
        <source>The class predicted it</source>
        <translation>全班预测正确</translation>
    </message>
    <message>
        <source>The class predicted %1</source>
        <translation>全班预测为：%1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>未作预测</translation>
    </message>
    <message>
        <source>%1: ✓ %2</source>
        <translation>%1：✓ %2</translation>
    </message>
    <message>
        <source>%1: ✗ %2</source>
        <translation>%1：✗ %2</translation>
    </message>
</context>
<context>
    <name>kg::ui::AccessModeEditor</name>
    <message>
        <source>Access mode</source>
        <translation>访问模式</translation>
    </message>
    <message>
        <source>Private DNS zone</source>
        <translation>专用 DNS 区域</translation>
    </message>
    <message>
        <source>Public FQDN</source>
        <translation>公共 FQDN</translation>
    </message>
    <message>
        <source>A public DNS name that resolves to the private address (enablePrivateClusterPublicFQDN)</source>
        <translation>解析为专用地址的公共 DNS 名称（enablePrivateClusterPublicFQDN）</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>Public + authorized IP ranges</source>
        <translation>公共 + 授权的 IP 地址范围</translation>
    </message>
    <message>
        <source>Private cluster</source>
        <translation>专用群集</translation>
    </message>
    <message>
        <source>API Server VNet integration, public</source>
        <translation>API 服务器 VNet 集成，公共</translation>
    </message>
    <message>
        <source>API Server VNet integration, private</source>
        <translation>API 服务器 VNet 集成，专用</translation>
    </message>
    <message>
        <source>Public + CIDR restrictions</source>
        <translation>公共 + CIDR 限制</translation>
    </message>
    <message>
        <source>Public and private</source>
        <translation>公共和私有</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>The API server has a public address that any client on the internet can reach (subject to authentication).</source>
        <translation>API 服务器有一个公共地址，互联网上的任何客户端都可以访问（需通过身份验证）。</translation>
    </message>
    <message>
        <source>Only public addresses in authorizedIPRanges reach the public endpoint.</source>
        <translation>只有 authorizedIPRanges 中的公共地址可以访问公共终结点。</translation>
    </message>
    <message>
        <source>A private endpoint in the node subnet; clients need a network path and a DNS answer for the private address.</source>
        <translation>节点子网中的专用终结点；客户端需要网络路径以及解析到专用地址的 DNS 应答。</translation>
    </message>
    <message>
        <source>The API server sits behind an internal load balancer in a delegated subnet; a public endpoint remains.</source>
        <translation>API 服务器位于委派子网中的内部负载均衡器之后；公共终结点仍然存在。</translation>
    </message>
    <message>
        <source>The API server is reachable only through the internal load balancer in the delegated subnet.</source>
        <translation>只能通过委派子网中的内部负载均衡器访问 API 服务器。</translation>
    </message>
    <message>
        <source>Public endpoint open to 0.0.0.0/0; nodes reach it through the internet.</source>
        <translation>公共终结点对 0.0.0.0/0 开放；节点经由互联网访问。</translation>
    </message>
    <message>
        <source>Public endpoint limited to publicAccessCidrs; node egress addresses must be in the list.</source>
        <translation>公共终结点仅限 publicAccessCidrs；节点出口地址必须在列表中。</translation>
    </message>
    <message>
        <source>Public endpoint plus EKS-managed ENIs in the VPC; nodes use the private path.</source>
        <translation>公共终结点加上 VPC 中的 EKS 托管 ENI；节点使用私有路径。</translation>
    </message>
    <message>
        <source>Only the EKS-managed ENIs in the VPC; clients need a network path into the VPC.</source>
        <translation>仅 VPC 中的 EKS 托管 ENI；客户端需要进入 VPC 的网络路径。</translation>
    </message>
    <message>
        <source>(no valid mode: both endpoints off)</source>
        <translation>（无有效模式：两个终结点均已关闭）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>AKS creates the private zone and links it to the cluster&apos;s VNet</source>
        <translation>AKS 创建专用区域并将其链接到群集的虚拟网络</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>No private zone: clients resolve the public FQDN</source>
        <translation>无专用区域：客户端解析公共 FQDN</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Set %1 access to %2</source>
        <translation>将 %1 的访问设置为“%2”</translation>
    </message>
    <message>
        <source>%1: access %2 to %3</source>
        <translation>%1：访问从“%2”改为“%3”</translation>
    </message>
    <message>
        <source>%1: private DNS zone %2 to %3</source>
        <translation>%1：专用 DNS 区域从 %2 改为 %3</translation>
    </message>
    <message>
        <source>%1: public FQDN %2 to %3</source>
        <translation>%1：公共 FQDN 从%2改为%3</translation>
    </message>
    <message>
        <source>%1 (new API server subnet %2)</source>
        <translation>%1（新建 API 服务器子网 %2）</translation>
    </message>
</context>
<context>
    <name>kg::ui::BuildOrderDialog</name>
    <message>
        <source>Build-Up Order</source>
        <translation>逐步呈现顺序</translation>
    </message>
    <message>
        <source>Drag the elements into the order the build-up reveals them (Teach &gt; Build Up). A container always appears before what it holds.</source>
        <translation>拖动元素，排列逐步呈现时显示它们的顺序（教学 &gt; 逐步呈现）。容器总是先于其中的内容显示。</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kubegate&apos;s Order</source>
        <translation>Kubegate 的顺序(&amp;K)</translation>
    </message>
    <message>
        <source>Networks, then connectivity, clusters, DNS, the ways in, services and clients</source>
        <translation>先是网络，然后是连接、群集、DNS、访问方式、服务和客户端</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>kg::ui::CanvasContextMenu</name>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>属性(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Access Mode</source>
        <translation>访问模式(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Explain Path To</source>
        <translation>解释通往群集的路径(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Explain Path From</source>
        <translation>解释来自客户端的路径(&amp;E)</translation>
    </message>
    <message>
        <source>Co&amp;nnect From Here</source>
        <translation>从此处连接(&amp;N)</translation>
    </message>
    <message>
        <source>What &amp;If</source>
        <translation>假设(&amp;I)</translation>
    </message>
    <message>
        <source>What another access mode would change, without changing the design</source>
        <translation>换成另一种访问模式会改变什么（不修改设计）</translation>
    </message>
</context>
<context>
    <name>kg::ui::ComparisonBar</name>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Make the switch: one step you can undo</source>
        <translation>执行切换：一步可撤销的操作</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>kg::ui::ComparisonController</name>
    <message>
        <source>From the base design to what is shown</source>
        <translation>从基础设计到当前显示的内容</translation>
    </message>
    <message>
        <source>From the variant &quot;%1&quot; to what is shown</source>
        <translation>从方案“%1”到当前显示的内容</translation>
    </message>
    <message>
        <source>What if %1 were switched to %2?</source>
        <translation>如果将 %1 切换为 %2，会怎样？</translation>
    </message>
    <message>
        <source>Nothing would change: every path keeps its verdict.</source>
        <translation>不会有任何变化：每条路径的结论保持不变。</translation>
    </message>
    <message>
        <source>No path, finding or cluster setting differs.</source>
        <translation>路径、检查结果和群集设置均无差异。</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) gained</source>
        <translation>
            <numerusform>新增 %n 条路径</numerusform>
        </translation>
    </message>
    <message>
        <source>findings: %1 new, %2 gone</source>
        <translation>检查结果：新增 %1，消失 %2</translation>
    </message>
    <message>
        <source>With the switch: %1</source>
        <translation>切换后：%1</translation>
    </message>
    <message>
        <source>In the other: %1</source>
        <translation>在另一方案中：%1</translation>
    </message>
    <message>
        <source>no path (an end is missing)</source>
        <translation>无路径（缺少一端）</translation>
    </message>
    <message>
        <source>reachable on an assumption through the %1 endpoint</source>
        <translation>基于假设可经由%1访问</translation>
    </message>
    <message>
        <source>reachable through the %1 endpoint</source>
        <translation>可经由%1访问</translation>
    </message>
    <message>
        <source>blocked at %1: %2</source>
        <translation>在 %1 处被阻止：%2</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>失去 %1 条</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>变化 %1 条</translation>
    </message>
</context>
<context>
    <name>kg::ui::DashboardPanel</name>
    <message>
        <source>Save Chart as PNG or SVG...</source>
        <translation>将图表另存为 PNG 或 SVG...</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Clients per cluster</source>
        <translation>每个群集的客户端</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>可访问</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>假定可访问</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>被阻止</translation>
    </message>
    <message>
        <source>Public exposure (IPv4 addresses)</source>
        <translation>公共暴露面（IPv4 地址数）</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址数</translation>
    </message>
    <message>
        <source>Blocked paths by stage</source>
        <translation>按阶段统计的被阻止路径</translation>
    </message>
    <message>
        <source>Blocked paths</source>
        <translation>被阻止的路径</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>准入</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>按严重性统计的检查结果</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Findings by severity, per variant</source>
        <translation>各方案的检查结果（按严重性）</translation>
    </message>
    <message>
        <source>Base design</source>
        <translation>基础设计</translation>
    </message>
    <message>
        <source>Paths per endpoint</source>
        <translation>各终结点的路径</translation>
    </message>
</context>
<context>
    <name>kg::ui::DesignDocument</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>kg::ui::DesignMimeData</name>
    <message>
        <source>the copied elements</source>
        <translation>复制的元素</translation>
    </message>
    <message>
        <source>The clipboard holds nothing Kubegate can paste: copy elements in Kubegate, the text of a .kubegate design, or the JSON of az aks show, aws eks describe-cluster or terraform show -json.</source>
        <translation>剪贴板中没有 Kubegate 可以粘贴的内容：请在 Kubegate 中复制元素，或复制 .kubegate 设计的文本，或 az aks show、aws eks describe-cluster 或 terraform show -json 的 JSON。</translation>
    </message>
    <message>
        <source>The clipboard&apos;s text is %1 MB, more than the %2 MB a design may have.</source>
        <translation>剪贴板中的文本为 %1 MB，超过了设计允许的 %2 MB。</translation>
    </message>
    <message>
        <source>The clipboard&apos;s text cannot be pasted:
%1</source>
        <translation>无法粘贴剪贴板中的文本：
%1</translation>
    </message>
    <message>
        <source>The clipboard holds a Kubegate design that cannot be pasted:
%1</source>
        <translation>剪贴板中的 Kubegate 设计无法粘贴：
%1</translation>
    </message>
    <message>
        <source>a Kubegate design</source>
        <translation>Kubegate 设计</translation>
    </message>
    <message>
        <source>The clipboard holds a Kubegate design whose elements contain each other in a circle; nothing was pasted.</source>
        <translation>剪贴板中的 Kubegate 设计的元素循环相互包含；未粘贴任何内容。</translation>
    </message>
    <message>
        <source>The clipboard&apos;s cloud JSON cannot be imported:
%1</source>
        <translation>无法导入剪贴板中的云 JSON：
%1</translation>
    </message>
    <message>
        <source>imported cloud JSON</source>
        <translation>导入的云 JSON</translation>
    </message>
    <message>
        <source>The clipboard&apos;s JSON cannot be pasted: %1</source>
        <translation>无法粘贴剪贴板中的 JSON：%1</translation>
    </message>
    <message>
        <source>clipboard</source>
        <extracomment>The name problems with pasted text are reported under, as a file&apos;s would be</extracomment>
        <translation>剪贴板</translation>
    </message>
</context>
<context>
    <name>kg::ui::DiagramScene</name>
    <message>
        <source>Connect: drag from one element to another. Esc returns to Select.</source>
        <translation>连接：从一个元素拖动到另一个元素。按 Esc 返回选择工具。</translation>
    </message>
    <message>
        <source>%1 goes inside %2.</source>
        <translation>%1 应放在%2中。</translation>
    </message>
    <message>
        <source>%1 cannot go inside %2 (%3); it goes inside %4.</source>
        <translation>%1 不能放在 %2（%3）中；它应放在%4中。</translation>
    </message>
    <message>
        <source>open to the internet</source>
        <translation>对互联网开放</translation>
    </message>
    <message>
        <source>authorized: %1</source>
        <translation>已授权：%1</translation>
    </message>
    <message>
        <source>CIDRs: %1</source>
        <translation>CIDR：%1</translation>
    </message>
    <message>
        <source>public FQDN</source>
        <translation>公共 FQDN</translation>
    </message>
    <message>
        <source>no public FQDN</source>
        <translation>无公共 FQDN</translation>
    </message>
    <message>
        <source>private DNS zone: %1</source>
        <translation>专用 DNS 区域：%1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>已将 %1 添加到 %2。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
</context>
<context>
    <name>kg::ui::DiagramView</name>
    <message>
        <source>Place in %1</source>
        <translation>放入 %1</translation>
    </message>
    <message>
        <source>Place at the top level</source>
        <translation>放在顶层</translation>
    </message>
</context>
<context>
    <name>kg::ui::EditController</name>
    <message>
        <source>Nothing to paste here: the copied elements do not fit in this place.</source>
        <translation>此处无法粘贴：复制的元素不适合放在这里。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n element(s)</source>
        <translation>
            <numerusform>粘贴 %n 个元素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n element(s)</source>
        <translation>
            <numerusform>复制出 %n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more elements to align.</source>
        <translation>请选择两个或更多元素进行对齐。</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Align centres horizontally</source>
        <translation>水平居中对齐</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <source>Align middles vertically</source>
        <translation>垂直居中对齐</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>底端对齐</translation>
    </message>
    <message>
        <source>Select three or more elements to distribute.</source>
        <translation>请选择三个或更多元素进行分布。</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>水平分布</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>垂直分布</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Image</source>
        <translation>复制为图像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>水平居中(&amp;C)</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>右对齐(&amp;R)</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>顶端对齐(&amp;T)</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>垂直居中(&amp;M)</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>底端对齐(&amp;B)</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>水平分布(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tidy Layout</source>
        <translation>整理布局(&amp;T)</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>垂直分布(&amp;V)</translation>
    </message>
    <message>
        <source>The layout is already tidy.</source>
        <translation>布局已经很整齐。</translation>
    </message>
    <message>
        <source>Tidy the layout</source>
        <translation>整理布局</translation>
    </message>
    <message numerus="yes">
        <source>Tidy the layout of %n element(s)</source>
        <translation>
            <numerusform>整理 %n 个元素的布局</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tidied: %n element(s) placed by Graphviz.</source>
        <translation>
            <numerusform>已整理：Graphviz 放置了 %n 个元素。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to copy: the design is empty.</source>
        <translation>没有可复制的内容：设计为空。</translation>
    </message>
    <message>
        <source>Copied a picture of the whole design.</source>
        <translation>已复制整个设计的图像。</translation>
    </message>
    <message numerus="yes">
        <source>Copied a picture of %n element(s).</source>
        <translation>
            <numerusform>已复制 %n 个元素的图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the whole design (%n element(s)) as a Kubegate fragment, its text and PNG and SVG pictures.</source>
        <translation>
            <numerusform>已将整个设计（%n 个元素）复制为 Kubegate 片段、文本以及 PNG 和 SVG 图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n element(s) as a Kubegate fragment, its text and PNG and SVG pictures.</source>
        <translation>
            <numerusform>已将 %n 个元素复制为 Kubegate 片段、文本以及 PNG 和 SVG 图像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation>未粘贴任何内容</translation>
    </message>
    <message>
        <source>Pasted %1; %2</source>
        <translation>已粘贴%1；%2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation>置于顶层(&amp;F)</translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation>置于底层(&amp;B)</translation>
    </message>
    <message>
        <source>Select the elements to bring to the front or send to the back.</source>
        <translation>请选择要置于顶层或底层的元素。</translation>
    </message>
    <message>
        <source>Already in front.</source>
        <translation>已在最上层。</translation>
    </message>
    <message>
        <source>Already at the back.</source>
        <translation>已在最底层。</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>置于顶层</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>置于底层</translation>
    </message>
</context>
<context>
    <name>kg::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Pixels per canvas unit of the PNG image</source>
        <translation>PNG 图像中每个画布单位的像素数</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Legend beside the diagram</source>
        <translation>在图表旁显示图例</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Every client&apos;s best path</source>
        <translation>每个客户端的最佳路径</translation>
    </message>
    <message>
        <source>The paths of %1</source>
        <translation>%1 的路径</translation>
    </message>
    <message>
        <source>Paths drawn</source>
        <translation>绘制的路径</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>导出为</translation>
    </message>
    <message>
        <source>Page 1 holds this picture; the findings follow.</source>
        <translation>第 1 页是此图片；之后是检查结果。</translation>
    </message>
    <message>
        <source>The first %1 KB of %2 KB.</source>
        <translation>%2 KB 中的前 %1 KB。</translation>
    </message>
    <message>
        <source>Nothing to write in this format: %1</source>
        <translation>此格式没有可写入的内容：%1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>kg::ui::FileController</name>
    <message>
        <source>Kubegate designs (*.kubegate);;All files (*)</source>
        <translation>Kubegate 设计 (*.kubegate);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open template</source>
        <translation>无法打开模板</translation>
    </message>
    <message>
        <source>The template could not be read.</source>
        <translation>无法读取模板。</translation>
    </message>
    <message>
        <source>The template is damaged.</source>
        <translation>模板已损坏。</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>打开设计</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>无法打开设计</translation>
    </message>
    <message>
        <source>%1 could not be opened. The current design is unchanged.</source>
        <translation>无法打开 %1。当前设计保持不变。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation>无法保存设计</translation>
    </message>
    <message>
        <source>%1 could not be saved. Your design is still open; try Save As.</source>
        <translation>无法保存 %1。您的设计仍处于打开状态；请尝试“另存为”。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>设计另存为</translation>
    </message>
    <message>
        <source>%1 could not be saved. Your design is still open.</source>
        <translation>无法保存 %1。您的设计仍处于打开状态。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>关闭前是否保存对 %1 的更改？</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>一个未命名的设计</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Kubegate closed unexpectedly while %1 had unsaved changes.</source>
        <translation>Kubegate 意外关闭，当时 %1 有未保存的更改。</translation>
    </message>
    <message>
        <source>An autosave from %1 is available. Recover it?</source>
        <translation>有一份 %1 的自动保存。要恢复吗？</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Recovered unsaved work. Save it to keep it.</source>
        <translation>已恢复未保存的工作。请保存以保留它。</translation>
    </message>
    <message>
        <source>Import Cloud Configuration</source>
        <translation>导入云配置</translation>
    </message>
    <message>
        <source>Cloud tool output (*.json);;All files (*)</source>
        <translation>云工具输出 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n file(s) could not be read as the JSON of az aks show, aws eks describe-cluster or terraform show -json. The current design is unchanged.</source>
        <translation>
            <numerusform>未导入任何内容：%n 个文件无法作为 az aks show、aws eks describe-cluster 或 terraform show -json 的 JSON 读取。当前设计保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>已导入 %1 和 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n 个群集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n 个网络</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Settings that break rules are kept as they are: the findings name them.</source>
        <translation>违反规则的设置按原样保留：检查结果会指出它们。</translation>
    </message>
    <message>
        <source>Some settings were not in the input and were assumed; the design notes list them. Settings that break rules are kept: the findings name them.</source>
        <translation>部分设置未在输入中给出，已按假设取值；设计备注列出了这些假设。违反规则的设置会保留：检查结果会指出它们。</translation>
    </message>
    <message>
        <source>Import?</source>
        <translation>导入？</translation>
    </message>
    <message>
        <source>%1 is the output of %2, not a Kubegate design. Import it into a new design?</source>
        <translation>%1 是 %2 的输出，不是 Kubegate 设计。要将其导入为新设计吗？</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1. %n change(s) were made while reading it; save to keep them.</source>
        <translation>
            <numerusform>已打开 %1。读取时做了 %n 处更改；保存后即可保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened with changes</source>
        <translation>已打开（有更改）</translation>
    </message>
</context>
<context>
    <name>kg::ui::FindBar</name>
    <message>
        <source>Find a name, id, address or rule id</source>
        <translation>查找名称、ID、地址或规则 ID</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配项（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配项（Enter、F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Close Find</source>
        <translation>关闭查找</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The Find bar&apos;s tooltip: %1 where the text was found (Name, ID, a property), %2 the text</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>kg::ui::FindingsPanel</name>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>kg::ui::HelpDialog</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Filter by id or words</source>
        <translation>按 ID 或词语筛选</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Kubegate Help</source>
        <translation>Kubegate 帮助</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>快速入门(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Rules Catalogue</source>
        <translation>规则目录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Kubegate</source>
        <translation>关于 Kubegate(&amp;A)</translation>
    </message>
    <message>
        <source>About Kubegate</source>
        <translation>关于 Kubegate</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kubegate %1&lt;/h3&gt;&lt;p&gt;Design, check and explain who can reach a Kubernetes API server on AKS and EKS, by which path, and why not.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kubegate %1&lt;/h3&gt;&lt;p&gt;设计、检查并解释谁能访问 AKS 和 EKS 上的 Kubernetes API 服务器、经由哪条路径，以及为什么不能。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;Kubegate answers one question: &lt;b&gt;who can reach this Kubernetes API server, by which path, and why not?&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Start from a template&lt;/b&gt; (File &amp;gt; New from Template) or drag networks, subnets, clusters and clients from the palette onto the canvas. Drop an element inside a network or subnet to place it there.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connect&lt;/b&gt; networks with the Connect tool (C): peerings, VPNs, transit gateway attachments, DNS zone links and forwarding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Set the access mode&lt;/b&gt; of a cluster in the inspector: public, authorized IP ranges, private cluster, API Server VNet integration; EKS public, public and private, private.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Read the verdicts&lt;/b&gt;: every client-to-cluster path is checked as you edit (DNS, network, admission, identity). Select a client or a cluster to see its paths; the access matrix lists every pair; the findings name the rule and the smallest fix.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Walk through&lt;/b&gt; a path (Teach &amp;gt; Walk Through Path) to explain it step by step, and export the diagram, a report or the cloud settings (File &amp;gt; Export).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;A dashed path holds only on an assumption: the design does not say enough to check a step (a client without a principal, an unknown egress address). Ctrl+F finds elements by name, address or rule id.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;快速入门&lt;/h2&gt;&lt;p&gt;Kubegate 回答一个问题：&lt;b&gt;谁能访问这个 Kubernetes API 服务器，经由哪条路径，为什么不能？&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;从模板开始&lt;/b&gt;（文件 &amp;gt; 从模板新建），或从元素面板把网络、子网、群集和客户端拖到画布上。把元素放进网络或子网，它就位于其中。&lt;/li&gt;&lt;li&gt;用连接工具（C）&lt;b&gt;连接&lt;/b&gt;网络：对等互连、VPN、中转网关挂载、DNS 区域链接和转发。&lt;/li&gt;&lt;li&gt;在检查器中&lt;b&gt;设置群集的访问模式&lt;/b&gt;：公共、授权的 IP 地址范围、专用群集、API 服务器 VNet 集成；EKS 的公共、公共和专用、专用。&lt;/li&gt;&lt;li&gt;&lt;b&gt;查看结论&lt;/b&gt;：编辑时会检查每条客户端到群集的路径（DNS、网络、准入、身份）。选择客户端或群集可查看其路径；访问矩阵列出每一对；检查结果给出规则和最小的修复。&lt;/li&gt;&lt;li&gt;逐步&lt;b&gt;演示&lt;/b&gt;一条路径（教学 &amp;gt; 逐步讲解路径），并导出图表、报告或云设置（文件 &amp;gt; 导出）。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;虚线路径仅基于假定成立：设计中的信息不足以检查某一步（没有主体的客户端、未知的出口地址）。按 Ctrl+F 可按名称、地址或规则 ID 查找元素。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kg::ui::InspectorPanel</name>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Select an element or a link to edit it. Drag elements from the palette onto the canvas.</source>
        <translation>选择一个元素或链接进行编辑。将元素从元素面板拖到画布上。</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>已选择 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them together by dragging, align them with Edit &gt; Align, or delete them with Del.</source>
        <translation>拖动可一起移动，用“编辑 &gt; 对齐”对齐，按 Del 删除。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>所在位置</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>API server access</source>
        <translation>API 服务器访问</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(nothing of the right kind in the design yet)</source>
        <translation>（设计中尚无合适类型的元素）</translation>
    </message>
    <message>
        <source>One CIDR per line, e.g. 203.0.113.0/24</source>
        <translation>每行一个 CIDR，例如 203.0.113.0/24</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>每行一个地址</translation>
    </message>
    <message>
        <source>One entry per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Change notes of %1</source>
        <translation>修改 %1 的备注</translation>
    </message>
    <message>
        <source>%1 %2; it is not kept.</source>
        <extracomment>%1 is &quot;The name&quot; or &quot;The notes&quot;, %2 the reason, a predicate in the interface language (&quot;contains a right-to-left override (U+202E) at character 4&quot;)</extracomment>
        <translation>%1%2；未保存此更改。</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>One per line: a principal, then a built-in role or a custom role&apos;s actions, e.g. alice@contoso.com Reader</source>
        <translation>每行一条：一个主体，后接内置角色或自定义角色的操作，例如 alice@contoso.com Reader</translation>
    </message>
    <message>
        <source>One per line: an IAM ARN, then access policies and Kubernetes groups, e.g. arn:aws:iam::111122223333:role/ops AmazonEKSViewPolicy</source>
        <translation>每行一条：一个 IAM ARN，后接访问策略和 Kubernetes 组，例如 arn:aws:iam::111122223333:role/ops AmazonEKSViewPolicy</translation>
    </message>
    <message>
        <source>One per line: an IAM role or user ARN, then Kubernetes groups, e.g. arn:aws:iam::111122223333:role/ops system:masters</source>
        <translation>每行一条：一个 IAM 角色或用户 ARN，后接 Kubernetes 组，例如 arn:aws:iam::111122223333:role/ops system:masters</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>%1: %2 %3 to %4</source>
        <translation>%1：%2 从 %3 改为 %4</translation>
    </message>
    <message>
        <source>%1 link %2: %3 %4 to %5</source>
        <translation>%1 链接 %2：%3 从 %4 改为 %5</translation>
    </message>
    <message>
        <source>Variant shown</source>
        <translation>当前方案</translation>
    </message>
</context>
<context>
    <name>kg::ui::Legend</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>reachable path</source>
        <translation>可达路径</translation>
    </message>
    <message>
        <source>blocked path (✗ at the failing step)</source>
        <translation>被阻止的路径（✗ 标在失败的步骤）</translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation>DNS 查询</translation>
    </message>
    <message>
        <source>steps: DNS, network, admission, identity</source>
        <translation>步骤：DNS、网络、准入、身份</translation>
    </message>
    <message>
        <source>public endpoint (outside the network)</source>
        <translation>公共终结点（位于网络之外）</translation>
    </message>
    <message>
        <source>private endpoint, ILB, EKS ENI</source>
        <translation>专用终结点、内部负载均衡器、EKS ENI</translation>
    </message>
    <message>
        <source>command invoke through ARM</source>
        <translation>经由 ARM 的命令调用</translation>
    </message>
    <message>
        <source>finding: error, warning, info</source>
        <translation>检查结果：错误、警告、信息</translation>
    </message>
    <message>
        <source>zone link, DNS forwarding</source>
        <translation>区域链接、DNS 转发</translation>
    </message>
    <message>
        <source>reachable on an assumption (not checked)</source>
        <translation>基于假定可达（未检查）</translation>
    </message>
    <message>
        <source>assumed step (the design does not say enough)</source>
        <translation>假定的步骤（设计中信息不足）</translation>
    </message>
</context>
<context>
    <name>kg::ui::ListEditor</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>kg::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>元素面板</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>清除最近文件</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Select, move and resize (V)</source>
        <translation>选择、移动和调整大小 (V)</translation>
    </message>
    <message>
        <source>Draw links between elements (C)</source>
        <translation>在元素之间绘制链接 (C)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>显示网格(&amp;G)</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>对齐网格(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>缩略图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>A&amp;lign</source>
        <translation>对齐(&amp;L)</translation>
    </message>
    <message>
        <source>D&amp;istribute</source>
        <translation>分布(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Time the last analysis took</source>
        <translation>上次分析所用时间</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>analysis %1 ms</source>
        <translation>分析 %1 毫秒</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Access Matrix</source>
        <translation>访问矩阵</translation>
    </message>
    <message>
        <source>Show &amp;Paths of the Selection</source>
        <translation>显示所选项的路径(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;DNS Steps</source>
        <translation>DNS 步骤(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Network Steps</source>
        <translation>网络步骤(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Admission Steps</source>
        <translation>准入步骤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Identity Steps</source>
        <translation>身份步骤(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Walk Through Path</source>
        <translation>逐步讲解路径(&amp;W)</translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Previous Step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>P&amp;resentation Mode</source>
        <translation>演示模式(&amp;R)</translation>
    </message>
    <message>
        <source>Path &amp;Stages</source>
        <translation>路径阶段(&amp;S)</translation>
    </message>
    <message>
        <source>New from &amp;Template...</source>
        <translation>从模板新建(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>&amp;Import Cloud Configuration...</source>
        <translation>导入云配置(&amp;I)...</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>缩放到所选内容(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 reachable, %2 assumed, %3 blocked</source>
        <translation>%1 条可达，%2 条假定，%3 条受阻</translation>
    </message>
    <message>
        <source>The design has errors: it cannot be deployed as drawn. The paths are checked as drawn all the same.</source>
        <translation>设计存在错误：无法按所绘内容部署。路径仍按所绘内容检查。</translation>
    </message>
    <message>
        <source>Reachable: every step checked. Assumed: reachable if what the design does not say holds (a client without a principal). Blocked: a step fails.</source>
        <translation>可达：每一步均已检查。假定：若设计未说明的条件成立则可达（例如客户端未设置主体）。受阻：某一步失败。</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>停止比较(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare With</source>
        <translation>比较对象(&amp;C)</translation>
    </message>
    <message>
        <source>Base design</source>
        <translation>基础设计</translation>
    </message>
    <message>
        <source>No variant to compare with</source>
        <translation>没有可比较的方案</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Presentation Sc&amp;ale</source>
        <translation>演示缩放(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Build Up</source>
        <translation>逐步呈现(&amp;B)</translation>
    </message>
    <message>
        <source>Reveal the design one element at a time (Page Down shows the next, Page Up hides it again)</source>
        <translation>逐个元素呈现设计（Page Down 显示下一个，Page Up 再次隐藏）</translation>
    </message>
    <message>
        <source>Reveal &amp;Next</source>
        <translation>显示下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Hide &amp;Last</source>
        <translation>隐藏上一个(&amp;L)</translation>
    </message>
    <message>
        <source>Te&amp;ach</source>
        <translation>教学(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Predict</source>
        <translation>预测(&amp;P)</translation>
    </message>
    <message>
        <source>Quiz &amp;Questions</source>
        <translation>测验题目(&amp;Q)</translation>
    </message>
    <message>
        <source>Build-Up &amp;Order...</source>
        <translation>逐步呈现顺序(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Quiz Mode</source>
        <translation>测验模式(&amp;Q)</translation>
    </message>
    <message>
        <source>Hide the access matrix&apos;s verdicts and let the class predict each one</source>
        <translation>隐藏访问矩阵的结论，让全班逐一预测</translation>
    </message>
    <message>
        <source>The class predicts: %1 (key %2)</source>
        <translation>全班预测：%1（按键 %2）</translation>
    </message>
    <message>
        <source>&amp;Reveal Answer</source>
        <translation>揭晓答案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>下一题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>上一题(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;start Quiz</source>
        <translation>重新开始测验(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ask Matrix Cell</source>
        <translation>将矩阵单元格加入测验(&amp;A)</translation>
    </message>
    <message>
        <source>Add the access matrix&apos;s current cell to the quiz</source>
        <translation>将访问矩阵的当前单元格加入测验</translation>
    </message>
    <message>
        <source>Choose a cell of the access matrix first.</source>
        <translation>请先选择访问矩阵中的一个单元格。</translation>
    </message>
    <message>
        <source>Re&amp;move Question</source>
        <translation>删除题目(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Not asked in this quiz: Ask Matrix Cell adds it.</source>
        <translation>本次测验不考此项：“将矩阵单元格加入测验”可添加它。</translation>
    </message>
    <message>
        <source>Quiz mode: the verdicts are hidden until you reveal them.</source>
        <translation>测验模式：结论在揭晓之前保持隐藏。</translation>
    </message>
    <message>
        <source>Quiz mode ended.</source>
        <translation>测验模式已结束。</translation>
    </message>
</context>
<context>
    <name>kg::ui::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>kg::ui::PalettePanel</name>
    <message>
        <source>the canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <source>Goes inside: %1</source>
        <translation>可放入：%1</translation>
    </message>
    <message>
        <source>Search elements</source>
        <translation>搜索元素</translation>
    </message>
</context>
<context>
    <name>kg::ui::QuizController</name>
    <message>
        <source>Reachable</source>
        <translation>可达</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>准入</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Blocked at DNS</source>
        <translation>在 DNS 受阻</translation>
    </message>
    <message>
        <source>Blocked in the network</source>
        <translation>在网络中受阻</translation>
    </message>
    <message>
        <source>Blocked at admission</source>
        <translation>在准入时受阻</translation>
    </message>
    <message>
        <source>Blocked by identity</source>
        <translation>因身份受阻</translation>
    </message>
</context>
<context>
    <name>kg::ui::QuizPanel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 节点</translation>
    </message>
    <message>
        <source>No answer revealed yet.</source>
        <translation>尚未揭晓任何答案。</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right</source>
        <translation>得分：答对 %1 题，共 %2 题</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1（%n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Most often mispredicted: %1</source>
        <translation>最常预测错误：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Quiz complete.</source>
        <translation>测验完成。</translation>
    </message>
    <message>
        <source>Quiz mode is off</source>
        <translation>测验模式未开启</translation>
    </message>
    <message>
        <source>Start it from Teach &gt; Quiz Mode: the access matrix hides its verdicts, and the class predicts each question before you reveal it.</source>
        <translation>从“教学 &gt; 测验模式”开始：访问矩阵会隐藏结论，全班在你揭晓之前预测每道题。</translation>
    </message>
    <message>
        <source>No questions</source>
        <translation>没有题目</translation>
    </message>
    <message>
        <source>The design has no client and cluster to ask about.</source>
        <translation>设计中没有可供提问的客户端和群集。</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>Can %1 reach the API server of %2?</source>
        <translation>%1 能否访问 %2 的 API 服务器？</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>?</source>
        <translation>？</translation>
    </message>
    <message>
        <source>No path</source>
        <translation>无路径</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>These questions are the design&apos;s own: the file keeps them in this order.</source>
        <translation>这些是设计自带的题目：文件会按此顺序保存它们。</translation>
    </message>
    <message>
        <source>Kubegate chose these questions. Add, remove or move one to keep your own in the design.</source>
        <translation>这些题目由 Kubegate 选定。添加、删除或移动任一题目，即可在设计中保存你自己的题目。</translation>
    </message>
    <message>
        <source>Question %1 of %2: can %3 reach the API server of %4?</source>
        <translation>第 %1 题，共 %2 题：%3 能否访问 %4 的 API 服务器？</translation>
    </message>
    <message>
        <source>The class predicts: %1</source>
        <translation>全班预测：%1</translation>
    </message>
    <message>
        <source>Predict with the keys 1 to 5, then R reveals the answer</source>
        <translation>按 1 到 5 键预测，然后按 R 揭晓答案</translation>
    </message>
    <message>
        <source>✓ %1: the class was right</source>
        <translation>✓ %1：全班预测正确</translation>
    </message>
    <message>
        <source>✗ %1: the class said %2</source>
        <translation>✗ %1：全班预测为%2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>未作预测</translation>
    </message>
</context>
<context>
    <name>kg::ui::TemplateGallery</name>
    <message>
        <source>New from Template</source>
        <translation>从模板新建</translation>
    </message>
</context>
<context>
    <name>kg::ui::VariantController</name>
    <message>
        <source>&amp;New Variant...</source>
        <translation>新建方案(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Rename Variant...</source>
        <translation>重命名方案(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Delete Variant</source>
        <translation>删除方案(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Previous Variant</source>
        <translation>上一个方案(&amp;P)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Variant</source>
        <translation>下一个方案(&amp;X)</translation>
    </message>
    <message>
        <source>Varia&amp;nts</source>
        <translation>方案(&amp;N)</translation>
    </message>
    <message>
        <source>The variant shown on the canvas</source>
        <translation>画布上显示的方案</translation>
    </message>
    <message>
        <source>A variant needs a name.</source>
        <translation>方案需要一个名称。</translation>
    </message>
    <message>
        <source>The name is %1 bytes long; the limit is %2.</source>
        <translation>名称长 %1 字节；上限为 %2。</translation>
    </message>
    <message>
        <source>The name holds a control character or a line break.</source>
        <translation>名称包含控制字符或换行符。</translation>
    </message>
    <message>
        <source>There is a variant named &quot;%1&quot; already.</source>
        <translation>已有名为“%1”的方案。</translation>
    </message>
    <message>
        <source>New Variant &quot;%1&quot;</source>
        <translation>新建方案“%1”</translation>
    </message>
    <message>
        <source>The base design has no name to change; show a variant first.</source>
        <translation>基础设计没有可更改的名称；请先显示一个方案。</translation>
    </message>
    <message>
        <source>Rename Variant &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将方案“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Delete Variant &quot;%1&quot;</source>
        <translation>删除方案“%1”</translation>
    </message>
    <message>
        <source>Deleted the variant &quot;%1&quot;; the base design is shown.</source>
        <translation>已删除方案“%1”；现显示基础设计。</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>方案 %1</translation>
    </message>
    <message>
        <source>New Variant</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>A name for the variant (a copy of what is shown):</source>
        <translation>方案名称（复制当前显示的内容）：</translation>
    </message>
    <message>
        <source>Rename Variant</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <source>The variant&apos;s name:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <source>Base design</source>
        <translation>基础设计</translation>
    </message>
    <message>
        <source>Create &amp;AKS Equivalent</source>
        <translation>创建 AKS 等效方案(&amp;A)</translation>
    </message>
    <message>
        <source>Create &amp;EKS Equivalent</source>
        <translation>创建 EKS 等效方案(&amp;E)</translation>
    </message>
    <message>
        <source>Nothing to map: what is shown has no AWS element.</source>
        <translation>无可映射内容：当前显示的设计中没有 AWS 元素。</translation>
    </message>
    <message>
        <source>Nothing to map: what is shown has no Azure element.</source>
        <translation>无可映射内容：当前显示的设计中没有 Azure 元素。</translation>
    </message>
    <message>
        <source>AKS equivalent</source>
        <translation>AKS 等效方案</translation>
    </message>
    <message>
        <source>EKS equivalent</source>
        <translation>EKS 等效方案</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>创建%1</translation>
    </message>
    <message numerus="yes">
        <source>Created the variant &quot;%1&quot;: %n note(s) on where the clouds differ.</source>
        <translation>
            <numerusform>已创建方案“%1”：%n 条说明指出两种云的差异。</numerusform>
        </translation>
    </message>
    <message>
        <source>Equivalent Created</source>
        <translation>已创建等效方案</translation>
    </message>
    <message>
        <source>The variant &quot;%1&quot; is shown. Where the clouds differ:</source>
        <translation>现显示方案“%1”。两种云的差异：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An equivalent&apos;s note in the variant&apos;s notes: %1 the element&apos;s name, %2 the note</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>kg::ui::WalkthroughBar</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>准入</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 · %4</source>
        <translation>第 %1 步，共 %2 步 · %3 · %4</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>被阻止</translation>
    </message>
</context>
</TS>
