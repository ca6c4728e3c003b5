#!/bin/sh
# API server access settings from Kubegate. Set RESOURCE_GROUP first.
set -e

# aks-pay (AKS)
az aks create --resource-group "$RESOURCE_GROUP" --name aks-pay --location eastus \
  --enable-private-cluster --private-dns-zone "system" \
  --disable-public-fqdn

# The same on an existing cluster (private cluster and VNet integration are set at creation):
az aks update --resource-group "$RESOURCE_GROUP" --name aks-pay \
  --api-server-authorized-ip-ranges "" \
  --disable-public-fqdn \
  --enable-run-command

