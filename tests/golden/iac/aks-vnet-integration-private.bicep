// aks-web
resource aks_web 'Microsoft.ContainerService/managedClusters@2024-02-01' = {
  name: 'aks-web'
  location: 'eastus'
  properties: {
    apiServerAccessProfile: {
      enablePrivateCluster: true
      privateDNSZone: 'system'
      enablePrivateClusterPublicFQDN: true
      enableVnetIntegration: true
      subnetId: '/subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/snet-apiserver'
      disableRunCommand: false
    }
  }
}

