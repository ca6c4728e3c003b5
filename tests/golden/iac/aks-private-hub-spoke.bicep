// aks-pay
resource aks_pay 'Microsoft.ContainerService/managedClusters@2025-03-01' = {
  name: 'aks-pay'
  location: 'eastus'
  properties: {
    apiServerAccessProfile: {
      enablePrivateCluster: true
      privateDNSZone: 'system'
      enablePrivateClusterPublicFQDN: false
      disableRunCommand: false
    }
    agentPoolProfiles: [
      {
        name: 'system'
        mode: 'System'
        vnetSubnetID: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-spoke', 'snet-aks')
        // ... count, vmSize
      }
    ]
    // ... the rest of the cluster: dnsPrefix, identity
  }
}

