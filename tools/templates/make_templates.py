#!/usr/bin/env python3
"""Writes Kubegate's scenario templates (resources/templates/*.kubegate).

Each template is a small design from the seed's scenarios, laid out by a simple packer: cards
are 180 x 64, containers wrap their children in rows with a header, top-level items stand in
columns. The output is passed through `kubegate format` so that the files are canonical.

Usage: tools/templates/make_templates.py BUILD/app/kubegate
"""
import json
import math
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "resources", "templates")
CONTAINERS = {"azure.vnet", "azure.subnet", "aws.vpc", "aws.subnet", "onprem.network"}
CARD = (180, 64)
GAP = 24
HEADER = 46
MARGIN = 20


def node(id, kind, name=None, props=None, children=None, cols=None, size=None):
    return {"id": id, "kind": kind, "name": name or id, "props": props or {},
            "children": children or [], "cols": cols, "size": size}


def measure(n):
    if n["kind"] not in CONTAINERS:
        n["w"], n["h"] = n["size"] or CARD
        return
    kids = n["children"]
    for k in kids:
        measure(k)
    if not kids:
        n["w"], n["h"] = n["size"] or (240, 120)
        return
    cols = n["cols"] or (len(kids) if len(kids) <= 3 else math.ceil(math.sqrt(len(kids))))
    rows = [kids[i:i + cols] for i in range(0, len(kids), cols)]
    width = max(sum(k["w"] for k in r) + GAP * (len(r) - 1) for r in rows)
    height = sum(max(k["h"] for k in r) for r in rows) + GAP * (len(rows) - 1)
    n["rows"] = rows
    n["w"] = max(width + 2 * MARGIN, 260)
    n["h"] = height + HEADER + MARGIN


def place(n, x, y, out, parent=""):
    n["x"], n["y"] = x, y
    out.append(n | {"parent": parent})
    if n["kind"] in CONTAINERS and n["children"]:
        cy = y + HEADER
        for r in n["rows"]:
            cx = x + MARGIN
            for k in r:
                place(k, cx, cy, out, n["id"])
                cx += k["w"] + GAP
            cy += max(k["h"] for k in r) + GAP


def nest(props):
    """Dotted keys become nested objects, as .kubegate files store them."""
    out = {}
    for key, value in props.items():
        parts = key.split(".")
        d = out
        for p in parts[:-1]:
            d = d.setdefault(p, {})
        d[parts[-1]] = value
    return out


def design(title, notes, columns, links=()):
    """`columns`: lists of top-level nodes, stacked top to bottom, placed left to right."""
    placed = []
    x = 40
    for column in columns:
        y = 100  # room above for public endpoint markers
        width = 0
        for n in column:
            measure(n)
            place(n, x, y, placed)
            y += n["h"] + 60
            width = max(width, n["w"])
        x += width + 80
    elements = []
    for n in placed:
        e = {"id": n["id"], "kind": n["kind"], "name": n["name"],
             "geometry": {"x": float(n["x"]), "y": float(n["y"]),
                          "width": float(n["w"]), "height": float(n["h"])}}
        if n["parent"]:
            e["parent"] = n["parent"]
        if n["props"]:
            e["properties"] = nest(n["props"])
        elements.append(e)
    out_links = []
    for l in links:
        id, kind, a, b = l[:4]
        link = {"id": id, "kind": kind, "from": a, "to": b}
        if len(l) > 4:
            link["properties"] = l[4]
        out_links.append(link)
    return {"format": "kubegate", "version": 2, "title": title, "notes": notes,
            "elements": elements, "links": out_links}


# ---------------------------------------------------------------- building blocks

OPS = "arn:aws:iam::111122223333:role/ops"
NODE_ROLE = "arn:aws:iam::111122223333:role/eks-node"


def laptop(id, name, ip, principal, kind="client.laptop"):
    return node(id, kind, name, {"egressIPs": [ip], "principal": principal} if ip else {"principal": principal})


