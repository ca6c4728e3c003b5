// The identity stage with principals, roles and mappings as checked facts: AKS role
// assignments for command invoke (AKS-061) and Kubernetes access (KG-016, AKS-063), EKS
// access entries and the aws-auth ConfigMap as the authentication mode reads them (EKS-040).
#include "ScenarioBuilder.h"
#include "text/Sentence.h"

using namespace kg;
using namespace kg::test;

namespace {
constexpr auto Pub = EndpointKind::Public;
constexpr auto Cmd = EndpointKind::RunCommand;
const std::string kBob = "bob@contoso.example";

// A public AKS cluster and Bob's laptop, signed in as bob@contoso.example.
Scenario publicAks()
{
    Scenario s;
    s.vnet("vnet-aks", "10.1.0.0/16", "snet-aks", "10.1.0.0/22");
    s.add("aks", ElementKind::AksCluster, "snet-aks",
          {{"identityType", std::string("UserAssigned")}});
    s.laptop("bob", "203.0.113.7").set("bob", "principal", kBob);
    return s;
}

const PathStep& identityStep(const Path& p)
{
    static const PathStep none;
    for (const PathStep& s : p.steps)
        if (s.stage == Stage::Identity)
            return s;
    ADD_FAILURE() << "no identity step\n" << dump(p);
    return none;
}

std::string param(const PathStep& s, const std::string& key)
{
    for (const auto& [k, v] : s.params)
        if (k == key)
            return v;
    return {};
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}
} // namespace

TEST(AksRunCommandPermissions, NothingListedIsAssumed)
{
    Scenario s = publicAks();
    Path p = s.path("bob", "aks", Cmd);
    EXPECT_EQ(verdict(p), "reachable") << dump(p);
    EXPECT_TRUE(p.assumed);
    EXPECT_TRUE(contains(identityStep(p).text, "lists no role assignments")) << dump(p);
}

TEST(AksRunCommandPermissions, ClusterAdminRoleStartsButCannotRead)
{
    Scenario s = publicAks();
    s.set("aks", "roleAssignments",
          StringList{kBob + " Azure Kubernetes Service Cluster Admin Role"});
    Path p = s.path("bob", "aks", Cmd);
    EXPECT_EQ(verdict(p), "blocked at identity by AKS-061") << dump(p);
    const PathStep& step = identityStep(p);
    EXPECT_TRUE(contains(step.text, "can start a command")) << step.text;
    EXPECT_TRUE(contains(step.text, "commandResults/read is missing")) << step.text;
    EXPECT_EQ(param(step, "canStart"), "yes");
    EXPECT_EQ(param(step, "canRead"), "no");
    EXPECT_TRUE(contains(p.fix.text, std::string(kCommandResultsAction))) << p.fix.text;
    EXPECT_FALSE(contains(p.fix.text, std::string(kRunCommandAction))) << p.fix.text;
    // Reported once command invoke is Bob's only way in: a private cluster he has no route to.
    EXPECT_FALSE(s.hasFinding("AKS-061", Severity::Info)) << "the public endpoint serves him";
    s.set("aks", "apiServerAccessProfile.enablePrivateCluster", true);
    EXPECT_TRUE(s.hasFinding("AKS-061", Severity::Info));

    // The same role by its GUID, as Terraform and az role assignment list print it.
    s.set("aks", "roleAssignments", StringList{kBob + " 0ab0b1a8-8aac-4efd-b8c2-3ee1fb270be8"});
    EXPECT_EQ(param(identityStep(s.path("bob", "aks", Cmd)), "canStart"), "yes");

    // Reader adds commandResults/read (*/read): the two roles together are enough.
    s.set("aks", "roleAssignments",
          StringList{kBob + " Azure Kubernetes Service Cluster Admin Role", kBob + " Reader"});
    Path both = s.path("bob", "aks", Cmd);
    EXPECT_EQ(verdict(both), "reachable") << dump(both);
    EXPECT_FALSE(both.assumed);
    EXPECT_TRUE(contains(identityStep(both).text, "(Reader)")) << identityStep(both).text;
}

TEST(AksRunCommandPermissions, ReaderReadsButCannotStart)
{
    Scenario s = publicAks();
    s.set("aks", "roleAssignments", StringList{kBob + " reader"}); // names compare without case
    Path p = s.path("bob", "aks", Cmd);
    EXPECT_EQ(verdict(p), "blocked at identity by AKS-061") << dump(p);
    EXPECT_TRUE(contains(identityStep(p).text, "cannot start a command")) << dump(p);
    EXPECT_EQ(param(identityStep(p), "canRead"), "yes");
    EXPECT_TRUE(contains(p.fix.text, std::string(kRunCommandAction)));
    EXPECT_FALSE(contains(p.fix.text, std::string(kCommandResultsAction)));
}

