#!/bin/sh
# API server access settings from Kubegate.
# Usage: sh this-script [create|update]
#   create: az aks create makes each AKS cluster with these settings
#   update: az aks update sets what an existing AKS cluster can change in place
# Set SUBSCRIPTION_ID and RESOURCE_GROUP (the clusters' and networks' group),
# IDENTITY_ID (a user-assigned identity, allowed on a private DNS zone of one's own) first.
# EKS clusters are updated in place with aws eks update-cluster-config.
set -eu
mode=${1:-create}
case $mode in
create | update) ;;
*)
    echo "usage: $0 [create|update]" >&2
    exit 2
    ;;
esac
: "${SUBSCRIPTION_ID:?set SUBSCRIPTION_ID to the subscription of the clusters}"
: "${RESOURCE_GROUP:?set RESOURCE_GROUP to the resource group of the clusters}"
if [ "$mode" = create ]; then
    : "${IDENTITY_ID:?set IDENTITY_ID to the resource id of a user-assigned identity}"
fi
network="/subscriptions/$SUBSCRIPTION_ID/resourceGroups/$RESOURCE_GROUP/providers/Microsoft.Network"

# aks-pay (AKS)
if [ "$mode" = create ]; then
    az aks create --resource-group "$RESOURCE_GROUP" --name 'aks-pay' --location 'eastus' \
        --vnet-subnet-id "$network"'/virtualNetworks/vnet-app/subnets/snet-aks' \
        --enable-private-cluster --private-dns-zone 'system' \
        --assign-identity "$IDENTITY_ID"
else
    # Without VNet integration a private cluster cannot become public, nor a public one private,
    # in place: that takes a new cluster (AKS-021).
    az aks update --resource-group "$RESOURCE_GROUP" --name 'aks-pay' \
        --enable-public-fqdn \
        --enable-run-command
fi

# eks-prod (EKS): endpoint access changes in place, asynchronously; one update at a time per cluster
aws eks update-cluster-config --name 'eks-prod' --region 'us-east-1' \
    --resources-vpc-config 'endpointPublicAccess=true,endpointPrivateAccess=true,publicAccessCidrs=203.0.113.0/24'