def eks(id, public, private, cidrs=None, subnets=(), sg=None, extra=None):
    p = {"region": "us-east-1",
         "resourcesVpcConfig.endpointPublicAccess": public,
         "resourcesVpcConfig.endpointPrivateAccess": private,
         "resourcesVpcConfig.subnetIds": list(subnets),
         "accessConfig.authenticationMode": "API",
         "accessEntries": [OPS, NODE_ROLE]}
    if cidrs:
        p["resourcesVpcConfig.publicAccessCidrs"] = cidrs
    if sg:
        p["resourcesVpcConfig.clusterSecurityGroupId"] = sg
    p.update(extra or {})
    return node(id, "eks.cluster", id, p, size=(200, 72))


def nodegroup(id, cluster, sg=None, public_ips=None):
    p = {"cluster": cluster, "principal": NODE_ROLE}
    if sg:
        p["securityGroups"] = [sg]
    if public_ips:
        p["publicIPs"] = public_ips
    return node(id, "eks.nodegroup", id, p)


def aws_subnet(id, cidr, az, route, children, public=False, routes_to=None, cols=None):
    p = {"cidrBlock": cidr, "availabilityZone": az}
    if route:
        p["defaultRoute"] = route
    if public:
        p["mapPublicIpOnLaunch"] = True
    if routes_to:
        p["routesTo"] = routes_to
    return node(id, "aws.subnet", id, p, children, cols=cols)


def aks(id, extra, name=None):
    p = {"location": "eastus", "dnsPrefix": id.replace("aks-", ""), "identityType": "UserAssigned",
         "rbacPrincipals": ["alice@contoso.example", "bob@contoso.example"]}
    p.update(extra)
    return node(id, "aks.cluster", name or id, p, size=(200, 72))


def pool(id, cluster):
    return node(id, "aks.nodepool", id, {"cluster": cluster, "mode": "System"})


def vnet(id, space, children, cols=None, name=None):
    return node(id, "azure.vnet", name or id, {"addressSpace": [space]}, children, cols=cols)


def snet(id, prefix, children=(), cols=None, extra=None, name=None):
    p = {"addressPrefix": prefix}
    p.update(extra or {})
    return node(id, "azure.subnet", name or id, p, list(children), cols=cols)


# ---------------------------------------------------------------- the templates

T = {}

T["eks-public-only"] = design(
    "EKS public endpoint only",
    "The seed's first EKS scenario: endpointPublicAccess on, endpointPrivateAccess off, "
    "publicAccessCidrs left at 0.0.0.0/0. Every client, nodes included, goes over the "
    "internet. Nodes in the public subnet leave with their own public IPv4 address through the "
    "internet gateway; nodes in the private subnet leave through the NAT gateway's Elastic IP. "
    "EKS-006 warns that the endpoint is open to the world.",
    [[node("vpc-prod", "aws.vpc", "vpc-prod", {"cidrBlocks": ["10.30.0.0/16"], "region": "us-east-1"}, [
        node("igw", "aws.internetGateway", "igw", size=(140, 56)),
        eks("eks-web", True, False, subnets=["public-a", "private-b"]),
        aws_subnet("public-a", "10.30.0.0/24", "us-east-1a", "igw", [
            node("nat-a", "aws.natGateway", "nat-a", {"publicIp": "198.51.100.40"}),
            nodegroup("nodes-public", "eks-web", public_ips=["198.51.100.61"])], public=True),
        aws_subnet("private-b", "10.30.10.0/24", "us-east-1b", "nat-a", [
            nodegroup("nodes-private", "eks-web")]),
    ], cols=2)],
     [laptop("laptop", "Dana (home)", "203.0.113.7", OPS)]])

