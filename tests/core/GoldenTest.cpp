// Golden files for the outputs the core writes: IaC snippets in every format, validate's JSON,
// explain's text and the designs kubegate import makes from each sample. The UI's exports
// (SVG, PNG, PDF, Markdown, HTML, draw.io) have theirs in tests/ui/GoldenExportTest.
#include "GoldenFile.h"
#include "cli/Cli.h"
#include "iac/IacWriter.h"
#include "import/Importer.h"
#include "io/DesignJson.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <sstream>

using namespace kg;
using kg::test::compareGolden;

namespace {

const std::string kSource = KUBEGATE_SOURCE_DIR;

Design load(const std::string& name)
{
    LoadResult r = DesignJson::loadFile(kSource + "/resources/templates/" + name + ".kubegate");
    EXPECT_TRUE(r.ok()) << name;
    return r.ok() ? *r.design : Design{};
}

// Paths of this checkout become <src>, so that the golden files do not depend on where the
// sources are.
std::string portable(std::string text)
{
    for (std::size_t at; (at = text.find(kSource)) != std::string::npos;)
        text.replace(at, kSource.size(), "<src>");
    return text;
}

std::string cli(std::vector<std::string> args)
{
    std::ostringstream out;
    std::ostringstream err;
    Cli::run(args, out, err);
    return portable(out.str() + err.str());
}

} // namespace

TEST(GoldenTest, IacSnippets)
{
    const struct
    {
        const char* design;
        IacWriter::Format format;
        const char* extension;
    } cases[] = {
        {"aks-private-hub-spoke", IacWriter::Format::AzureCli, "sh"},
        {"aks-private-hub-spoke", IacWriter::Format::Bicep, "bicep"},
        {"aks-private-hub-spoke", IacWriter::Format::Terraform, "tf"},
        {"aks-vnet-integration-private", IacWriter::Format::Bicep, "bicep"},
        {"aks-authorized-ranges", IacWriter::Format::Terraform, "tf"},
        {"aks-beside-eks", IacWriter::Format::AzureCli, "sh"},
        {"aks-beside-eks", IacWriter::Format::Terraform, "tf"},
        {"eks-public-private", IacWriter::Format::Eksctl, "yaml"},
        {"eks-public-cidrs", IacWriter::Format::Eksctl, "yaml"},
        {"eks-private-transit-vpn", IacWriter::Format::Terraform, "tf"},
    };
    for (const auto& c : cases) {
        const std::string name = std::string("iac/") + c.design + "." + c.extension;
        SCOPED_TRACE(name);
        const std::string text = IacWriter::write(load(c.design), c.format);
        ASSERT_FALSE(text.empty());
        EXPECT_EQ(compareGolden(name, text), "");
    }
}

TEST(GoldenTest, ValidateJsonAndExplainText)
{
    const std::string hub = kSource + "/resources/templates/aks-private-hub-spoke.kubegate";
    const std::string eks = kSource + "/resources/templates/eks-public-private.kubegate";
    EXPECT_EQ(compareGolden("cli/aks-private-hub-spoke.validate.json",
                            cli({"validate", hub, "--format", "json"})),
              "");
    EXPECT_EQ(compareGolden("cli/aks-private-hub-spoke.validate.txt", cli({"validate", hub})), "");
    EXPECT_EQ(
        compareGolden("cli/aks-private-hub-spoke.explain.txt",
                      cli({"explain", hub, "--client", "laptop-home", "--cluster", "aks-pay"})),
        "");
    EXPECT_EQ(compareGolden("cli/eks-public-private.explain.txt",
                            cli({"explain", eks, "--client", "bastion", "--cluster", "eks-prod"})),
              "");
}

TEST(GoldenTest, ImportedDesigns)
{
    std::vector<std::filesystem::path> samples;
    for (const auto& entry : std::filesystem::directory_iterator(kSource + "/tests/data/import")) {
        if (entry.path().extension() == ".json")
            samples.push_back(entry.path());
    }
    std::sort(samples.begin(), samples.end());
    ASSERT_GE(samples.size(), 15u);
    for (const auto& p : samples) {
        SCOPED_TRACE(p.filename().string());
        Importer::Result r = Importer::runFiles({p.string()});
        ASSERT_TRUE(r.ok());
        EXPECT_EQ(
            compareGolden("import/" + p.stem().string() + ".kubegate", DesignJson::save(*r.design)),
            "");
    }
    Importer::Result mixed =
        Importer::runFiles({kSource + "/tests/data/import/terraform-aks-v4.json",
                            kSource + "/tests/data/import/aks-private-system.json",
                            kSource + "/tests/data/import/terraform-eks.json",
                            kSource + "/tests/data/import/eks-public-private.json"});
    ASSERT_TRUE(mixed.ok());
    EXPECT_EQ(compareGolden("import/mixed.kubegate", DesignJson::save(*mixed.design)), "");
}
