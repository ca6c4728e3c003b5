<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>AKS 集群</translation>
    </message>
    <message>
        <source>AKS node pool</source>
        <translation>AKS 节点池</translation>
    </message>
    <message>
        <source>EKS cluster</source>
        <translation>EKS 集群</translation>
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
        <translation>Route 53 Resolver 入站终端节点</translation>
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
        <translation>互联网网关</translation>
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
        <translation>发现</translation>
    </message>
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
        <source>&amp;About Kubegate</source>
        <translation>关于 Kubegate(&amp;A)</translation>
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
        <source>Open Design</source>
        <translation>打开设计</translation>
    </message>
    <message>
        <source>Kubegate designs (*.kubegate);;All files (*)</source>
        <translation>Kubegate 设计 (*.kubegate);;所有文件 (*)</translation>
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
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Open a design with File &gt; Open.</source>
        <translation>请通过“文件 &gt; 打开”打开一个设计。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n 个错误，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); </source>
        <translation>
            <numerusform>%n 个警告；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n path(s) reachable</source>
        <translation>
            <numerusform>%n 条路径中 %1 条可达</numerusform>
        </translation>
    </message>
</context>
</TS>
