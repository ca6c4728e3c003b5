#!/bin/sh
# API server access settings from Kubegate. Set RESOURCE_GROUP first.
set -e

# aks-pay (AKS)
az aks create --resource-group "$RESOURCE_GROUP" --name aks-pay --location eastus \
  --enable-private-cluster --private-dns-zone "system"

# The same on an existing cluster (private cluster and VNet integration are set at creation):
az aks update --resource-group "$RESOURCE_GROUP" --name aks-pay \
  --api-server-authorized-ip-ranges "" \
  --enable-public-fqdn \
  --enable-run-command

# eks-prod (EKS)
aws eks update-cluster-config --name eks-prod --region us-east-1 \
  --resources-vpc-config "endpointPublicAccess=true,endpointPrivateAccess=true,publicAccessCidrs=203.0.113.0/24"