T["eks-public-cidrs"] = design(
    "EKS public endpoint restricted by CIDRs",
    "Public endpoint only, with publicAccessCidrs set to the office range and the NAT "
    "gateway's Elastic IP (198.51.100.40/32), so that the nodes in the private subnet can "
    "still join. Dana's home address is inside 203.0.113.0/24; the GitHub-hosted runner's "
    "address is not, and EKS-038 says which CIDR to add.",
    [[node("vpc-prod", "aws.vpc", "vpc-prod", {"cidrBlocks": ["10.30.0.0/16"], "region": "us-east-1"}, [
        node("igw", "aws.internetGateway", "igw", size=(140, 56)),
        eks("eks-web", True, False, ["203.0.113.0/24", "198.51.100.40/32"], subnets=["private-a", "private-b"]),
        aws_subnet("public-a", "10.30.0.0/24", "us-east-1a", "igw", [
            node("nat-a", "aws.natGateway", "nat-a", {"publicIp": "198.51.100.40"})], public=True),
        aws_subnet("private-a", "10.30.10.0/24", "us-east-1a", "nat-a", [nodegroup("nodes-a", "eks-web")]),
        aws_subnet("private-b", "10.30.11.0/24", "us-east-1b", "nat-a", []),
    ], cols=2)],
     [laptop("laptop", "Dana (home)", "203.0.113.7", OPS),
      laptop("gh-hosted", "GitHub-hosted runner", "192.0.2.200", OPS, "ci.githubHosted")]])

T["eks-public-cidrs-misconfig"] = design(
    "Misconfiguration: EKS nodes outside publicAccessCidrs",
    "A misconfiguration to learn from: the public endpoint only allows the office range, but "
    "the nodes leave through the NAT gateway's Elastic IP 198.51.100.40, which is not in "
    "publicAccessCidrs. The nodes cannot reach the API server and never join the cluster "
    "(EKS-019). The fix: add 198.51.100.40/32, or turn on the private endpoint.",
    [[node("vpc-prod", "aws.vpc", "vpc-prod", {"cidrBlocks": ["10.30.0.0/16"], "region": "us-east-1"}, [
        node("igw", "aws.internetGateway", "igw", size=(140, 56)),
        eks("eks-web", True, False, ["203.0.113.0/24"], subnets=["private-a", "private-b"]),
        aws_subnet("public-a", "10.30.0.0/24", "us-east-1a", "igw", [
            node("nat-a", "aws.natGateway", "nat-a", {"publicIp": "198.51.100.40"})], public=True),
        aws_subnet("private-a", "10.30.10.0/24", "us-east-1a", "nat-a", [nodegroup("nodes-a", "eks-web")]),
        aws_subnet("private-b", "10.30.11.0/24", "us-east-1b", "nat-a", []),
    ], cols=2)],
     [laptop("laptop", "Dana (home)", "203.0.113.7", OPS)]])

T["eks-private-bastion"] = design(
    "EKS private endpoint reached through a bastion",
    "Private endpoint only: the API server answers only on the EKS-managed network interfaces "
    "in the cluster subnets. The EC2 bastion in the public subnet is in the cluster VPC and "
    "the cluster security group allows 443 from its security group (EKS-030). Dana at home "
    "has no network path into the VPC (EKS-029): she connects to the bastion first. The "
    "bastion's IAM role is mapped by an access entry.",
    [[node("vpc-prod", "aws.vpc", "vpc-prod", {"cidrBlocks": ["10.20.0.0/16"], "region": "us-east-1"}, [
        node("igw", "aws.internetGateway", "igw", size=(140, 56)),
        eks("eks-prod", False, True, subnets=["private-a", "private-b"], sg="sg-cluster"),
        aws_subnet("public-a", "10.20.0.0/24", "us-east-1a", "igw", [
            node("bastion", "aws.ec2Bastion", "bastion", {"principal": OPS, "privateIp": "10.20.0.10",
                                                        "securityGroups": ["sg-bastion"], "egressIPs": ["198.51.100.30"]}),
            node("nat-a", "aws.natGateway", "nat-a", {"publicIp": "198.51.100.40"})], public=True),
        aws_subnet("private-a", "10.20.10.0/24", "us-east-1a", "nat-a", [nodegroup("nodes-a", "eks-prod", "sg-cluster")]),
        aws_subnet("private-b", "10.20.11.0/24", "us-east-1b", "nat-a", []),
        node("sg-cluster", "aws.securityGroup", "sg-cluster", {"ingress443": ["sg-cluster", "sg-bastion"]}, size=(160, 56)),
        node("sg-bastion", "aws.securityGroup", "sg-bastion", size=(160, 56)),
    ], cols=2)],
     [laptop("laptop", "Dana (home)", "203.0.113.7", OPS)]])