TEST(AksRunCommandPermissions, RolesThatCarryBothOrNeither)
{
    Scenario s = publicAks();
    for (const char* role : {"Owner", "Contributor", "Microsoft.ContainerService/managedClusters/*",
                             "Microsoft.ContainerService/managedClusters/runCommand/action "
                             "Microsoft.ContainerService/managedclusters/commandResults/read"}) {
        s.set("aks", "roleAssignments", StringList{kBob + " " + role});
        Path p = s.path("bob", "aks", Cmd);
        EXPECT_EQ(verdict(p), "reachable") << role << "\n" << dump(p);
    }
    // The AKS Contributor Role reads and writes the cluster but runs no commands.
    s.set("aks", "roleAssignments",
          StringList{kBob + " Azure Kubernetes Service Contributor Role"});
    Path p = s.path("bob", "aks", Cmd);
    EXPECT_EQ(verdict(p), "blocked at identity by AKS-061") << dump(p);
    EXPECT_TRUE(contains(identityStep(p).text, "carry neither")) << dump(p);
    // Someone else's role is not Bob's.
    s.set("aks", "roleAssignments", StringList{"ops@contoso.example Owner"});
    Path other = s.path("bob", "aks", Cmd);
    EXPECT_EQ(verdict(other), "blocked at identity by AKS-061") << dump(other);
    EXPECT_TRUE(contains(identityStep(other).text, "holds no role there")) << dump(other);
}

TEST(AksRunCommandPermissions, ThePodNeedsKubernetesAccess)
{
    Scenario s = publicAks();
    s.set("aks", "roleAssignments", StringList{kBob + " Owner"})
        .set("aks", "rbacPrincipals", StringList{"ops@contoso.example"});
    EXPECT_EQ(verdict(s.path("bob", "aks", Cmd)), "blocked at identity by AKS-063");
    s.set("aks", "roleAssignments",
          StringList{kBob + " Owner", kBob + " Azure Kubernetes Service RBAC Writer"});
    EXPECT_EQ(verdict(s.path("bob", "aks", Cmd)), "reachable");
}

TEST(AksKubernetesAccess, AzureRbacRolesAndRoleBindings)
{
    Scenario s = publicAks();
    Path unknown = s.path("bob", "aks", Pub);
    EXPECT_EQ(verdict(unknown), "reachable") << dump(unknown);
    EXPECT_TRUE(unknown.assumed);

    // Once the cluster says who has Kubernetes access, Bob is checked.
    s.set("aks", "roleAssignments",
          StringList{"ops@contoso.example Azure Kubernetes Service RBAC Reader", kBob + " Owner"});
    Path owner = s.path("bob", "aks", Pub);
    EXPECT_EQ(verdict(owner), "blocked at identity by KG-016") << dump(owner);
    EXPECT_TRUE(contains(identityStep(owner).text, "Owner carries no Kubernetes data actions"))
        << dump(owner);

    s.set("aks", "roleAssignments",
          StringList{"ops@contoso.example Azure Kubernetes Service RBAC Reader",
                     kBob + " Azure Kubernetes Service RBAC Cluster Admin"});
    Path admin = s.path("bob", "aks", Pub);
    EXPECT_EQ(verdict(admin), "reachable") << dump(admin);
    EXPECT_FALSE(admin.assumed);
    EXPECT_TRUE(contains(identityStep(admin).text, "cluster admin")) << dump(admin);

    s.set("aks", "roleAssignments", StringList{}).set("aks", "rbacPrincipals", StringList{kBob});
    Path bound = s.path("bob", "aks", Pub);
    EXPECT_EQ(verdict(bound), "reachable");
    EXPECT_TRUE(contains(identityStep(bound).text, "role binding")) << dump(bound);
}

namespace {
const std::string kOps = "arn:aws:iam::111122223333:role/ops";

// A public EKS cluster and a laptop signed in as `principal`.
Scenario publicEks(const std::string& mode, const std::string& principal = kOps)
{
    Scenario s;
    s.vpc("vpc", "20").eks("eks", "vpc", true, false);
    s.set("eks", "accessConfig.authenticationMode", mode);
    s.laptop("lap", "203.0.113.9").set("lap", "principal", principal);
    return s;
}
} // namespace

