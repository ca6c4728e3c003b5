// Every file under tests/data/bad/ must be refused with a message that says where and what.
// The table below is the contract; a file without an entry fails AllBadFilesAreCovered.
#include "io/DesignJson.h"
#include "io/JsonText.h"
#include "model/Limits.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>

using namespace kg;

namespace {

struct BadCase
{
    const char* file;
    const char* message;  // must appear in the first error's message
    const char* location; // must appear in the formatted error ("file:3:14" or a JSON pointer)
};

const BadCase kCases[] = {
    {"syntax-error.kubegate", "not valid JSON", "syntax-error.kubegate:3:16"},
    {"truncated.kubegate", "not valid JSON", "truncated.kubegate:6:1"},
    {"empty.kubegate", "the file is empty", ""},
    {"whitespace-only.kubegate", "the file is empty", ""},
    {"json-array.kubegate", "holds a JSON array", ""},
    {"json-string.kubegate", "holds a single JSON string", ""},
    {"az-aks-show.json",
     "this is `az aks show` output, not a Kubegate design: use `kubegate import`", ""},
    {"aws-eks-describe.json", "this is `aws eks describe-cluster` output", ""},
    {"terraform-show.json", "this is `terraform show -json` output", ""},
    {"other-format.kubegate", "the format is \"drawio\", not \"kubegate\"", ""},
    {"no-header.kubegate", "no \"format\": \"kubegate\" header", ""},
    {"newer-version.kubegate", "saved by a newer Kubegate (file format version 99", "at /version"},
    {"version-string.kubegate", "\"version\" must be an integer, found a string", "at /version"},
    {"version-zero.kubegate", "version 0 does not exist", "at /version"},
    {"missing-elements.kubegate", "missing \"elements\"", "at /elements"},
    {"elements-not-array.kubegate", "\"elements\" must be an array, found an object",
     "at /elements"},
    {"unknown-kind.kubegate", "unknown element kind 'azure.vnett'; did you mean 'azure.vnet'?",
     "at /elements/0/kind ('vnet-hub')"},
    {"wrong-type-name.kubegate", "\"name\" must be a string, found an integer",
     "at /elements/0/name ('vnet-hub')"},
    {"wrong-type-property.kubegate",
     "apiServerAccessProfile.enablePrivateCluster: expected boolean, found a string",
     "at /elements/2/properties/apiServerAccessProfile/enablePrivateCluster ('aks-1')"},
    {"unknown-property.kubegate",
     "unknown property \"apiServerAccessProfile.authorizedIpRanges\" for aks.cluster; did you "
     "mean 'apiServerAccessProfile.authorizedIPRanges'?",
     "at /elements/2/properties/apiServerAccessProfile/authorizedIpRanges ('aks-1')"},
    {"dangling-parent.kubegate", "parent 'vnet-gone' does not exist",
     "at /elements/1/parent ('snet-a')"},
    {"dangling-link.kubegate", "link end 'vnet-gone' does not exist", "at /links/0/to ('peer-1')"},
    {"duplicate-id.kubegate", "duplicate id 'vnet-hub' (first used at /elements/0)",
     "at /elements/2/id"},
    {"containment-cycle.kubegate", "containment cycle", "('vnet-hub')"},
    {"invalid-cidr.kubegate",
     "'10.0.1.0/33' is not a valid CIDR: prefix length /33 is longer than 32 bits",
     "at /elements/1/properties/addressPrefix ('snet-a')"},
    {"invalid-cidr-in-list.kubegate", "entry 1: 'bogus/24' is not a valid CIDR",
     "at /elements/2/properties/apiServerAccessProfile/authorizedIPRanges ('aks-1')"},
    {"invalid-ip.kubegate", "'300.1.1.1' is not a valid IPv4 or IPv6 address",
     "at /elements/0/properties/egressIPs ('laptop-1')"},
    {"name-too-long.kubegate", "\"name\" is 201 bytes long; the limit is 200",
     "at /elements/0/name"},
    {"too-deep.kubegate", "JSON nested more than 64 levels deep", ""},
    {"invalid-utf8.kubegate", "invalid UTF-8 (byte 0xE9)", "invalid-utf8.kubegate:4:16"},
    {"utf16.kubegate", "encoded as UTF-16", ""},
    {"binary-nul.kubegate", "contains a NUL byte", "binary-nul.kubegate:1:37"},
    {"impossible-nesting.kubegate",
     "an azure.subnet cannot be placed inside 'laptop-1' (client.laptop); it can be placed in an "
     "azure.vnet",
     "at /elements/1/parent ('snet-a')"},
    {"subnet-at-top-level.kubegate", "an azure.subnet must be placed inside an azure.vnet",
     "at /elements/0/parent ('snet-a')"},
    {"invalid-id.kubegate", "invalid id 'vnet hub': the id may only contain", "at /elements/0/id"},
    {"unknown-link-kind.kubegate", "unknown link kind 'peerring'; did you mean 'peering'?",
     "at /links/0/kind ('l1')"},
    {"wrong-link-end.kubegate", "a dnsZoneLink link cannot start at 'laptop-1' (client.laptop)",
     "at /links/0/from ('zl-1')"},
    {"self-link.kubegate", "cannot connect 'vnet-hub' to itself", "at /links/0/to ('p1')"},
    {"bad-enum.kubegate", "'premium' is not one of \"standard\", \"basic\"",
     "at /elements/2/properties/loadBalancerSku ('aks-1')"},
    {"negative-size.kubegate", "\"width\" is out of range (-5)",
     "at /elements/0/geometry/width ('vnet-hub')"},
    {"reference-wrong-kind.kubegate",
     "apiServerAccessProfile.subnetId refers to 'vnet-hub', which is an azure.vnet; expected an "
     "azure.subnet",
     "at /elements/2/properties/apiServerAccessProfile/subnetId ('aks-1')"},
    {"dangling-reference.kubegate",
     "apiServerAccessProfile.privateDNSZone refers to 'zone-gone', which does not exist",
     "at /elements/2/properties/apiServerAccessProfile/privateDNSZone ('aks-1')"},
    {"unknown-top-level-key.kubegate",
     "unknown top-level key \"elemnts\"; did you mean 'elements'?", "at /elemnts"},
    {"unknown-element-key.kubegate", "unknown key \"parnet\"; did you mean 'parent'?",
     "at /elements/0/parnet ('vnet-hub')"},
    {"element-not-object.kubegate", "an element must be an object, found an integer",
     "at /elements/0"},
    {"control-character-in-name.kubegate",
     "\"name\" contains a control character (U+0007) at character 5", "at /elements/0/name"},
    {"bidi-in-name.kubegate",
     "\"name\" contains a right-to-left override (U+202E) at character 4; bidirectional "
     "control characters would reverse how the text is shown",
     "at /elements/0/name ('vnet-hub')"},
    {"bidi-in-notes.kubegate", "\"notes\" contains a right-to-left isolate (U+2067)", "at /notes"},
    {"hostile-location.kubegate",
     "location: 'eastus;touch x' is not an Azure location: use its name as az account "
     "list-locations prints it",
     "at /elements/0/properties/location ('vnet-hub')"},
    {"hostile-region.kubegate",
     "region: 'us-east-1$(id)' is not an AWS Region code (for example us-east-1",
     "at /elements/0/properties/region ('vpc-a')"},
    {"hostile-zone-name.kubegate",
     "zoneName: 'privatelink.eastus.azmk8s.io\"} resource' contains a control character "
     "(U+000A)",
     "at /elements/0/properties/zoneName ('zone-a')"},
    {"bad-principal-arn.kubegate", "principal: 'arn:aws:iam::1234:role/x y' is not an IAM ARN",
     "at /elements/1/properties/principal ('pc')"},
    {"drawio-diagram.kubegate", "this is a draw.io diagram", ""},
    {"kubeconfig.kubegate", "this looks like YAML (a kubeconfig or Kubernetes manifest)", ""},
    {"missing-id.kubegate", "missing \"id\"", "at /elements/0"},
    {"number-out-of-range.kubegate", "not valid JSON: the number '1e999' is out of range", ""},
    {"cross-cloud-peering.kubegate",
     "a peering joins two networks of one cloud; 'vnet' is an azure.vnet and 'vpc' an aws.vpc",
     "at /links/0/to ('peer')"},
    {"version-huge.kubegate", "saved by a newer Kubegate (file format version 18446744073709551615",
     "at /version"},
    {"geometry-not-number.kubegate", "\"x\" must be a number, found a string",
     "at /elements/0/geometry/x ('vnet-hub')"},
    {"route-not-a-list.kubegate", "\"route\" must be a list of [x, y] points, found an object",
     "at /links/0/route ('p1')"},
    {"route-point-malformed.kubegate",
     "a route point must be [x, y], two numbers, found [300,\"60\"]", "at /links/0/route/1 ('p1')"},
    {"route-too-long.kubegate", "\"route\" has 257 points; the limit is 256",
     "at /links/0/route ('p1')"},
    {"stacking-not-whole.kubegate", "\"z\" must be a whole number, found a number",
     "at /elements/0/geometry/z ('vnet-hub')"},
    {"stacking-out-of-range.kubegate", "\"z\" is out of range (5000000; at most 1000000",
     "at /elements/0/geometry/z ('vnet-hub')"},
    {"variants-not-array.kubegate", "\"variants\" must be an array, found an object",
     "at /variants"},
    {"variant-without-name.kubegate", "missing \"name\"", "at /variants/0"},
    {"variant-duplicate-name.kubegate",
     "two variants are named 'Private' (the first at /variants/0)", "at /variants/1/name"},
    {"variant-unknown-element.kubegate",
     "the variant changes element 'aks-gone', which the design does not have",
     "at /variants/0/elements/0/id ('aks-gone')"},
    {"variant-bad-property.kubegate",
     "apiServerAccessProfile.enablePrivateCluster: expected boolean, found a string",
     "at /variants/0/elements/0/properties/apiServerAccessProfile/enablePrivateCluster ('aks-1')"},
    {"variant-unknown-key.kubegate", "unknown key \"element\"; did you mean 'elements'?",
     "at /variants/0/element"},
    {"variant-changes-twice.kubegate", "the variant changes 'aks-1' twice",
     "at /variants/0/elements/1/id ('aks-1')"},
    {"variant-unset-not-set.kubegate",
     "\"unset\" names a property the element sets in the design and the variant does not set",
     "at /variants/0/elements/0/unset/0 ('aks-1')"},
    {"variant-dangling-parent.kubegate",
     "in variant 'Moved', the parent 'snet-gone' of 'laptop' does not exist",
     "at /variants/0/elements/0/parent ('laptop')"},
    {"variant-remove-unknown-link.kubegate", "a removal must name a link of the design",
     "at /variants/0/links/0/id"},
    {"variant-remove-with-changes.kubegate",
     "\"remove\": true stands alone beside the element's \"id\"",
     "at /variants/0/elements/0/remove ('laptop')"},
    {"variant-impossible-nesting.kubegate", "in variant 'Nested', element 'laptop'",
     "at /variants/0 ('laptop')"},
};

std::filesystem::path badDir()
{
    return std::filesystem::path(KUBEGATE_SOURCE_DIR) / "tests/data/bad";
}

class BadInputTest : public testing::TestWithParam<BadCase>
{};

} // namespace

