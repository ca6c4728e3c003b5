// The forms of role assignments, access entries and aws-auth entries, and what built-in
// Azure roles carry, checked against their published definitions.
#include "model/AzureRoles.h"
#include "model/EksMapping.h"
#include "model/RoleAssignment.h"
#include "model/TextForm.h"

#include <gtest/gtest.h>

using namespace kg;

TEST(AzureRoles, ActionPatterns)
{
    EXPECT_TRUE(actionMatches("*", kRunCommandAction));
    EXPECT_TRUE(actionMatches("*/read", kCommandResultsAction));
    EXPECT_FALSE(actionMatches("*/read", kRunCommandAction));
    EXPECT_TRUE(actionMatches("microsoft.containerservice/*", kRunCommandAction));
    EXPECT_TRUE(
        actionMatches("Microsoft.ContainerService/managedClusters/*/read", kCommandResultsAction));
    EXPECT_FALSE(
        actionMatches("Microsoft.ContainerService/managedClusters/read", kCommandResultsAction));
    EXPECT_FALSE(actionMatches("Microsoft.Compute/*", kRunCommandAction));
}

TEST(AzureRoles, BuiltInDefinitions)
{
    const AzureRole* owner = AzureRoles::find("owner");
    const AzureRole* contributor = AzureRoles::find("Contributor");
    const AzureRole* reader = AzureRoles::find("acdd72a7-3385-48ef-bd42-f606fba81ae7");
    const AzureRole* admin = AzureRoles::find("Azure Kubernetes Service Cluster Admin Role");
    const AzureRole* user = AzureRoles::find("Azure Kubernetes Service Cluster User Role");
    ASSERT_TRUE(owner && contributor && reader && admin && user);
    EXPECT_EQ(reader->name, "Reader");
    EXPECT_TRUE(owner->grants("Microsoft.Authorization/roleAssignments/write"));
    EXPECT_FALSE(contributor->grants("Microsoft.Authorization/roleAssignments/write"));
    EXPECT_TRUE(contributor->grants(kRunCommandAction));
    EXPECT_TRUE(contributor->grants(kCommandResultsAction));
    EXPECT_TRUE(reader->grants(kCommandResultsAction));
    EXPECT_FALSE(reader->grants(kRunCommandAction));
    EXPECT_TRUE(admin->grants(kRunCommandAction));
    EXPECT_FALSE(admin->grants(kCommandResultsAction));
    EXPECT_FALSE(user->grants(kRunCommandAction));
    EXPECT_EQ(AzureRoles::find("Azure Kubernetes Service RBAC Reader")->kubernetesAccess,
              "read-only");
    EXPECT_TRUE(owner->kubernetesAccess.empty()) << "Owner has no data actions";
    EXPECT_EQ(AzureRoles::find("Global Administrator"), nullptr);
}

TEST(RoleAssignmentForm, ReadsRolesAndActions)
{
    auto builtIn =
        RoleAssignment::parse("bob@contoso.example   Azure Kubernetes Service  RBAC Reader");
    ASSERT_TRUE(builtIn);
    EXPECT_EQ(builtIn->principal, "bob@contoso.example");
    ASSERT_NE(builtIn->role, nullptr);
    EXPECT_EQ(builtIn->kubernetesAccess(), "read-only");

    auto custom = RoleAssignment::parse("ci-bot " + std::string(kRunCommandAction));
    ASSERT_TRUE(custom);
    EXPECT_EQ(custom->role, nullptr);
    EXPECT_TRUE(custom->grants(kRunCommandAction));
    EXPECT_FALSE(custom->grants(kCommandResultsAction));
    EXPECT_EQ(custom->roleLabel(), "a custom role");
}

