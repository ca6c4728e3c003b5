<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>&amp;About Kubegate</source>
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
        <source>Open Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubegate designs (*.kubegate);;All files (*)</source>
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
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a design with File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n error, </numerusform>
            <numerusform>%n errors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); </source>
        <translation>
            <numerusform>%n warning; </numerusform>
            <numerusform>%n warnings; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n path(s) reachable</source>
        <translation>
            <numerusform>%1 of %n path reachable</numerusform>
            <numerusform>%1 of %n paths reachable</numerusform>
        </translation>
    </message>
</context>
</TS>
