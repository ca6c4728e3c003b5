# API server access settings from Kubegate: add them to your cluster resources.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}

# eks-prod: access settings of the cluster resource
resource "aws_eks_cluster" "eks_prod" {
  name = "eks-prod"

  vpc_config {
    endpoint_public_access  = false
    endpoint_private_access = true
    subnet_ids              = [aws_subnet.private_a.id, aws_subnet.private_b.id]
  }
  # ... the rest of the cluster: role_arn, version, access_config
}

