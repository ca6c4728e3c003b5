<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Commands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change design title and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Build-Up Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Quiz Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Quiz Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Quiz Question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectTool</name>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link needs two different elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link can join %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are already linked this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peering joins two networks of one cloud; %1 and %2 are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 cannot be peered: their address spaces overlap (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link joins %1 (%2) and %3 (%4). Links join networks (peering), on-premises and gateways (VPN, ExpressRoute, Direct Connect), VPCs and transit gateways, and private DNS zones and networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect from %1: click the element to link it to. Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteItemsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (use .svg, .png or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture would be %1 x %2 pixels; use a smaller --scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be encoded as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubegate design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramScene</name>
    <message>
        <source>the canvas outside any network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawioWriter</name>
    <message>
        <source>Kubegate design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointItem</name>
    <message>
        <source>Public endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server ILB (VNet integration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EKS-managed ENI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoint (own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command invoke (ARM)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>SVG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document with the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw.io diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure CLI and AWS CLI script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bicep (AKS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eksctl config (EKS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design has no cluster this format covers (Bicep: AKS, eksctl: EKS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindNames</name>
    <message>
        <source>Azure virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKS cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKS node pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EKS cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EKS node group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure private DNS zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route 53 private hosted zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS forwarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure DNS Private Resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route 53 Resolver inbound endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Link service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Bastion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC2 bastion host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumpbox VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud9 IDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Cloud Shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway (AWS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway (Azure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN gateway (Azure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExpressRoute gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual private gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub-hosted runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub self-hosted runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure DevOps Microsoft-hosted agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure DevOps self-hosted agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Container Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon ECR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site-to-site VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExpressRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit gateway attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS zone link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulls images from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExpressRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulls from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyLabels</name>
    <message>
        <source>Authentication mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS (443) allowed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow gateway transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized IP ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command invoke turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public FQDN of the private cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Server VNet integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private DNS zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated route table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws-auth ConfigMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny inbound from the VNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS host names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service IPv4 CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPv4 on launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native client support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node public IP prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagates to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes RBAC principals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoint access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public endpoint access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public access CIDRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure role assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use remote gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EKS API (access entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EKS API and aws-auth ConfigMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws-auth ConfigMap only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delegated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKS API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-assigned managed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-assigned managed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (runs system pods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User (application pods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-assigned NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-defined routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud&apos;s DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (your own DNS resolves the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (AKS creates the zone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyTexts</name>
    <message>
        <source>A deny rule overrides the default AllowVnetInBound rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A records as name=address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server behind a private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional security groups on the EKS-managed ENIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the endpoint in its subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address prefix of the subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address prefixes of the virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address space of the on-premises network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the forwarder listens on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses allowed on the public endpoint; empty means 0.0.0.0/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon-provided DNS resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bastion SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR block of the subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster security group created by EKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster the nodes join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster the pool belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster whose System zone this is (created by AKS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster whose kube-apiserver load balancer it fronts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate internet egress addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom DNS servers; empty uses Azure-provided DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP options domain-name-servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS host names for instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS prefix of the API server FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated API server subnet (VNet integration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EKS cluster that manages the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each node gets a public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP of the NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4/IPv6 CIDR blocks of the VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity used against the API server (IAM ARN, Entra user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound endpoint address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound endpoint addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances get a public IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer outbound addresses (allowed automatically by authorized ranges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway or firewall (route table) the subnet&apos;s internet traffic uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSG on the subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native client tunnelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node IAM role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node pool mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer may use this network&apos;s gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peering state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private address routes point to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoint through EKS-managed ENIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private link sub-resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project the API server into a delegated subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public API endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public DNS name that resolves to the private address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP prefix for node addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address of the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public addresses allowed to reach the public API endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public addresses of nodes in a public subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public addresses of the NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public addresses the client&apos;s traffic leaves from (its own, a NAT&apos;s or a proxy&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public addresses traffic leaves from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry reachable on its public endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource the endpoint connects to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups (AWS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups of the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups of the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service the subnet is delegated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources allowed inbound on TCP 443 (empty keeps the default VNet rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources allowed inbound on TCP 443: CIDRs or security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets that hold the EKS-managed ENIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System, None, or the private DNS zone the cluster uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target of 0.0.0.0/0 in the subnet&apos;s route table: an internet gateway makes the subnet public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off az aks command invoke / Run command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the peer&apos;s VPN/ExpressRoute gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual interface state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where names no DNS forwarding link covers go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit gateway route table the attachment is associated with (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route tables the VPC&apos;s CIDRs propagate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static routes: &lt;route table&gt; &lt;cidr&gt; &lt;attachment id or blackhole&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways, and peered VPCs, the route table sends remote prefixes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access entries: an IAM principal, then its access policies and Kubernetes groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure role assignments on the cluster: a principal, then a built-in role or the actions of a custom role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws-auth ConfigMap entries: an IAM role or user, then its Kubernetes groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principals bound to a Kubernetes role (role bindings in the cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU of the cluster&apos;s load balancer (networkProfile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the nodes reach the internet (networkProfile)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>nodes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubegate design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 through the %3 endpoint: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed reachable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable on an assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Move into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move out to the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 out of its container</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n element(s)</source>
        <translation>
            <numerusform>Move %n element</numerusform>
            <numerusform>Move %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n element(s)</source>
        <translation>
            <numerusform>Nudge %n element</numerusform>
            <numerusform>Nudge %n elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepBadge</name>
    <message>
        <source>D</source>
        <comment>DNS stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>network stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <comment>admission stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <comment>identity stage</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::AccessMatrixPanel</name>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNet integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EKS ENI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command invoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No path: nodes only talk to their own cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked on the %1 endpoint by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable through the %1 endpoint on an assumption: a step the design does not say enough about was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable through the %1 endpoint, every step checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked in this quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: not revealed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class predicted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class predicted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ✓ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ✗ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::AccessModeEditor</name>
    <message>
        <source>Access mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private DNS zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public DNS name that resolves to the private address (enablePrivateClusterPublicFQDN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public + authorized IP ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Server VNet integration, public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Server VNet integration, private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public + CIDR restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public and private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server has a public address that any client on the internet can reach (subject to authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only public addresses in authorizedIPRanges reach the public endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private endpoint in the node subnet; clients need a network path and a DNS answer for the private address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server sits behind an internal load balancer in a delegated subnet; a public endpoint remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server is reachable only through the internal load balancer in the delegated subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public endpoint open to 0.0.0.0/0; nodes reach it through the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public endpoint limited to publicAccessCidrs; node egress addresses must be in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public endpoint plus EKS-managed ENIs in the VPC; nodes use the private path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the EKS-managed ENIs in the VPC; clients need a network path into the VPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no valid mode: both endpoints off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKS creates the private zone and links it to the cluster&apos;s VNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private zone: clients resolve the public FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 access to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: access %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: private DNS zone %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: public FQDN %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new API server subnet %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::BuildOrderDialog</name>
    <message>
        <source>Build-Up Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the elements into the order the build-up reveals them (Teach &gt; Build Up). A container always appears before what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kubegate&apos;s Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks, then connectivity, clusters, DNS, the ways in, services and clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::CanvasContextMenu</name>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain Path To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain Path From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect From Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;If</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What another access mode would change, without changing the design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::ComparisonBar</name>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the switch: one step you can undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::ComparisonController</name>
    <message>
        <source>From the base design to what is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the variant &quot;%1&quot; to what is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if %1 were switched to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing would change: every path keeps its verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No path, finding or cluster setting differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) gained</source>
        <translation>
            <numerusform>%n path gained</numerusform>
            <numerusform>%n paths gained</numerusform>
        </translation>
    </message>
    <message>
        <source>findings: %1 new, %2 gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the switch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the other: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no path (an end is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable on an assumption through the %1 endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable through the %1 endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::DashboardPanel</name>
    <message>
        <source>Save Chart as PNG or SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients per cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public exposure (IPv4 addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked paths by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by severity, per variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths per endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::DesignDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::DesignMimeData</name>
    <message>
        <source>the copied elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds nothing Kubegate can paste: copy elements in Kubegate, the text of a .kubegate design, or the JSON of az aks show, aws eks describe-cluster or terraform show -json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard&apos;s text is %1 MB, more than the %2 MB a design may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard&apos;s text cannot be pasted:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds a Kubegate design that cannot be pasted:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Kubegate design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds a Kubegate design whose elements contain each other in a circle; nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard&apos;s cloud JSON cannot be imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported cloud JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard&apos;s JSON cannot be pasted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <extracomment>The name problems with pasted text are reported under, as a file&apos;s would be</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::DiagramScene</name>
    <message>
        <source>Connect: drag from one element to another. Esc returns to Select.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes inside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go inside %2 (%3); it goes inside %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open to the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDRs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no public FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private DNS zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::DiagramView</name>
    <message>
        <source>Place in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place at the top level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::EditController</name>
    <message>
        <source>Nothing to paste here: the copied elements do not fit in this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n element(s)</source>
        <translation>
            <numerusform>Paste %n element</numerusform>
            <numerusform>Paste %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n element(s)</source>
        <translation>
            <numerusform>Duplicate %n element</numerusform>
            <numerusform>Duplicate %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more elements to align.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align centres horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align middles vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select three or more elements to distribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tidy Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout is already tidy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidy the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tidy the layout of %n element(s)</source>
        <translation>
            <numerusform>Tidy the layout of %n element</numerusform>
            <numerusform>Tidy the layout of %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tidied: %n element(s) placed by Graphviz.</source>
        <translation>
            <numerusform>Tidied: %n element placed by Graphviz.</numerusform>
            <numerusform>Tidied: %n elements placed by Graphviz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to copy: the design is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a picture of the whole design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied a picture of %n element(s).</source>
        <translation>
            <numerusform>Copied a picture of %n element.</numerusform>
            <numerusform>Copied a picture of %n elements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the whole design (%n element(s)) as a Kubegate fragment, its text and PNG and SVG pictures.</source>
        <translation>
            <numerusform>Copied the whole design (%n element) as a Kubegate fragment, its text and PNG and SVG pictures.</numerusform>
            <numerusform>Copied the whole design (%n elements) as a Kubegate fragment, its text and PNG and SVG pictures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n element(s) as a Kubegate fragment, its text and PNG and SVG pictures.</source>
        <translation>
            <numerusform>Copied %n element as a Kubegate fragment, its text and PNG and SVG pictures.</numerusform>
            <numerusform>Copied %n elements as a Kubegate fragment, its text and PNG and SVG pictures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the elements to bring to the front or send to the back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already at the back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per canvas unit of the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend beside the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client&apos;s best path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paths of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 holds this picture; the findings follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 KB of %2 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to write in this format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::FileController</name>
    <message>
        <source>Kubegate designs (*.kubegate);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. The current design is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved. Your design is still open; try Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved. Your design is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubegate closed unexpectedly while %1 had unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An autosave from %1 is available. Recover it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved work. Save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Cloud Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud tool output (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n file(s) could not be read as the JSON of az aks show, aws eks describe-cluster or terraform show -json. The current design is unchanged.</source>
        <translation>
            <numerusform>Nothing was imported: %n file could not be read as the JSON of az aks show, aws eks describe-cluster or terraform show -json. The current design is unchanged.</numerusform>
            <numerusform>Nothing was imported: %n files could not be read as the JSON of az aks show, aws eks describe-cluster or terraform show -json. The current design is unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings that break rules are kept as they are: the findings name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings were not in the input and were assumed; the design notes list them. Settings that break rules are kept: the findings name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the output of %2, not a Kubegate design. Import it into a new design?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1. %n change(s) were made while reading it; save to keep them.</source>
        <translation>
            <numerusform>Opened %1. %n change was made while reading it; save to keep it.</numerusform>
            <numerusform>Opened %1. %n changes were made while reading it; save to keep them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened with changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::FindBar</name>
    <message>
        <source>Find a name, id, address or rule id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The Find bar&apos;s tooltip: %1 where the text was found (Name, ID, a property), %2 the text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::FindingsPanel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::HelpDialog</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by id or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubegate Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kubegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kubegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kubegate %1&lt;/h3&gt;&lt;p&gt;Design, check and explain who can reach a Kubernetes API server on AKS and EKS, by which path, and why not.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;Kubegate answers one question: &lt;b&gt;who can reach this Kubernetes API server, by which path, and why not?&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Start from a template&lt;/b&gt; (File &amp;gt; New from Template) or drag networks, subnets, clusters and clients from the palette onto the canvas. Drop an element inside a network or subnet to place it there.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connect&lt;/b&gt; networks with the Connect tool (C): peerings, VPNs, transit gateway attachments, DNS zone links and forwarding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Set the access mode&lt;/b&gt; of a cluster in the inspector: public, authorized IP ranges, private cluster, API Server VNet integration; EKS public, public and private, private.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Read the verdicts&lt;/b&gt;: every client-to-cluster path is checked as you edit (DNS, network, admission, identity). Select a client or a cluster to see its paths; the access matrix lists every pair; the findings name the rule and the smallest fix.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Walk through&lt;/b&gt; a path (Teach &amp;gt; Walk Through Path) to explain it step by step, and export the diagram, a report or the cloud settings (File &amp;gt; Export).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;A dashed path holds only on an assumption: the design does not say enough to check a step (a client without a principal, an unknown egress address). Ctrl+F finds elements by name, address or rule id.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::InspectorPanel</name>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an element or a link to edit it. Drag elements from the palette onto the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them together by dragging, align them with Edit &gt; Align, or delete them with Del.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing of the right kind in the design yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One CIDR per line, e.g. 203.0.113.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change notes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2; it is not kept.</source>
        <extracomment>%1 is &quot;The name&quot; or &quot;The notes&quot;, %2 the reason, a predicate in the interface language (&quot;contains a right-to-left override (U+202E) at character 4&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: a principal, then a built-in role or a custom role&apos;s actions, e.g. alice@contoso.com Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: an IAM ARN, then access policies and Kubernetes groups, e.g. arn:aws:iam::111122223333:role/ops AmazonEKSViewPolicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: an IAM role or user ARN, then Kubernetes groups, e.g. arn:aws:iam::111122223333:role/ops system:masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 link %2: %3 %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::Legend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked path (✗ at the failing step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps: DNS, network, admission, identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public endpoint (outside the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private endpoint, ILB, EKS ENI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command invoke through ARM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding: error, warning, info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone link, DNS forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable on an assumption (not checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed step (the design does not say enough)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::ListEditor</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select, move and resize (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw links between elements (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;istribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the last analysis took</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>analysis %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Paths of the Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admission Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk Through Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;resentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path &amp;Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Cloud Configuration...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reachable, %2 assumed, %3 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has errors: it cannot be deployed as drawn. The paths are checked as drawn all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable: every step checked. Assumed: reachable if what the design does not say holds (a client without a principal). Blocked: a step fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No variant to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation Sc&amp;ale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the design one element at a time (Page Down shows the next, Page Up hides it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;ach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz &amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build-Up &amp;Order...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiz Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the access matrix&apos;s verdicts and let the class predict each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class predicts: %1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;start Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask Matrix Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the access matrix&apos;s current cell to the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cell of the access matrix first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked in this quiz: Ask Matrix Cell adds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz mode: the verdicts are hidden until you reveal them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz mode ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::PalettePanel</name>
    <message>
        <source>the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes inside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search elements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::QuizController</name>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked at DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked in the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked at admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::QuizPanel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer revealed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 of %2 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n time)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>Most often mispredicted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz mode is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it from Teach &gt; Quiz Mode: the access matrix hides its verdicts, and the class predicts each question before you reveal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no client and cluster to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can %1 reach the API server of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questions are the design&apos;s own: the file keeps them in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubegate chose these questions. Add, remove or move one to keep your own in the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2: can %3 reach the API server of %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class predicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict with the keys 1 to 5, then R reveals the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: the class was right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: the class said %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::TemplateGallery</name>
    <message>
        <source>New from Template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::VariantController</name>
    <message>
        <source>&amp;New Variant...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Variant...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varia&amp;nts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variant shown on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variant needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 bytes long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name holds a control character or a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a variant named &quot;%1&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Variant &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base design has no name to change; show a variant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Variant &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Variant &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the variant &quot;%1&quot;; the base design is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the variant (a copy of what is shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variant&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;AKS Equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;EKS Equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to map: what is shown has no AWS element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to map: what is shown has no Azure element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKS equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EKS equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created the variant &quot;%1&quot;: %n note(s) on where the clouds differ.</source>
        <translation>
            <numerusform>Created the variant &quot;%1&quot;: %n note on where the clouds differ.</numerusform>
            <numerusform>Created the variant &quot;%1&quot;: %n notes on where the clouds differ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Equivalent Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variant &quot;%1&quot; is shown. Where the clouds differ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An equivalent&apos;s note in the variant&apos;s notes: %1 the element&apos;s name, %2 the note</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::WalkthroughBar</name>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
