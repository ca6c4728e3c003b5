# aks-web: access settings of the cluster resource
resource "azurerm_kubernetes_cluster" "aks_web" {
  name                    = "aks-web"
  location                = "eastus"
  private_cluster_enabled = false
  run_command_enabled     = true

  api_server_access_profile {
    authorized_ip_ranges = ["198.51.100.0/24"]
  }
  # ... the rest of the cluster: resource group, node pools, identity
}

