# aks-pay: access settings of the cluster resource
resource "azurerm_kubernetes_cluster" "aks_pay" {
  name                                = "aks-pay"
  location                            = "eastus"
  private_cluster_enabled             = true
  private_dns_zone_id                 = "System"
  private_cluster_public_fqdn_enabled = false
  run_command_enabled                 = true
  # ... the rest of the cluster: resource group, node pools, identity
}