T["eks-private-cloud9"] = design(
    "EKS private endpoint reached from Cloud9",
    "Private endpoint only. An AWS Cloud9 environment in a private subnet of the cluster VPC "
    "reaches the EKS-managed network interfaces (EKS-031) because the cluster security group "
    "allows 443 from the Cloud9 security group; its IAM role is mapped by an access entry.",
    [[node("vpc-prod", "aws.vpc", "vpc-prod", {"cidrBlocks": ["10.20.0.0/16"], "region": "us-east-1"}, [
        node("igw", "aws.internetGateway", "igw", size=(140, 56)),
        eks("eks-prod", False, True, subnets=["private-a", "private-b"], sg="sg-cluster"),
        aws_subnet("public-a", "10.20.0.0/24", "us-east-1a", "igw", [
            node("nat-a", "aws.natGateway", "nat-a", {"publicIp": "198.51.100.40"})], public=True),
        aws_subnet("private-a", "10.20.10.0/24", "us-east-1a", "nat-a", [
            node("cloud9", "aws.cloud9", "cloud9-dev", {"principal": OPS, "securityGroups": ["sg-cloud9"]}),
            nodegroup("nodes-a", "eks-prod", "sg-cluster")]),
        aws_subnet("private-b", "10.20.11.0/24", "us-east-1b", "nat-a", []),
        node("sg-cluster", "aws.securityGroup", "sg-cluster", {"ingress443": ["sg-cluster", "sg-cloud9"]}, size=(160, 56)),
        node("sg-cloud9", "aws.securityGroup", "sg-cloud9", size=(160, 56)),
    ], cols=2)]])

T["eks-private-transit-vpn"] = design(
    "EKS private endpoint through a transit gateway and a VPN",
    "Private endpoint only. The cluster VPC and a tools VPC are attached to a transit "
    "gateway, and the office connects to the same transit gateway with a site-to-site VPN. "
    "The cluster subnets route the tools VPC and the office through the transit gateway "
    "(EKS-035), and the cluster security group allows 443 from both ranges. The self-hosted "
    "runner and Dana in the office both reach the EKS-managed network interfaces. The nodes "
    "have no internet egress here: EKS-022 reminds that they then need VPC endpoints.",
    [[node("vpc-prod", "aws.vpc", "vpc-prod", {"cidrBlocks": ["10.20.0.0/16"], "region": "us-east-1"}, [
        eks("eks-prod", False, True, subnets=["private-a", "private-b"], sg="sg-cluster"),
        node("sg-cluster", "aws.securityGroup", "sg-cluster",
             {"ingress443": ["sg-cluster", "10.40.0.0/16", "192.168.0.0/16"]}, size=(160, 56)),
        aws_subnet("private-a", "10.20.10.0/24", "us-east-1a", None, [nodegroup("nodes-a", "eks-prod", "sg-cluster")], routes_to=["tgw"]),
        aws_subnet("private-b", "10.20.11.0/24", "us-east-1b", None, [], routes_to=["tgw"]),
    ], cols=2)],
     [node("tgw", "aws.transitGateway", "tgw", {"region": "us-east-1"}),
      node("vpc-tools", "aws.vpc", "vpc-tools", {"cidrBlocks": ["10.40.0.0/16"], "region": "us-east-1"}, [
          aws_subnet("tools-a", "10.40.1.0/24", "us-east-1a", None, [
              node("runner", "ci.githubSelfHosted", "self-hosted runner", {"principal": OPS})], routes_to=["tgw"])])],
     [node("office", "onprem.network", "Office", {"addressSpace": ["192.168.0.0/16"], "egressIPs": ["198.51.100.25"]}, [
         laptop("laptop-office", "Dana (office)", None, OPS)])]],
    [("att-prod", "tgwAttachment", "vpc-prod", "tgw"),
     ("att-tools", "tgwAttachment", "vpc-tools", "tgw"),
     ("vpn-office", "vpn", "office", "tgw")])

