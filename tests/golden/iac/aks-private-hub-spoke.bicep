// aks-pay
resource aks_pay 'Microsoft.ContainerService/managedClusters@2024-02-01' = {
  name: 'aks-pay'
  location: 'eastus'
  properties: {
    apiServerAccessProfile: {
      enablePrivateCluster: true
      privateDNSZone: 'system'
      enablePrivateClusterPublicFQDN: false
      disableRunCommand: false
    }
  }
}