TEST_P(BadInputTest, IsRefusedWithAClearMessage)
{
    const BadCase& c = GetParam();
    LoadResult result = DesignJson::loadFile((badDir() / c.file).string());
    ASSERT_FALSE(result.ok()) << c.file << " was accepted";
    EXPECT_FALSE(result.design.has_value()) << "never a half-loaded design";
    ASSERT_FALSE(result.errors.empty());
    const LoadError& first = result.errors.front();
    EXPECT_NE(first.message().find(c.message), std::string::npos)
        << c.file << "\n  expected: " << c.message << "\n  got:      " << first.message();
    std::string formatted = first.format(c.file);
    EXPECT_NE(formatted.find(c.location), std::string::npos)
        << c.file << "\n  expected location: " << c.location << "\n  got: " << formatted;
    EXPECT_EQ(formatted.rfind(c.file, 0), 0u) << "the message starts with the file name";
}

INSTANTIATE_TEST_SUITE_P(BadFiles, BadInputTest, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<BadCase>& param) {
                             std::string name = param.param.file;
                             for (char& ch : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(ch)))
                                     ch = '_';
                             }
                             return name;
                         });

TEST(BadInputCoverage, AllBadFilesAreCovered)
{
    std::set<std::string> listed;
    for (const auto& c : kCases)
        listed.insert(c.file);
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(badDir())) {
        ++files;
        EXPECT_TRUE(listed.count(entry.path().filename().string()))
            << entry.path().filename() << " has no expected message in BadInputTest";
    }
    EXPECT_EQ(files, listed.size()) << "a listed file is missing from tests/data/bad";
    EXPECT_GE(files, 30u);
}

