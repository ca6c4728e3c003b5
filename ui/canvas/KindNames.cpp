#include "canvas/KindNames.h"

#include "model/KindRegistry.h"

#include <QCoreApplication>

namespace kg::ui {

namespace {
// Listed so that lupdate finds the names the core registry holds in English.
[[maybe_unused]] const char* const kNames[] = {
    QT_TRANSLATE_NOOP("KindNames", "Azure virtual network"),
    QT_TRANSLATE_NOOP("KindNames", "Azure subnet"),
    QT_TRANSLATE_NOOP("KindNames", "AWS VPC"),
    QT_TRANSLATE_NOOP("KindNames", "AWS subnet"),
    QT_TRANSLATE_NOOP("KindNames", "On-premises network"),
    QT_TRANSLATE_NOOP("KindNames", "AKS cluster"),
    QT_TRANSLATE_NOOP("KindNames", "AKS node pool"),
    QT_TRANSLATE_NOOP("KindNames", "EKS cluster"),
    QT_TRANSLATE_NOOP("KindNames", "EKS node group"),
    QT_TRANSLATE_NOOP("KindNames", "Azure private DNS zone"),
    QT_TRANSLATE_NOOP("KindNames", "Route 53 private hosted zone"),
    QT_TRANSLATE_NOOP("KindNames", "DNS forwarder"),
    QT_TRANSLATE_NOOP("KindNames", "Azure DNS Private Resolver"),
    QT_TRANSLATE_NOOP("KindNames", "Route 53 Resolver inbound endpoint"),
    QT_TRANSLATE_NOOP("KindNames", "Private endpoint"),
    QT_TRANSLATE_NOOP("KindNames", "Private Link service"),
    QT_TRANSLATE_NOOP("KindNames", "Azure Bastion"),
    QT_TRANSLATE_NOOP("KindNames", "EC2 bastion host"),
    QT_TRANSLATE_NOOP("KindNames", "Jumpbox VM"),
    QT_TRANSLATE_NOOP("KindNames", "Cloud9 IDE"),
    QT_TRANSLATE_NOOP("KindNames", "Azure Cloud Shell"),
    QT_TRANSLATE_NOOP("KindNames", "Internet gateway"),
    QT_TRANSLATE_NOOP("KindNames", "NAT gateway (AWS)"),
    QT_TRANSLATE_NOOP("KindNames", "NAT gateway (Azure)"),
    QT_TRANSLATE_NOOP("KindNames", "Azure Firewall"),
    QT_TRANSLATE_NOOP("KindNames", "VPN gateway (Azure)"),
    QT_TRANSLATE_NOOP("KindNames", "ExpressRoute gateway"),
    QT_TRANSLATE_NOOP("KindNames", "Virtual private gateway"),
    QT_TRANSLATE_NOOP("KindNames", "Transit gateway"),
    QT_TRANSLATE_NOOP("KindNames", "Developer laptop"),
    QT_TRANSLATE_NOOP("KindNames", "GitHub-hosted runner"),
    QT_TRANSLATE_NOOP("KindNames", "GitHub self-hosted runner"),
    QT_TRANSLATE_NOOP("KindNames", "Azure DevOps Microsoft-hosted agent"),
    QT_TRANSLATE_NOOP("KindNames", "Azure DevOps self-hosted agent"),
    QT_TRANSLATE_NOOP("KindNames", "Azure Container Registry"),
    QT_TRANSLATE_NOOP("KindNames", "Amazon ECR"),
    QT_TRANSLATE_NOOP("KindNames", "Security group"),
    QT_TRANSLATE_NOOP("KindNames", "Network security group"),
    QT_TRANSLATE_NOOP("KindNames", "Peering"),
    QT_TRANSLATE_NOOP("KindNames", "Site-to-site VPN"),
    QT_TRANSLATE_NOOP("KindNames", "ExpressRoute"),
    QT_TRANSLATE_NOOP("KindNames", "Direct Connect"),
    QT_TRANSLATE_NOOP("KindNames", "Transit gateway attachment"),
    QT_TRANSLATE_NOOP("KindNames", "DNS zone link"),
    QT_TRANSLATE_NOOP("KindNames", "DNS forwarding"),
    QT_TRANSLATE_NOOP("KindNames", "Pulls images from"),
    QT_TRANSLATE_NOOP("KindNames", "Networks"),
    QT_TRANSLATE_NOOP("KindNames", "Clusters"),
    QT_TRANSLATE_NOOP("KindNames", "Access"),
    QT_TRANSLATE_NOOP("KindNames", "Connectivity"),
    QT_TRANSLATE_NOOP("KindNames", "DNS"),
    QT_TRANSLATE_NOOP("KindNames", "Clients"),
    QT_TRANSLATE_NOOP("KindNames", "Services"),
};
} // namespace

QString KindNames::name(ElementKind kind)
{
    return QCoreApplication::translate("KindNames", KindRegistry::info(kind).displayName.c_str());
}

QString KindNames::linkName(LinkKind kind)
{
    return QCoreApplication::translate("KindNames", KindRegistry::info(kind).displayName.c_str());
}

QString KindNames::categoryName(KindCategory category)
{
    return QCoreApplication::translate("KindNames",
                                       std::string(KindRegistry::categoryName(category)).c_str());
}

} // namespace kg::ui
