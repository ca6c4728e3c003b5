#include "import/AzureResourceId.h"

#include "import/ImportNormalizer.h"

#include <algorithm>
#include <vector>

namespace kg {

namespace {

std::vector<std::string_view> segments(std::string_view id)
{
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= id.size()) {
        std::size_t slash = id.find('/', start);
        if (slash == std::string_view::npos)
            slash = id.size();
        if (slash > start)
            out.push_back(id.substr(start, slash - start));
        start = slash + 1;
    }
    return out;
}

} // namespace

std::optional<AzureResourceId> AzureResourceId::parse(std::string_view id)
{
    if (id.empty() || id.front() != '/')
        return std::nullopt;
    std::vector<std::string_view> s = segments(id);
    // subscriptions S resourceGroups RG providers NS type name [type name]...
    if (s.size() < 8 || ImportNormalizer::lower(s[0]) != "subscriptions" ||
        ImportNormalizer::lower(s[2]) != "resourcegroups" ||
        ImportNormalizer::lower(s[4]) != "providers" || (s.size() - 6) % 2 != 0)
        return std::nullopt;
    AzureResourceId r;
    r.m_resourceGroup = std::string(s[3]);
    r.m_type = std::string(s[s.size() - 2]);
    r.m_name = std::string(s[s.size() - 1]);
    if (s.size() >= 10) {
        r.m_parentName = std::string(s[s.size() - 3]);
        std::size_t cut = id.rfind('/');
        cut = id.rfind('/', cut - 1);
        r.m_parentId = std::string(id.substr(0, cut));
    }
    return r;
}

bool AzureResourceId::isSubnet() const
{
    return ImportNormalizer::lower(m_type) == "subnets" && !m_parentId.empty();
}

bool AzureResourceId::isPrivateDnsZone() const
{
    return ImportNormalizer::lower(m_type) == "privatednszones";
}

std::string AzureResourceId::key(std::string_view id)
{
    std::string k = ImportNormalizer::lower(id);
    while (!k.empty() && k.back() == '/')
        k.pop_back();
    return k;
}

} // namespace kg
