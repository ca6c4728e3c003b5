# aks-pay: access settings of the cluster resource
resource "azurerm_kubernetes_cluster" "aks_pay" {
  name                                = "aks-pay"
  location                            = "eastus"
  private_cluster_enabled             = true
  private_dns_zone_id                 = "System"
  private_cluster_public_fqdn_enabled = true
  run_command_enabled                 = true
  # ... the rest of the cluster: resource group, node pools, identity
}

# eks-prod: access settings of the cluster resource
resource "aws_eks_cluster" "eks_prod" {
  name = "eks-prod"

  vpc_config {
    endpoint_public_access  = true
    endpoint_private_access = true
    public_access_cidrs     = ["203.0.113.0/24"]
    subnet_ids              = [aws_subnet.private_a.id, aws_subnet.private_b.id]
  }
  # ... the rest of the cluster: role_arn, version, access_config
}