AZ_PEOPLE = ["alice@contoso.example", "bob@contoso.example"]

T["aks-public"] = design(
    "AKS with a public API server",
    "The default AKS cluster: the API server has a public address and no authorized IP "
    "ranges, so every client on the internet reaches it (subject to Azure RBAC). AKS-017 "
    "recommends authorized ranges or a private cluster.",
    [[vnet("vnet-app", "10.1.0.0/16", [snet("snet-aks", "10.1.0.0/22", [aks("aks-web", {}), pool("pool-system", "aks-web")])])],
     [laptop("laptop-home", "Bob (home)", "203.0.113.7", "bob@contoso.example"),
      laptop("gh-hosted", "GitHub-hosted runner", "192.0.2.200", "bob@contoso.example", "ci.githubHosted")]])

T["aks-authorized-ranges"] = design(
    "AKS with authorized IP ranges",
    "A public cluster whose apiServerAccessProfile.authorizedIPRanges lists the office's "
    "egress range. Alice in the office (her traffic leaves from 198.51.100.25) reaches the "
    "API server; Bob at home (203.0.113.7) is outside every range and is refused (AKS-010), "
    "with the fix naming the /32 to add. The cluster's own outbound address is allowed "
    "automatically.",
    [[vnet("vnet-app", "10.1.0.0/16", [snet("snet-aks", "10.1.0.0/22", [
        aks("aks-web", {"apiServerAccessProfile.authorizedIPRanges": ["198.51.100.0/24"],
                        "outboundIPs": ["20.42.7.9"]}), pool("pool-system", "aks-web")])])],
     [node("office", "onprem.network", "Office", {"addressSpace": ["192.168.0.0/16"], "egressIPs": ["198.51.100.25"]}, [
         laptop("laptop-office", "Alice (office)", None, "alice@contoso.example")]),
      laptop("laptop-home", "Bob (home)", "203.0.113.7", "bob@contoso.example")]])


def hub_spoke(cluster_props, zone=None, zone_links=(), title="", notes="", extra_links=(), name_suffix=""):
    hub = vnet("vnet-hub", "10.0.0.0/16", [
        snet("snet-jumpbox", "10.0.1.0/24", [node("vm-jumpbox", "vm.jumpbox", "vm-jumpbox",
                                                  {"principal": "alice@contoso.example", "privateIp": "10.0.1.4"})]),
        snet("AzureBastionSubnet", "10.0.2.0/26", [node("bastion", "azure.bastion", "bas-hub",
                                                        {"principal": "alice@contoso.example", "egressIPs": ["20.42.1.10"]})]),
    ], cols=2)
    spoke = vnet("vnet-spoke", "10.1.0.0/16", [snet("snet-aks", "10.1.0.0/22", [
        aks("aks-pay", cluster_props), pool("pool-system", "aks-pay")])])
    column3 = [laptop("laptop-home", "Bob (home)", "203.0.113.7", "bob@contoso.example")]
    if zone:
        column3.insert(0, zone)
    links = [("peer-hub-spoke", "peering", "vnet-hub", "vnet-spoke", {"state": "active"})]
    links += [(f"link-{v}", "dnsZoneLink", zone["id"], v) for v in zone_links]
    links += list(extra_links)
    return design(title, notes, [[hub], [spoke], column3], links)