TEST(BadInputLimits, FileOverTheSizeLimitIsRefusedUnread)
{
    auto path = std::filesystem::temp_directory_path() / "kubegate-too-large.kubegate";
    {
        std::ofstream out(path, std::ios::binary);
        out << "{\"format\": \"kubegate\", \"version\": 2, \"notes\": \"";
        std::string chunk(1024 * 1024, 'x');
        for (std::size_t i = 0; i <= limits::kMaxFileBytes / chunk.size(); ++i)
            out << chunk;
        out << "\", \"elements\": []}";
    }
    LoadResult result = DesignJson::loadFile(path.string());
    std::filesystem::remove(path);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.errors.front().message().find("Kubegate opens files up to 64 MiB"),
              std::string::npos)
        << result.errors.front().message();
}

// The nesting scan that stands in for a parser callback: brackets in strings, escaped quotes
// and the exact limit.
TEST(BadInputLimits, NestingIsMeasuredOutsideStrings)
{
    const std::size_t limit = limits::kMaxJsonDepth;
    auto nested = [](std::size_t depth, const std::string& inner) {
        return std::string(depth, '[') + inner + std::string(depth, ']');
    };
    EXPECT_EQ(JsonText::nestingPastLimit(nested(limit, "1")), 0u);
    EXPECT_EQ(JsonText::nestingPastLimit(nested(limit + 1, "1")), limit + 1);
    EXPECT_EQ(JsonText::nestingPastLimit(nested(limit, "\"[[[{{{\"")), 0u);
    EXPECT_EQ(JsonText::nestingPastLimit(nested(limit, "\"\\\"[[[\"")), 0u);
    EXPECT_EQ(JsonText::nestingPastLimit(nested(limit, "\"\\\\\", [1]")), limit + 1);
    // Siblings do not add up: only depth counts.
    std::string wide = "[";
    for (int i = 0; i < 1000; ++i)
        wide += std::string(i ? "," : "") + "{\"a\": [1]}";
    EXPECT_EQ(JsonText::nestingPastLimit(wide + "]"), 0u);
}

TEST(BadInputLimits, InMemoryBytesOverTheLimitAreRefused)
{
    std::string bytes(limits::kMaxFileBytes + 1, ' ');
    LoadResult result = DesignJson::load(bytes);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.errors.front().message().find("up to 64 MiB"), std::string::npos);
}

TEST(BadInputLimits, MissingFileAndFolder)
{
    LoadResult missing = DesignJson::loadFile("/nonexistent/design.kubegate");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.errors.front().message(), "no such file");
    LoadResult folder = DesignJson::loadFile(badDir().string());
    ASSERT_FALSE(folder.ok());
    EXPECT_NE(folder.errors.front().message().find("folder"), std::string::npos);
}

TEST(BadInputLimits, SeveralProblemsAreAllReported)
{
    std::string text = R"({"format": "kubegate", "version": 2, "elements": [
        {"id": "a", "kind": "nope"}, {"id": "b", "kind": "azure.vnet", "name": 1},
        {"id": "c", "kind": "azure.vnet", "properties": {"addressSpace": ["x"]}}]})";
    LoadResult result = DesignJson::load(text);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors.size(), 3u);
}
