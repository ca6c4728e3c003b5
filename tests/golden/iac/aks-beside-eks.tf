# API server access settings from Kubegate: add them to your cluster resources.
terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.46"
    }
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}

# aks-pay: access settings of the cluster resource
resource "azurerm_kubernetes_cluster" "aks_pay" {
  # private_cluster_enabled and private_dns_zone_id replace the cluster when they change (AKS-111, AKS-112)
  name                                = "aks-pay"
  location                            = "eastus"
  private_cluster_enabled             = true
  private_dns_zone_id                 = "System"
  private_cluster_public_fqdn_enabled = true
  run_command_enabled                 = true

  default_node_pool {
    name           = "system"
    vnet_subnet_id = azurerm_subnet.snet_aks.id
    # ... vm_size, node_count
  }
  # ... the rest of the cluster: resource_group_name, dns_prefix, identity
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