TEST(EksMappings, AccessEntriesInApiMode)
{
    Scenario s = publicEks("API");
    Path none = s.path("lap", "eks", Pub);
    EXPECT_EQ(verdict(none), "blocked at identity by EKS-040") << dump(none);
    EXPECT_EQ(none.fix.text, "add an access entry for " + kOps + " on eks");
    // The fix is a catalogue sentence, so the designer says it in Chinese too.
    EXPECT_EQ(render(none.fix.sentence, Language::SimplifiedChinese),
              "在 eks 上为 " + kOps + " 添加访问条目");

    // An entry whose policies are not written down holds only as assumed.
    s.set("eks", "accessEntries", StringList{kOps});
    Path bare = s.path("lap", "eks", Pub);
    EXPECT_EQ(verdict(bare), "reachable") << dump(bare);
    EXPECT_TRUE(bare.assumed);

    s.set("eks", "accessEntries", StringList{kOps + " AmazonEKSViewPolicy"});
    Path view = s.path("lap", "eks", Pub);
    EXPECT_EQ(verdict(view), "reachable");
    EXPECT_FALSE(view.assumed);
    EXPECT_TRUE(contains(identityStep(view).text, "AmazonEKSViewPolicy")) << dump(view);

    // aws-auth alone does not count in API mode.
    s.set("eks", "accessEntries", StringList{})
        .set("eks", "awsAuth", StringList{kOps + " system:masters"});
    Path configMap = s.path("lap", "eks", Pub);
    EXPECT_EQ(verdict(configMap), "blocked at identity by EKS-040") << dump(configMap);
    EXPECT_TRUE(contains(identityStep(configMap).text, "does not read")) << dump(configMap);
    EXPECT_EQ(configMap.fix.text, "add an access entry for " + kOps + " on eks");
}

TEST(EksMappings, AwsAuthInConfigMapMode)
{
    Scenario s = publicEks("CONFIG_MAP");
    s.set("eks", "accessEntries", StringList{kOps + " AmazonEKSClusterAdminPolicy"});
    Path entry = s.path("lap", "eks", Pub);
    EXPECT_EQ(verdict(entry), "blocked at identity by EKS-040") << dump(entry);
    EXPECT_TRUE(contains(identityStep(entry).text, "reads only the aws-auth ConfigMap"));
    EXPECT_TRUE(contains(entry.fix.text, "API_AND_CONFIG_MAP")) << entry.fix.text;
    EXPECT_EQ(render(entry.fix.sentence, Language::SimplifiedChinese),
              "将 eks 的身份验证模式切换为 API_AND_CONFIG_MAP，该模式也读取访问条目");

    s.set("eks", "awsAuth", StringList{kOps + " system:masters"});
    Path mapped = s.path("lap", "eks", Pub);
    EXPECT_EQ(verdict(mapped), "reachable") << dump(mapped);
    EXPECT_TRUE(contains(identityStep(mapped).text, "group system:masters")) << dump(mapped);

    // Both read in API_AND_CONFIG_MAP.
    s.set("eks", "accessConfig.authenticationMode", std::string("API_AND_CONFIG_MAP"))
        .set("eks", "awsAuth", StringList{});
    EXPECT_EQ(verdict(s.path("lap", "eks", Pub)), "reachable");
}

TEST(EksMappings, SessionsOfARoleAndPathsInAwsAuth)
{
    const std::string session = "arn:aws:sts::111122223333:assumed-role/ops/alice";
    Scenario s = publicEks("API_AND_CONFIG_MAP", session);
    // An access entry names the role with its path; a session of the role matches it.
    s.set("eks", "accessEntries",
          StringList{"arn:aws:iam::111122223333:role/teams/ops AmazonEKSEditPolicy"});
    EXPECT_EQ(verdict(s.path("lap", "eks", Pub)), "reachable");
    // Another account's role of the same name does not.
    s.set("eks", "accessEntries",
          StringList{"arn:aws:iam::444455556666:role/ops AmazonEKSEditPolicy"});
    EXPECT_EQ(verdict(s.path("lap", "eks", Pub)), "blocked at identity by EKS-040");

    // aws-auth compares role ARNs without their path: written with one, it matches nobody.
    s.set("eks", "accessEntries", StringList{})
        .set("eks", "awsAuth",
             StringList{"arn:aws:iam::111122223333:role/teams/ops system:masters"});
    Path withPath = s.path("lap", "eks", Pub);
    EXPECT_EQ(verdict(withPath), "blocked at identity by EKS-040") << dump(withPath);
    EXPECT_TRUE(contains(identityStep(withPath).text, "with its path")) << dump(withPath);
    EXPECT_EQ(withPath.fix.text, "write the role in the aws-auth ConfigMap of eks as " + kOps);
    EXPECT_EQ(render(withPath.fix.sentence, Language::SimplifiedChinese),
              "在 eks 的 aws-auth ConfigMap 中将该角色写为 " + kOps);
    s.set("eks", "awsAuth", StringList{kOps + " system:masters"});
    EXPECT_EQ(verdict(s.path("lap", "eks", Pub)), "reachable");
}
