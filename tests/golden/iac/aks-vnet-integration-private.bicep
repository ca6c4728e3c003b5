// aks-web
resource aks_web 'Microsoft.ContainerService/managedClusters@2025-03-01' = {
  name: 'aks-web'
  location: 'eastus'
  properties: {
    apiServerAccessProfile: {
      enablePrivateCluster: true
      privateDNSZone: 'system'
      enablePrivateClusterPublicFQDN: true
      enableVnetIntegration: true
      subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-apiserver')
      disableRunCommand: false
    }
    agentPoolProfiles: [
      {
        name: 'system'
        mode: 'System'
        vnetSubnetID: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-aks')
        // ... count, vmSize
      }
    ]
    // ... the rest of the cluster: dnsPrefix, identity
  }
}

