#include "import/Importer.h"

#include "import/AksShowReader.h"
#include "import/DesignAssembler.h"
#include "import/EksDescribeReader.h"
#include "import/JsonFields.h"
#include "import/TerraformShowReader.h"
#include "io/DesignJson.h"
#include "io/JsonText.h"
#include "io/SourceDetector.h"
#include "model/DesignChecker.h"
#include "model/Limits.h"

namespace kg {

namespace {

const char* sourceName(Importer::Source s)
{
    switch (s) {
    case Importer::Source::Aks:
        return "az aks show";
    case Importer::Source::Eks:
        return "aws eks describe-cluster";
    case Importer::Source::Terraform:
        return "terraform show -json";
    case Importer::Source::Detect:
        break;
    }
    return "detected";
}

std::optional<Importer::Source> fromDetected(SourceKind kind)
{
    switch (kind) {
    case SourceKind::AzAksShow:
        return Importer::Source::Aks;
    case SourceKind::AwsEksDescribe:
        return Importer::Source::Eks;
    case SourceKind::TerraformShowJson:
        return Importer::Source::Terraform;
    default:
        return std::nullopt;
    }
}

std::optional<std::string> describeNonJsonForImport(std::string_view bytes)
{
    auto what = SourceDetector::describeNonJson(bytes);
    if (!what)
        return std::nullopt;
    // The detector speaks of designs; here the file was meant as a cloud tool's JSON.
    const std::string design = ", not a Kubegate design";
    if (std::size_t at = what->find(design); at != std::string::npos)
        what->replace(at, design.size(), "");
    if (what->find("kubegate import") != std::string::npos)
        return what;
    return *what + "; import reads the JSON of az aks show, aws eks describe-cluster or "
                   "terraform show -json";
}

// Notes quote names from the input; they must not carry control characters into the design.
std::string printable(std::string text)
{
    for (char& ch : text) {
        auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7f)
            ch = ' ';
    }
    return text;
}

} // namespace

std::optional<Importer::Source> Importer::sourceFromName(const std::string& name)
{
    if (name == "aks" || name == "az")
        return Source::Aks;
    if (name == "eks" || name == "aws")
        return Source::Eks;
    if (name == "terraform" || name == "tf")
        return Source::Terraform;
    if (name == "detect" || name == "auto")
        return Source::Detect;
    return std::nullopt;
}

Importer::Result Importer::run(const std::vector<Input>& inputs, Source forced)
{
    Result result;
    ImportedConfig config;
    for (const auto& input : inputs) {
        std::vector<LoadError> errors;
        JsonText::Options options;
        options.what = "cloud tool output";
        options.describeNonJson = &describeNonJsonForImport;
        std::optional<nlohmann::json> document = JsonText::parse(input.bytes, options, errors);
        if (document) {
            SourceKind detected = SourceDetector::detect(*document);
            std::optional<Source> source = fromDetected(detected);
            if (forced != Source::Detect) {
                if (source && *source != forced) {
                    errors.push_back({std::string("this looks like `") + sourceName(*source) +
                                          "` output, not `" + sourceName(forced) +
                                          "` as --from says",
                                      0,
                                      0,
                                      {},
                                      {}});
                }
                source = forced;
            }
            if (errors.empty() && detected == SourceKind::KubegateDesign) {
                errors.push_back(
                    {"this is already a Kubegate design: open it instead", 0, 0, {}, {}});
            } else if (errors.empty() && !source) {
                std::string what = SourceDetector::describeForeignJson(*document);
                errors.push_back({"not the JSON of az aks show, aws eks describe-cluster or "
                                  "terraform show -json (" +
                                      what + ")",
                                  0,
                                  0,
                                  {},
                                  {}});
            } else if (errors.empty()) {
                JsonFields fields(errors);
                // Notes name the file, not the folder it was in.
                const std::string shortName = input.name.substr(input.name.find_last_of('/') + 1);
                const std::size_t before = config.aks.size() + config.eks.size() +
                                           config.vnets.size() + config.vpcs.size();
                switch (*source) {
                case Source::Aks:
                    AksShowReader::read(*document, shortName, config, fields);
                    break;
                case Source::Eks:
                    EksDescribeReader::read(*document, shortName, config, fields);
                    break;
                case Source::Terraform:
                    TerraformShowReader::read(*document, shortName, config, fields);
                    break;
                case Source::Detect:
                    break;
                }
                if (errors.empty() && config.aks.size() + config.eks.size() + config.vnets.size() +
                                              config.vpcs.size() ==
                                          before)
                    errors.push_back({"no cluster in this file", 0, 0, {}, {}});
            }
        }
        for (const auto& e : errors)
            result.errors.push_back(e.format(input.name));
    }
    if (inputs.empty())
        result.errors.push_back("nothing to import: no input files");
    if (!result.errors.empty())
        return result;

    std::vector<std::string> notes = config.notes;
    Design design = DesignAssembler::assemble(config, notes);
    for (auto& n : notes)
        n = printable(std::move(n));
    for (const auto& e : design.elements()) {
        if (e.kind == ElementKind::AksCluster || e.kind == ElementKind::EksCluster)
            ++result.clusters;
        if (e.kind == ElementKind::AzureVnet || e.kind == ElementKind::AwsVpc)
            ++result.networks;
    }
    if (design.elements().size() > limits::kMaxElements) {
        result.errors.push_back("the inputs hold more than " +
                                std::to_string(limits::kMaxElements) +
                                " elements; import fewer files at a time");
        return result;
    }
    // The design must be one the file format accepts: check it as a loaded file would be.
    std::string noteText = "Imported by kubegate import from";
    for (std::size_t i = 0; i < inputs.size(); ++i)
        noteText += (i ? ", " : " ") +
                    printable(inputs[i].name.substr(inputs[i].name.find_last_of('/') + 1));
    noteText += ".";
    for (const auto& n : notes)
        noteText += "\n- " + n;
    if (noteText.size() > limits::kMaxNotesLength) {
        noteText.resize(limits::kMaxNotesLength - 40);
        while (!noteText.empty() && (static_cast<unsigned char>(noteText.back()) & 0xC0) == 0x80)
            noteText.pop_back();
        if (!noteText.empty() && static_cast<unsigned char>(noteText.back()) >= 0xC0)
            noteText.pop_back();
        noteText += "\n(more notes left out)";
    }
    design.setInfo(design.title(), noteText);
    LoadResult reloaded = DesignJson::load(DesignJson::save(design));
    if (!reloaded.ok()) {
        for (const auto& e : reloaded.errors)
            result.errors.push_back(e.format("imported design"));
        return result;
    }
    result.notes = std::move(notes);
    result.design = std::move(*reloaded.design);
    return result;
}

Importer::Result Importer::runFiles(const std::vector<std::string>& paths, Source source)
{
    std::vector<Input> inputs;
    std::vector<std::string> errors;
    for (const auto& path : paths) {
        LoadError error;
        std::optional<std::string> bytes = JsonText::readFile(path, error);
        if (!bytes)
            errors.push_back(error.format(path));
        else
            inputs.push_back({path, std::move(*bytes)});
    }
    if (!errors.empty()) {
        Result r;
        r.errors = std::move(errors);
        return r;
    }
    return run(inputs, source);
}

} // namespace kg