T["aks-private-none-public-fqdn"] = hub_spoke(
    {"apiServerAccessProfile.enablePrivateCluster": True, "apiServerAccessProfile.privateDNSZone": "None",
     "apiServerAccessProfile.enablePrivateClusterPublicFQDN": True},
    title="AKS private cluster with privateDNSZone None",
    notes="A private cluster without a private DNS zone: privateDNSZone is None, so the only "
          "name is the public FQDN, which public DNS resolves to the private endpoint's "
          "address. The jumpbox in the peered hub needs no zone link, only the network path "
          "over the peering. Bob at home resolves the name too, but has no route to the "
          "private address (AKS-044).")

T["aks-private-none-no-fqdn-misconfig"] = hub_spoke(
    {"apiServerAccessProfile.enablePrivateCluster": True, "apiServerAccessProfile.privateDNSZone": "None",
     "apiServerAccessProfile.enablePrivateClusterPublicFQDN": False},
    title="Misconfiguration: privateDNSZone None without a public FQDN",
    notes="A misconfiguration to learn from: privateDNSZone None means AKS creates no private "
          "zone, and with the public FQDN turned off nothing resolves the API server's name at "
          "all (AKS-027). Turn the public FQDN on, or use System or your own zone.")

OWN_ZONE = node("zone-own", "azure.privateDnsZone", "privatelink.eastus.azmk8s.io",
                {"zoneName": "privatelink.eastus.azmk8s.io"}, size=(240, 64))

T["aks-private-own-zone"] = hub_spoke(
    {"apiServerAccessProfile.enablePrivateCluster": True, "apiServerAccessProfile.privateDNSZone": "zone-own",
     "apiServerAccessProfile.enablePrivateClusterPublicFQDN": False},
    zone=OWN_ZONE, zone_links=("vnet-hub", "vnet-spoke"),
    title="AKS private cluster with its own private DNS zone",
    notes="A private cluster that uses a private DNS zone you manage "
          "(privatelink.eastus.azmk8s.io in the hub's subscription). The zone is linked to "
          "the hub and the spoke, so the jumpbox resolves the API server's name to the private "
          "endpoint and reaches it over the peering. Without the hub link the jumpbox would "
          "get no answer. No public FQDN: Bob at home cannot even resolve the name.")

T["aks-vnet-integration-public"] = design(
    "AKS API Server VNet Integration, public",
    "API Server VNet Integration projects the API server into a delegated subnet behind an "
    "internal load balancer; with private cluster off, the public endpoint remains. Nodes "
    "talk to the internal load balancer and skip DNS (AKS-092); Bob at home uses the public "
    "endpoint.",
    [[vnet("vnet-app", "10.1.0.0/16", [
        snet("snet-aks", "10.1.0.0/22", [aks("aks-web", {"apiServerAccessProfile.enableVnetIntegration": True,
                                                          "apiServerAccessProfile.subnetId": "snet-apiserver"}),
                                          pool("pool-system", "aks-web")]),
        snet("snet-apiserver", "10.1.4.0/28", [], extra={"delegation": "Microsoft.ContainerService/managedClusters"}),
    ], cols=2)],
     [laptop("laptop-home", "Bob (home)", "203.0.113.7", "bob@contoso.example")]])

