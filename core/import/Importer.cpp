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
#include "text/Utf8.h"

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

std::optional<Sentence> describeNonJsonForImport(std::string_view bytes)
{
    auto what = SourceDetector::describeNonJson(bytes);
    if (!what)
        return std::nullopt;
    // The detector speaks of designs; here the file was meant as a cloud tool's JSON: its
    // sentence "this is a PDF document, not a Kubegate design" has an import twin
    // ("import.source.pdf"), and one that already points at import is kept.
    const std::string prefix = "load.source.";
    if (what->id == "load.source.terraform")
        return what;
    return Sentence("import.source.not-cloud", {},
                    {{"what", Sentence("import.source." + what->id.substr(prefix.size()))}});
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

// The same for every value a note quotes, phrases included.
Sentence printable(Sentence sentence)
{
    for (auto& [name, value] : sentence.args)
        value = printable(std::move(value));
    for (auto& [name, part] : sentence.parts)
        part = printable(std::move(part));
    return sentence;
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

Importer::Result Importer::run(const std::vector<Input>& inputs, Source forced, Language language)
{
    Result result;
    ImportedConfig config;
    for (const auto& input : inputs) {
        std::vector<LoadError> errors;
        JsonText::Options options;
        options.what = Sentence("phrase.what.import");
        options.describeNonJson = &describeNonJsonForImport;
        std::optional<nlohmann::json> document = JsonText::parse(input.bytes, options, errors);
        if (document) {
            SourceKind detected = SourceDetector::detect(*document);
            std::optional<Source> source = fromDetected(detected);
            if (forced != Source::Detect) {
                if (source && *source != forced) {
                    LoadError e;
                    e.text = Sentence("import.source.mismatch", {{"source", sourceName(*source)},
                                                                 {"forced", sourceName(forced)}});
                    errors.push_back(std::move(e));
                }
                source = forced;
            }
            if (errors.empty() && detected == SourceKind::KubegateDesign) {
                LoadError e;
                e.text = Sentence("import.source.design");
                errors.push_back(std::move(e));
            } else if (errors.empty() && !source) {
                LoadError e;
                e.text = Sentence("import.source.unknown", {},
                                  {{"what", SourceDetector::describeForeignJson(*document)}});
                errors.push_back(std::move(e));
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
                    errors.push_back(LoadError{Sentence("import.source.no-cluster"), 0, 0, {}, {}});
            }
        }
        for (auto& e : errors)
            result.errors.push_back({input.name, std::move(e)});
    }
    if (inputs.empty())
        result.errors.push_back({{}, LoadError{Sentence("import.no-inputs"), 0, 0, {}, {}}});
    if (!result.errors.empty())
        return result;

    std::vector<Sentence> notes = std::move(config.notes);
    Design design = DesignAssembler::assemble(config, notes, language);
    for (auto& n : notes)
        n = printable(std::move(n));
    for (const auto& e : design.elements()) {
        if (e.kind == ElementKind::AksCluster || e.kind == ElementKind::EksCluster)
            ++result.clusters;
        if (e.kind == ElementKind::AzureVnet || e.kind == ElementKind::AwsVpc)
            ++result.networks;
    }
    if (design.elements().size() > limits::kMaxElements) {
        result.errors.push_back(
            {{},
             LoadError{
                 Sentence("import.too-many", {{"limit", std::to_string(limits::kMaxElements)}}),
                 0,
                 0,
                 {},
                 {}}});
        return result;
    }
    // The design must be one the file format accepts: check it as a loaded file would be.
    std::string files;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        files += (i ? ", " : "") +
                 printable(inputs[i].name.substr(inputs[i].name.find_last_of('/') + 1));
    std::string noteText =
        render(Sentence("import.design-note", {{"command", "kubegate import"}, {"files", files}}),
               language);
    for (const auto& n : notes)
        noteText += "\n- " + render(n, language);
    if (noteText.size() > limits::kMaxNotesLength) {
        noteText = utf8Prefix(noteText, limits::kMaxNotesLength - 40);
        noteText += "\n" + render(Sentence("import.design-note.more"), language);
    }
    design.setInfo(design.title(), noteText);
    LoadResult reloaded = DesignJson::load(DesignJson::save(design));
    if (!reloaded.ok()) {
        for (const auto& e : reloaded.errors)
            result.errors.push_back({render(Sentence("import.imported-design"), language), e});
        return result;
    }
    result.notes = std::move(notes);
    result.design = std::move(*reloaded.design);
    return result;
}

Importer::Result Importer::runFiles(const std::vector<std::string>& paths, Source source,
                                    Language language)
{
    std::vector<Input> inputs;
    std::vector<Problem> errors;
    for (const auto& path : paths) {
        LoadError error;
        std::optional<std::string> bytes = JsonText::readFile(path, error);
        if (!bytes)
            errors.push_back({path, std::move(error)});
        else
            inputs.push_back({path, std::move(*bytes)});
    }
    if (!errors.empty()) {
        Result r;
        r.errors = std::move(errors);
        return r;
    }
    return run(inputs, source, language);
}

std::string Importer::Problem::text(Language language) const
{
    return file.empty() ? error.message(language) : error.format(file, language);
}

} // namespace kg
