// The forms of text values that reach generated code: each accepts what the clouds accept and
// refuses anything that could carry syntax, with a sentence that says why.
#include "model/TextForm.h"

#include <gtest/gtest.h>

using namespace kg;

namespace {
bool ok(TextForm form, const std::string& text)
{
    return textFormProblem(form, text).empty();
}

// What textProblem() says, in English ("" when the text is fine).
std::string problemOf(std::string_view text, bool multiline)
{
    return render(textProblem(text, multiline), Language::English);
}
} // namespace

TEST(TextFormTest, TextProblemsNameTheCharacterAndWhere)
{
    EXPECT_EQ(problemOf("plain name, 中文", false), "");
    EXPECT_EQ(problemOf("two\nlines", true), "");
    EXPECT_EQ(problemOf("two\nlines", false),
              "contains a control character (U+000A) at character 4");
    EXPECT_EQ(problemOf("ab\xe2\x80\xae"
                        "cd",
                        false),
              "contains a right-to-left override (U+202E) at character 3; bidirectional control "
              "characters would reverse how the text is shown");
    EXPECT_NE(problemOf("x\xe2\x81\xa6y", true).find("a left-to-right isolate (U+2066)"),
              std::string::npos);
    EXPECT_NE(problemOf("\xe2\x80\x8f", true).find("U+200F"), std::string::npos);
    EXPECT_NE(problemOf("\xd8\x9c", true).find("U+061C"), std::string::npos);
    EXPECT_NE(problemOf("line\xe2\x80\xa8sep", false).find("U+2028"), std::string::npos);
    EXPECT_NE(problemOf("nel\xc2\x85", false).find("U+0085"), std::string::npos);
    EXPECT_EQ(problemOf("bad\xff", false), "is not valid UTF-8 (byte 4)");
    EXPECT_EQ(problemOf("\xc0\xaf", false), "is not valid UTF-8 (byte 1)");     // overlong '/'
    EXPECT_EQ(problemOf("\xed\xa0\x80", false), "is not valid UTF-8 (byte 1)"); // surrogate
}

TEST(TextFormTest, CleanedTextDropsWhatTextProblemRefuses)
{
    EXPECT_EQ(cleanedText("a\nb\xe2\x80\xae"
                          "c\xff"),
              "a bc ");
    EXPECT_EQ(problemOf(cleanedText("x\x01\xe2\x80\xa8y\xe2\x81\xa9"), false), "");
}

TEST(TextFormTest, AzureLocations)
{
    for (const char* good : {"eastus", "westeurope", "eastus2euap", "usgovvirginia"})
        EXPECT_TRUE(ok(TextForm::AzureLocation, good)) << good;
    for (const char* bad : {"East US", "eastus;touch x", "eastus'", "2eastus", "east-us", "$(id)"})
        EXPECT_FALSE(ok(TextForm::AzureLocation, bad)) << bad;
    EXPECT_TRUE(ok(TextForm::AzureLocation, "")); // unset
    EXPECT_EQ(azureLocationName("East US 2"), "eastus2");
    EXPECT_EQ(azureLocationName("eastus;x"), "eastus;x");
}

TEST(TextFormTest, AwsRegionsAndZones)
{
    for (const char* good :
         {"us-east-1", "us-gov-west-1", "ap-southeast-2", "eu-isoe-west-1", "cn-north-1"})
        EXPECT_TRUE(ok(TextForm::AwsRegion, good)) << good;
    for (const char* bad : {"us-east", "useast1", "us-east-1a", "US-EAST-1", "us-east-1$(id)",
                            "us-east-1\n", "u-east-1"})
        EXPECT_FALSE(ok(TextForm::AwsRegion, bad)) << bad;
    EXPECT_TRUE(ok(TextForm::AwsZone, "us-east-1a"));
    EXPECT_TRUE(ok(TextForm::AwsZone, "use1-az1"));
    EXPECT_FALSE(ok(TextForm::AwsZone, "us-east-1"));
    EXPECT_FALSE(ok(TextForm::AwsZone, "use1-azx"));
}

TEST(TextFormTest, DnsNamesAndLabels)
{
    for (const char* good : {"privatelink.eastus.azmk8s.io", "private.westus3.azmk8s.io.",
                             "0f1e2d3c-4b5a.privatelink.uksouth.azmk8s.io", "_acme.example"})
        EXPECT_TRUE(ok(TextForm::DnsName, good)) << good;
    for (const char* bad : {"zone\"}", "a..b", "-a.b", "a b", "${x}.io",
                            "a.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
        EXPECT_FALSE(ok(TextForm::DnsName, bad)) << bad;
    EXPECT_TRUE(ok(TextForm::DnsLabel, "aks-pay-1"));
    EXPECT_FALSE(ok(TextForm::DnsLabel, "aks_pay"));
    EXPECT_FALSE(ok(TextForm::DnsLabel, "aks.pay"));
    EXPECT_FALSE(ok(TextForm::DnsLabel, std::string(55, 'a')));
}

TEST(TextFormTest, ResourceIdsPrincipalsAndRecords)
{
    EXPECT_TRUE(ok(TextForm::AzureResourceId,
                   "/subscriptions/0000/resourceGroups/rg-1(a)/providers/Microsoft.Network/"
                   "publicIPPrefixes/prefix-1"));
    EXPECT_FALSE(ok(TextForm::AzureResourceId, "subscriptions/x/y"));
    EXPECT_FALSE(ok(TextForm::AzureResourceId, "/subscriptions/x/resourceGroups/r g/p/q"));
    EXPECT_FALSE(ok(TextForm::AzureResourceId, "/subscriptions/x/resourceGroups/'$(id)'/p"));
    for (const char* good :
         {"arn:aws:iam::111122223333:role/ops", "arn:aws-us-gov:iam::111122223333:user/path/alice",
          "arn:aws:sts::111122223333:assumed-role/ops/session", "alice@contoso.example",
          "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "aks-admins"})
        EXPECT_TRUE(ok(TextForm::Principal, good)) << good;
    for (const char* bad : {"arn:aws:iam::1234:role/ops", "arn:aws:iam::111122223333:role/a b",
                            "alice smith", "alice;rm", "arn:gcp:iam::111122223333:role/x"})
        EXPECT_FALSE(ok(TextForm::Principal, bad)) << bad;
    EXPECT_TRUE(ok(TextForm::DnsRecord, "aks-pay=10.0.1.4"));
    EXPECT_TRUE(ok(TextForm::DnsRecord, "@=fd00::4"));
    EXPECT_FALSE(ok(TextForm::DnsRecord, "aks-pay"));
    EXPECT_FALSE(ok(TextForm::DnsRecord, "aks pay=10.0.1.4"));
}

TEST(TextFormTest, NamesAndNotesHaveLimits)
{
    EXPECT_TRUE(nameProblem(std::string(200, 'x')).empty());
    EXPECT_EQ(render(nameProblem(std::string(201, 'x')), Language::English),
              "is 201 bytes long; the limit is 200");
    EXPECT_EQ(render(nameProblem(std::string(201, 'x')), Language::SimplifiedChinese),
              "长 201 字节；上限为 200 字节");
    EXPECT_FALSE(nameProblem("a\nb").empty());
    EXPECT_TRUE(notesProblem("a\nb").empty());
    EXPECT_FALSE(notesProblem("a\xe2\x80\xae").empty());
}