T["aks-vnet-integration-private"] = design(
    "AKS API Server VNet Integration, private",
    "API Server VNet Integration with private cluster on: the API server is reachable only "
    "through the internal load balancer in the delegated subnet (AKS-094). The jumpbox in "
    "the same VNet reaches it; Bob at home has no path.",
    [[vnet("vnet-app", "10.1.0.0/16", [
        snet("snet-aks", "10.1.0.0/22", [aks("aks-web", {"apiServerAccessProfile.enableVnetIntegration": True,
                                                          "apiServerAccessProfile.enablePrivateCluster": True,
                                                          "apiServerAccessProfile.subnetId": "snet-apiserver"}),
                                          pool("pool-system", "aks-web")]),
        snet("snet-apiserver", "10.1.4.0/28", [], extra={"delegation": "Microsoft.ContainerService/managedClusters"}),
        snet("snet-jumpbox", "10.1.8.0/24", [node("vm-jumpbox", "vm.jumpbox", "vm-jumpbox",
                                                  {"principal": "alice@contoso.example", "privateIp": "10.1.8.4"})]),
    ], cols=2)],
     [laptop("laptop-home", "Bob (home)", "203.0.113.7", "bob@contoso.example")]])

T["aks-command-invoke"] = design(
    "AKS private cluster reached only by command invoke",
    "A private cluster with no network path from the people who run it: no VPN, no peering, "
    "no jumpbox. az aks command invoke runs kubectl through Azure Resource Manager instead "
    "(AKS-062): Alice holds runcommand/action and commandResults/read and gets through; Bob "
    "lacks them (AKS-061). disableRunCommand would close this door too.",
    [[vnet("vnet-app", "10.1.0.0/16", [snet("snet-aks", "10.1.0.0/22", [
        aks("aks-ops", {"apiServerAccessProfile.enablePrivateCluster": True,
                        "runCommandPrincipals": ["alice@contoso.example"]}),
        pool("pool-system", "aks-ops")])])],
     [laptop("laptop-alice", "Alice (home)", "203.0.113.20", "alice@contoso.example"),
      laptop("laptop-bob", "Bob (home)", "203.0.113.7", "bob@contoso.example")]])

T["aks-beside-eks"] = design(
    "AKS beside EKS: one laptop, two clouds",
    "The same person against an AKS private cluster and an EKS cluster with both endpoints. "
    "On AKS, Dana at home has no path to the private endpoint; on EKS, her address is inside "
    "publicAccessCidrs and she uses the public endpoint, while the EKS nodes use the "
    "EKS-managed network interfaces inside the VPC.",
    [[vnet("vnet-app", "10.1.0.0/16", [snet("snet-aks", "10.1.0.0/22", [
        aks("aks-pay", {"apiServerAccessProfile.enablePrivateCluster": True,
                        "rbacPrincipals": ["dana@contoso.example"]}), pool("pool-system", "aks-pay")])])],
     [laptop("laptop", "Dana (home)", "203.0.113.7", OPS)],
     [node("vpc-prod", "aws.vpc", "vpc-prod", {"cidrBlocks": ["10.20.0.0/16"], "region": "us-east-1"}, [
         node("igw", "aws.internetGateway", "igw", size=(140, 56)),
         eks("eks-prod", True, True, ["203.0.113.0/24"], subnets=["private-a", "private-b"]),
         aws_subnet("public-a", "10.20.0.0/24", "us-east-1a", "igw", [
             node("nat-a", "aws.natGateway", "nat-a", {"publicIp": "198.51.100.40"})], public=True),
         aws_subnet("private-a", "10.20.10.0/24", "us-east-1a", "nat-a", [nodegroup("nodes-a", "eks-prod")]),
         aws_subnet("private-b", "10.20.11.0/24", "us-east-1b", "nat-a", []),
     ], cols=2)]])


def main():
    kubegate = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build/release/app/kubegate")
    for name, d in T.items():
        with tempfile.NamedTemporaryFile("w", suffix=".kubegate", delete=False) as f:
            json.dump(d, f, ensure_ascii=False, indent=2)
            raw = f.name
        target = os.path.join(OUT, name + ".kubegate")
        r = subprocess.run([kubegate, "format", raw, "-o", target], capture_output=True, text=True)
        os.unlink(raw)
        if r.returncode != 0:
            print(f"{name}: {r.stderr.strip()}", file=sys.stderr)
            sys.exit(1)
        print("wrote", os.path.relpath(target, ROOT))


if __name__ == "__main__":
    main()
