#include "iac/IacWriter.h"

#include "iac/IacFormats.h"

#include <cctype>

namespace kg {

namespace iac {

std::string Identifiers::of(const std::string& id)
{
    std::string out;
    for (char c : id)
        out += (std::isalnum(static_cast<unsigned char>(c)) != 0) ? c : '_';
    if (out.empty() || std::isdigit(static_cast<unsigned char>(out.front())) != 0)
        out.insert(out.begin(), 'c');
    return out;
}

std::string Identifiers::unique(const std::string& id)
{
    const std::string stem = of(id);
    std::string name = stem;
    for (int n = 2; !m_used.insert(name).second; ++n)
        name = stem + "_" + std::to_string(n);
    return name;
}

const std::string& regionOf(const Element& cluster)
{
    return cluster.kind == ElementKind::EksCluster ? cluster.stringValue("region")
                                                   : cluster.stringValue("location");
}

AksPlace aksPlace(const Design& design, const Element& cluster)
{
    AksPlace place;
    auto vnetOf = [&](const std::string& subnet) {
        const Element* s = design.element(subnet);
        return s ? s->parent : std::string();
    };
    if (const Element* s = design.element(cluster.parent);
        s && s->kind == ElementKind::AzureSubnet) {
        place.nodeSubnet = s->id;
        place.nodeVnet = s->parent;
    }
    place.apiSubnet = cluster.stringValue(kSubnet);
    place.apiVnet = vnetOf(place.apiSubnet);
    const std::string& zone = cluster.stringValue(kZone);
    if (zone != "System" && zone != "None") {
        place.zoneId = zone;
        if (const Element* z = design.element(zone))
            place.zoneName = z->stringValue("zoneName");
    }
    return place;
}

} // namespace iac

std::optional<IacWriter::Format> IacWriter::formatForPath(std::string_view path)
{
    auto ends = [&](std::string_view ext) {
        return path.size() > ext.size() && path.substr(path.size() - ext.size()) == ext;
    };
    if (ends(".sh"))
        return Format::AzureCli;
    if (ends(".bicep"))
        return Format::Bicep;
    if (ends(".tf"))
        return Format::Terraform;
    if (ends(".yaml") || ends(".yml"))
        return Format::Eksctl;
    return std::nullopt;
}

std::optional<IacWriter::Format> IacWriter::formatForName(std::string_view name)
{
    if (name == "azcli" || name == "awscli" || name == "cli")
        return Format::AzureCli;
    if (name == "bicep")
        return Format::Bicep;
    if (name == "terraform")
        return Format::Terraform;
    if (name == "eksctl")
        return Format::Eksctl;
    return std::nullopt;
}

std::string IacWriter::write(const Design& design, Format format)
{
    std::string out;
    switch (format) {
    case Format::AzureCli:
        iac::writeShell(design, out);
        break;
    case Format::Bicep:
        iac::writeBicep(design, out);
        break;
    case Format::Terraform:
        iac::writeTerraform(design, out);
        break;
    case Format::Eksctl:
        iac::writeEksctl(design, out);
        break;
    }
    return out;
}

} // namespace kg