TEST(RoleAssignmentForm, RefusesWithWhatIsWrong)
{
    auto refused = [](const std::string& text, const std::string& part) {
        const std::string why =
            render(textFormProblem(TextForm::RoleAssignment, text), Language::English);
        EXPECT_NE(why.find(part), std::string::npos) << text << ": " << why;
        EXPECT_FALSE(RoleAssignment::parse(text)) << text;
    };
    refused("bob@contoso.example", "<principal> <role>");
    refused("bob@contoso.example Global Administrator", "neither a built-in role");
    refused("bob@contoso.example Microsoft.ContainerService/x;rm", "neither a built-in role");
    refused("bob@contoso.example $(id)", "neither a built-in role");
    refused("arn:aws:iam::111122223333:role/ops Owner", "Microsoft Entra");
    refused("bob\"x Owner", "starts with");
    EXPECT_TRUE(textFormProblem(TextForm::RoleAssignment, "bob Owner").empty());
}

TEST(EksMappingForm, ReadsPoliciesAndGroups)
{
    auto entry = EksMapping::parse(
        "arn:aws:iam::111122223333:role/ops arn:aws:eks::aws:cluster-access-policy/"
        "AmazonEKSViewPolicy developers",
        EksMapping::Source::AccessEntry);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->policies, std::vector<std::string>{"AmazonEKSViewPolicy"});
    EXPECT_EQ(entry->groups, std::vector<std::string>{"developers"});
    EXPECT_EQ(entry->grantsText(), "AmazonEKSViewPolicy, group developers");
    auto bare =
        EksMapping::parse("arn:aws:iam::111122223333:user/alice", EksMapping::Source::AwsAuth);
    ASSERT_TRUE(bare);
    EXPECT_FALSE(bare->describesPermissions());
}

TEST(EksMappingForm, RefusesWithWhatIsWrong)
{
    auto refused = [](TextForm form, const std::string& text, const std::string& part) {
        const std::string why = render(textFormProblem(form, text), Language::English);
        EXPECT_NE(why.find(part), std::string::npos) << text << ": " << why;
    };
    refused(TextForm::EksAccessEntry, "ops AmazonEKSViewPolicy", "IAM role or user ARN");
    refused(TextForm::AwsAuthEntry, "arn:aws:iam::111122223333:role/ops AmazonEKSViewPolicy",
            "Kubernetes groups only");
    refused(TextForm::EksAccessEntry, "arn:aws:iam::111122223333:role/ops dev;rm",
            "neither an EKS access policy");
    refused(TextForm::EksAccessEntry,
            "arn:aws:iam::111122223333:role/ops arn:aws:eks::aws:cluster-access-policy/x",
            "not an EKS access policy");
    refused(TextForm::EksAccessEntry, "arn:aws:s3:::bucket/key", "IAM role or user ARN");
    EXPECT_TRUE(
        textFormProblem(TextForm::AwsAuthEntry, "arn:aws:iam::111122223333:role/ops system:masters")
            .empty());
}

TEST(EksMappingForm, WhoMatches)
{
    using M = EksMapping::Match;
    auto entry = [](const std::string& text, EksMapping::Source s) {
        return *EksMapping::parse(text, s);
    };
    const auto access = EksMapping::Source::AccessEntry;
    const auto awsAuth = EksMapping::Source::AwsAuth;
    const std::string session = "arn:aws:sts::111122223333:assumed-role/ops/alice";
    EXPECT_EQ(entry("arn:aws:iam::111122223333:role/ops", access).matches(session), M::Yes);
    EXPECT_EQ(entry("arn:aws:iam::111122223333:role/a/ops", access).matches(session), M::Yes);
    EXPECT_EQ(entry("arn:aws:iam::111122223333:role/a/ops", access)
                  .matches("arn:aws:iam::111122223333:role/b/ops"),
              M::No);
    EXPECT_EQ(entry("arn:aws:iam::111122223333:role/ops", access)
                  .matches("arn:aws-cn:sts::111122223333:assumed-role/ops/alice"),
              M::No);
    EXPECT_EQ(entry("arn:aws:iam::111122223333:role/a/ops", awsAuth).matches(session),
              M::PathInAwsAuth);
    EXPECT_EQ(entry("arn:aws:iam::111122223333:role/ops", awsAuth)
                  .matches("arn:aws:iam::111122223333:role/a/ops"),
              M::Yes);
    EXPECT_EQ(entry("arn:aws:iam::111122223333:user/alice", awsAuth)
                  .matches("arn:aws:iam::111122223333:user/bob"),
              M::No);
}
