#pragma once

// Builds analysis scenarios in a few lines each: networks, subnets, clusters and clients with
// just the properties a scenario is about. Geometry is irrelevant to the analysis.
#include "analysis/Analyzer.h"
#include "model/Design.h"
#include "model/DesignChecker.h"

#include <gtest/gtest.h>
#include <string>

namespace kg::test {

class Scenario
{
public:
    Scenario& add(std::string id, ElementKind kind, std::string parent = {}, PropertyMap props = {})
    {
        Element e;
        e.id = id;
        e.name = id;
        e.kind = kind;
        e.parent = std::move(parent);
        e.properties = std::move(props);
        m_design.insertElement(std::move(e));
        return *this;
    }
    Scenario& link(std::string id, LinkKind kind, std::string from, std::string to,
                   PropertyMap props = {})
    {
        Link l{std::move(id), kind, std::move(from), std::move(to), std::move(props)};
        m_design.insertLink(std::move(l));
        return *this;
    }
    Scenario& set(const std::string& id, const std::string& key, PropertyValue value)
    {
        Element e = *m_design.element(id);
        e.properties[key] = std::move(value);
        m_design.replaceElement(std::move(e));
        return *this;
    }
    Scenario& remove(const std::string& id)
    {
        if (m_design.link(id))
            m_design.eraseLink(id);
        else
            m_design.eraseElement(id);
        return *this;
    }

    // Azure: a VNet with one subnet.
    Scenario& vnet(const std::string& id, const std::string& space, const std::string& subnet,
                   const std::string& prefix)
    {
        add(id, ElementKind::AzureVnet, {}, {{"addressSpace", StringList{space}}});
        return add(subnet, ElementKind::AzureSubnet, id, {{"addressPrefix", prefix}});
    }
    // AWS: a VPC with an internet gateway, a public subnet (a) with a NAT gateway and two
    // private subnets (b, c) in two zones routed to the NAT.
    Scenario& vpc(const std::string& id, const std::string& octet)
    {
        const std::string base = "10." + octet + ".";
        add(id, ElementKind::AwsVpc, {}, {{"cidrBlocks", StringList{base + "0.0/16"}}});
        add(id + "-igw", ElementKind::AwsInternetGateway, id);
        add(id + "-public", ElementKind::AwsSubnet, id,
            {{"cidrBlock", base + "0.0/24"},
             {"availabilityZone", std::string("us-east-1a")},
             {"defaultRoute", id + "-igw"}});
        add(id + "-nat", ElementKind::AwsNatGateway, id + "-public",
            {{"publicIp", std::string("198.51.100.40")}});
        add(id + "-private-a", ElementKind::AwsSubnet, id,
            {{"cidrBlock", base + "10.0/24"},
             {"availabilityZone", std::string("us-east-1a")},
             {"defaultRoute", id + "-nat"}});
        return add(id + "-private-b", ElementKind::AwsSubnet, id,
                   {{"cidrBlock", base + "11.0/24"},
                    {"availabilityZone", std::string("us-east-1b")},
                    {"defaultRoute", id + "-nat"}});
    }
    Scenario& eks(const std::string& id, const std::string& vpcId, bool pub, bool priv,
                  StringList cidrs = {})
    {
        return add(id, ElementKind::EksCluster, vpcId,
                   {{"resourcesVpcConfig.endpointPublicAccess", pub},
                    {"resourcesVpcConfig.endpointPrivateAccess", priv},
                    {"resourcesVpcConfig.publicAccessCidrs", std::move(cidrs)},
                    {"resourcesVpcConfig.subnetIds",
                     StringList{vpcId + "-private-a", vpcId + "-private-b"}},
                    {"resourcesVpcConfig.clusterSecurityGroupId", id + "-sg"}})
            .add(id + "-sg", ElementKind::AwsSecurityGroup, vpcId,
                 {{"ingress443", StringList{id + "-sg"}}});
    }
    Scenario& laptop(const std::string& id, const std::string& ip)
    {
        return add(id, ElementKind::Laptop, {}, {{"egressIPs", StringList{ip}}});
    }

    const Design& design() const { return m_design; }

    Path path(const std::string& client, const std::string& cluster, EndpointKind endpoint,
              const std::string& endpointElement = {}) const
    {
        auto problems = DesignChecker::check(m_design);
        EXPECT_TRUE(problems.empty()) << (problems.empty() ? "" : render(problems.front().text, Language::English));
        auto p = Analyzer::explain(m_design, client, cluster, endpoint, endpointElement);
        EXPECT_TRUE(p.has_value())
            << client << " -> " << cluster << " has no " << toString(endpoint) << " path";
        return p.value_or(Path{});
    }

    bool hasFinding(const std::string& rule, Severity severity) const
    {
        for (const auto& f : Analyzer::run(m_design).findings) {
            if (f.rule == rule && f.severity == severity)
                return true;
        }
        return false;
    }

private:
    Design m_design;
};

// "reachable" or "blocked at <stage> by <rule>", for readable assertions.
inline std::string verdict(const Path& p)
{
    if (p.reachable)
        return "reachable";
    if (p.blockedStep < 0 || p.blockedStep >= static_cast<int>(p.steps.size()))
        return "blocked (no step)";
    const PathStep& s = p.steps[static_cast<std::size_t>(p.blockedStep)];
    return "blocked at " + std::string(toString(s.stage)) + " by " + s.rule;
}

inline std::string dump(const Path& p)
{
    std::string out = verdict(p) + "\n";
    for (const auto& s : p.steps)
        out += "  " + std::string(toString(s.stage)) + (s.ok ? " ok " : " BLOCKED ") + s.rule +
               ": " + s.text + "\n";
    if (!p.reachable)
        out += "  fix: " + p.fix.text + "\n";
    return out;
}

inline bool hasStep(const Path& p, const std::string& rule)
{
    for (const auto& s : p.steps) {
        if (s.rule == rule)
            return true;
    }
    return false;
}

} // namespace kg::test
