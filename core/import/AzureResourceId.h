#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kg {

// The parts of an Azure resource id that place a resource in a design:
// /subscriptions/S/resourceGroups/RG/providers/Microsoft.Network/virtualNetworks/V/subnets/N.
class AzureResourceId
{
public:
    // nullopt when `id` is not a resource id.
    static std::optional<AzureResourceId> parse(std::string_view id);

    const std::string& resourceGroup() const { return m_resourceGroup; }
    // The last name in the id ("N" above) and its type ("subnets").
    const std::string& name() const { return m_name; }
    const std::string& type() const { return m_type; }
    // For a subnet id: the id of its virtual network; otherwise empty.
    const std::string& parentId() const { return m_parentId; }
    const std::string& parentName() const { return m_parentName; }

    bool isSubnet() const;
    bool isPrivateDnsZone() const;

    // Ids compare case-insensitively (ARM is case-insensitive; tools differ in casing).
    static std::string key(std::string_view id);

private:
    std::string m_resourceGroup;
    std::string m_name;
    std::string m_type;
    std::string m_parentId;
    std::string m_parentName;
};

} // namespace kg
