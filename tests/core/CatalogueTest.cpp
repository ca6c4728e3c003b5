// The sentence catalogue: complete in both languages, the same values in each, the source
// article's terms, no English left in the Chinese, and every fix the analysis writes in it.
#include "text/Catalogue.h"

#include "TemplateFiles.h"
#include "analysis/Analyzer.h"
#include "io/DesignJson.h"
#include "io/TemplateText.h"
#include "text/Glossary.h"
#include "text/Sentence.h"
#include "validate/RuleRegistry.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <gtest/gtest.h>
#include <regex>
#include <set>
#include <sstream>

using namespace kg;

namespace {

std::set<std::string> placeholders(std::string_view pattern)
{
    std::set<std::string> out;
    for (std::size_t i = pattern.find('{'); i != std::string_view::npos;
         i = pattern.find('{', i + 1)) {
        const std::size_t close = pattern.find('}', i);
        if (close != std::string_view::npos)
            out.insert(std::string(pattern.substr(i + 1, close - i - 1)));
    }
    return out;
}

// Words a Chinese sentence keeps in English: API property names and values, commands,
// products and protocols, written in code style or as their makers name them.
const std::set<std::string>& keptWords()
{
    static const std::set<std::string> words = {
        "apiServerAccessProfile", "subnetId", "subnetIds", "resourcesVpcConfig",
        "nodePublicIPPrefixID", "IPv6", "CLI", "CI", "IDE", "RFC", "Kubegate", "Terraform", "VMSS",
        // AWS services, as their VPC endpoints name them
        "ec2", "ecr", "api", "dkr", "s3", "sts", "enablePrivateClusterPublicFQDN", "privateDNSZone",
        "System", "None", "kubectl", "publicAccessCidrs", "endpointPublicAccess",
        "endpointPrivateAccess", "IAM", "AWS", "Cloud9", "EC2", "Elastic", "RBAC", "ARN",
        "ConfigMap", "Pod", "Forbidden", "VPC", "DevOps", "Microsoft", "GitHub",
        "disableRunCommand", "false", "true", "az", "aks", "update", "enable", "run", "command",
        "enableDnsSupport", "enableDnsHostnames", "AmazonProvidedDNS", "DHCP", "DNS", "FQDN", "IP",
        "IPv4", "TCP", "NSG", "NAT", "VPN", "VNet", "SKU", "Azure", "Bastion", "Cloud", "Shell",
        "Route", "Resolver", "Internet", "Kubernetes", "API", "Direct", "Connect", "ExpressRoute",
        "CIDR", "allowGatewayTransit", "useRemoteGateways", "EKS", "AKS", "authorizedIPRanges",
        "invoke", "aws", "auth", "ConfigMap", "API_AND_CONFIG_MAP",
        // file formats, encodings and units, as they are written in Chinese too
        "JSON", "UTF", "16", "8", "MiB", "NUL", "PDF", "PNG", "JPEG", "SVG", "ZIP", "XML", "HTML",
        "YAML", "ARM", "Bicep", "kubeconfig", "ID", "SystemAssigned", "azurerm", "null", "GUID",
        "Entra",
        // AWS and Azure resource names, as the clouds write them
        "ENI", "VM", "privatelink", "GatewaySubnet", "AzureBastionSubnet",
        "AmazonEKSClusterAdminPolicy", "eksctl", "Markdown"};
    return words;
}

} // namespace

TEST(CatalogueTest, IdsAreSortedAndUnique)
{
    const auto& entries = catalogue::entries();
    ASSERT_FALSE(entries.empty());
    for (std::size_t i = 1; i < entries.size(); ++i)
        EXPECT_LT(entries[i - 1].id, entries[i].id) << "after " << entries[i - 1].id;
}

TEST(CatalogueTest, EverySentenceHasBothLanguagesWithTheSameValues)
{
    for (const auto& e : catalogue::entries()) {
        SCOPED_TRACE(std::string(e.id));
        EXPECT_FALSE(e.english.empty());
        EXPECT_FALSE(e.chinese.empty());
        EXPECT_EQ(placeholders(e.english), placeholders(e.chinese));
    }
}

// The English words left in a Chinese text, other than the kept ones (commands, API names,
// products); placeholders and API names in code style are skipped: a path
// (runcommand/action), a command in backquotes (`terraform show -json`), a file's key in
// double quotes ("buildOrder"), and a name written as the APIs write them (camelCase such as
// privateDnsZone, snake_case such as authorized_ip_ranges).
std::vector<std::string> untranslatedWords(std::string text)
{
    static const std::regex placeholder(R"(\{[A-Za-z]+\})");
    text = std::regex_replace(text, placeholder, " ");
    static const std::regex command("`[^`]*`");
    text = std::regex_replace(text, command, " ");
    static const std::regex key(R"("[A-Za-z0-9_.:{}, -]*")");
    text = std::regex_replace(text, key, " ");
    static const std::regex ruleId(R"(\b[A-Z]{2,3}-[0-9]{3}\b)"); // AKS-017: an id
    text = std::regex_replace(text, ruleId, " ");
    for (const std::string product :
         {"Azure RBAC for Kubernetes", "Azure Kubernetes Service Cluster Admin Role",
          "Azure Pipelines", "AWS Cloud9", "draw.io", "SSM Session Manager", "Azure Virtual WAN",
          "diagrams.net", "JSON Schema", "privatelink.<region>.azmk8s.io"})
        for (auto at = text.find(product); at != std::string::npos; at = text.find(product))
            text.replace(at, product.size(), " ");
    static const std::regex apiName(R"([A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+)");
    text = std::regex_replace(text, apiName, " ");
    static const std::regex apiWord(
        R"(\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b)");
    text = std::regex_replace(text, apiWord, " ");
    static const std::regex word("[A-Za-z][A-Za-z0-9_-]+");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), word);
         it != std::sregex_iterator(); ++it) {
        // "enable-run-command" and "apiServerAccessProfile.disableRunCommand" are made of kept
        // words.
        const std::string w = it->str();
        std::size_t start = 0;
        while (start < w.size()) {
            const std::size_t dash = w.find('-', start);
            const std::string part = w.substr(start, dash - start);
            if (!part.empty() && !keptWords().count(part))
                out.push_back(part);
            if (dash == std::string::npos)
                break;
            start = dash + 1;
        }
    }
    return out;
}

TEST(CatalogueTest, ChineseSentencesLeaveNoEnglishWordUntranslated)
{
    for (const auto& e : catalogue::entries())
        for (const auto& w : untranslatedWords(std::string(e.chinese)))
            ADD_FAILURE() << e.id << ": \"" << w << "\" is English in " << e.chinese;
}

TEST(CatalogueTest, SentencesSayTheGlossarysTerms)
{
    for (const auto& e : catalogue::entries())
        for (const auto& term : missingTerms(e.english, e.chinese))
            ADD_FAILURE() << e.id << " says \"" << term.english << "\" without \"" << term.chinese
                          << "\": " << e.chinese;
}

TEST(CatalogueTest, MissingTermsMatchWholeWordsLongestFirst)
{
    EXPECT_TRUE(missingTerms("Private clusters", "专用群集").empty());
    ASSERT_EQ(missingTerms("a private cluster", "私有集群").size(), 1u);
    EXPECT_EQ(missingTerms("a private cluster", "私有集群").front().chinese, "专用群集");
    EXPECT_EQ(missingTerms("the cluster VNet", "群集 VNet").size(), 1u) << "VNet: 虚拟网络";
    EXPECT_TRUE(missingTerms("VNet integration", "VNet 集成").empty());
    EXPECT_TRUE(missingTerms("clusterless", "").empty()) << "whole words only";
    EXPECT_TRUE(missingTerms("add {address} to {cluster}", "").empty()) << "a placeholder";
}

TEST(CatalogueTest, RenderingFillsEveryValueAndShowsAnUnknownId)
{
    const Sentence s{"fix.link-zone",
                     {{"zone", "privatelink.eastus.azmk8s.io"}, {"network", "hub"}}};
    EXPECT_EQ(render(s, Language::English), "link zone privatelink.eastus.azmk8s.io to hub");
    EXPECT_EQ(render(s, Language::SimplifiedChinese),
              "将专用 DNS 区域 privatelink.eastus.azmk8s.io 链接到 hub");
    // A value holding braces is written as it is, not read as a placeholder.
    const Sentence braces{"fix.link-zone", {{"zone", "{network}"}, {"network", "n"}}};
    EXPECT_EQ(render(braces, Language::English), "link zone {network} to n");
    // A phrase inside a sentence, in the same language; the space a Latin value needs is
    // dropped between two Chinese characters.
    const Sentence reaches = Sentence{"step.net.reaches-through", {{"who", "Bob"}}}
                                 .with("target", Sentence{"phrase.net.public-endpoint"})
                                 .with("how", Sentence{"phrase.reach.peering", {{"link", "p1"}}});
    EXPECT_EQ(render(reaches, Language::English),
              "Bob reaches the public endpoint through peering p1");
    EXPECT_EQ(render(reaches, Language::SimplifiedChinese), "Bob 经由对等互连 p1 访问公共终结点");
    EXPECT_EQ(render(Sentence::literal("10.0.0.4"), Language::SimplifiedChinese), "10.0.0.4");
    EXPECT_EQ(render(Sentence{"fix.no-such-sentence", {}}, Language::English),
              "fix.no-such-sentence");
    EXPECT_EQ(languageFromCode("zh_CN"), Language::SimplifiedChinese);
    EXPECT_EQ(languageFromCode("en_US"), Language::English);
    EXPECT_EQ(languageFromCode("fr"), std::nullopt);
}

// Every detailed path of every shipped template, each template named in failures.
void forEachTemplatePath(const std::function<void(const Path&)>& visit)
{
    for (const auto& path : templateFiles()) {
        SCOPED_TRACE(path.filename().string());
        LoadResult loaded = DesignJson::loadFile(path.string());
        ASSERT_TRUE(loaded.design);
        const Analysis a = Analyzer::run(*loaded.design);
        Analyzer::forEachDetailedPath(*loaded.design, a, visit);
    }
}

TEST(CatalogueTest, EveryFixOfEveryTemplateIsACatalogueSentenceInBothLanguages)
{
    std::size_t fixes = 0;
    forEachTemplatePath([&](const Path& p) {
        if (p.fix.text.empty())
            return;
        ++fixes;
        EXPECT_FALSE(pattern(p.fix.sentence.id, Language::English).empty())
            << "not a catalogue sentence: " << p.fix.text;
        EXPECT_EQ(render(p.fix.sentence, Language::English), p.fix.text);
        const std::string chinese = render(p.fix.sentence, Language::SimplifiedChinese);
        EXPECT_EQ(placeholders(chinese).size(), 0u) << chinese;
        EXPECT_NE(chinese, p.fix.text);
    });
    EXPECT_GT(fixes, 20u);
}

// Whether a sentence and every phrase in it are the catalogue's (a literal value is not a
// sentence but may stand for a phrase).
bool fromCatalogue(const Sentence& s)
{
    if (s.id.empty())
        return s.args.size() == 1 && s.parts.empty();
    if (pattern(s.id, Language::English).empty())
        return false;
    return std::all_of(s.parts.begin(), s.parts.end(),
                       [](const auto& part) { return fromCatalogue(part.second); });
}

// The sentence with every value blanked, phrases kept: what the catalogue says around the
// names and addresses a design brings.
Sentence skeleton(Sentence s)
{
    for (auto& arg : s.args)
        arg.second = " ";
    for (auto& part : s.parts)
        part.second = skeleton(std::move(part.second));
    return s;
}

// Issue point: every step and every fix of every template, rendered in Chinese, has no English
// word left but names, addresses, API names in code style and the kept product words.
TEST(CatalogueTest, EveryStepAndFixOfEveryTemplateReadsInChinese)
{
    std::size_t checked = 0;
    forEachTemplatePath([&](const Path& p) {
        std::vector<const Sentence*> said;
        for (const PathStep& s : p.steps)
            said.push_back(&s.sentence);
        if (!p.fix.sentence.empty())
            said.push_back(&p.fix.sentence);
        for (const Sentence* s : said) {
            ++checked;
            EXPECT_FALSE(s->id.empty()) << "written in English only: " << p.client;
            const std::string chinese = render(skeleton(*s), Language::SimplifiedChinese);
            for (const auto& w : untranslatedWords(chinese))
                ADD_FAILURE() << s->id << ": \"" << w << "\" is English in " << chinese;
        }
    });
    EXPECT_GT(checked, 250u);
}

// Every finding of every template is a catalogue sentence whose English is what the rule says,
// and whose Chinese, with the values blanked, leaves no English word.
TEST(CatalogueTest, EveryFindingOfEveryTemplateReadsInChinese)
{
    std::size_t checked = 0;
    std::set<std::string> rules;
    for (const auto& path : templateFiles()) {
        SCOPED_TRACE(path.filename().string());
        LoadResult loaded = DesignJson::loadFile(path.string());
        ASSERT_TRUE(loaded.design);
        for (const Finding& f : Analyzer::run(*loaded.design).findings) {
            ++checked;
            rules.insert(f.rule);
            EXPECT_TRUE(fromCatalogue(f.text)) << f.rule << ": " << f.text.id;
            EXPECT_TRUE(f.text.id.starts_with("finding.")) << f.text.id;
            const std::string english = f.message();
            EXPECT_EQ(english.find('{'), std::string::npos) << english;
            const std::string chinese = f.message(Language::SimplifiedChinese);
            EXPECT_NE(chinese, english);
            EXPECT_EQ(chinese.find('{'), std::string::npos) << chinese;
            for (const auto& w :
                 untranslatedWords(render(skeleton(f.text), Language::SimplifiedChinese)))
                ADD_FAILURE() << f.text.id << ": \"" << w << "\" is English in " << chinese;
        }
    }
    EXPECT_GT(checked, 30u);
    EXPECT_GT(rules.size(), 15u);
}

// Each rule's summary is the catalogue's "rule.<id>" in both languages, and every finding
// sentence belongs to a rule the registry has.
TEST(CatalogueTest, EveryRuleHasItsSummaryAndEveryFindingSentenceARule)
{
    for (const Rule& rule : RuleRegistry::all()) {
        SCOPED_TRACE(rule.id);
        EXPECT_EQ(pattern("rule." + rule.id, Language::English), rule.summary);
        EXPECT_FALSE(pattern("rule." + rule.id, Language::SimplifiedChinese).empty());
    }
    std::size_t findings = 0;
    for (const auto& e : catalogue::findingEntries()) {
        const std::string id(e.id);
        if (!id.starts_with("finding.") || id == "finding.assumption" ||
            id.starts_with("finding.path."))
            continue;
        ++findings;
        static const std::regex ruleOf(R"(finding\.([A-Z]+-[0-9]{3})(\.[a-z-]+)?)");
        std::smatch m;
        ASSERT_TRUE(std::regex_match(id, m, ruleOf)) << id;
        EXPECT_NE(RuleRegistry::find(m[1].str()), nullptr) << id;
    }
    EXPECT_GT(findings, 60u);
}

// Every shipped template has its title and notes in Chinese beside it: sound, in the
// glossary's terms, and with no English word left but the design's names, API names and the
// kept words.
TEST(CatalogueTest, EveryTemplateHasItsTitleAndNotesInChinese)
{
    EXPECT_EQ(TemplateText::pathFor("x.kubegate", Language::English), "");
    for (const auto& path : templateFiles()) {
        SCOPED_TRACE(path.filename().string());
        LoadResult loaded = DesignJson::loadFile(path.string());
        ASSERT_TRUE(loaded.design);
        const Design& d = *loaded.design;
        std::ifstream in(TemplateText::pathFor(path.string(), Language::SimplifiedChinese));
        ASSERT_TRUE(in) << "no Chinese title and notes beside the template";
        std::stringstream bytes;
        bytes << in.rdbuf();
        std::string error;
        const auto text = TemplateText::parse(bytes.str(), error);
        ASSERT_TRUE(text) << error;
        for (const auto& term :
             missingTerms(d.title() + "\n" + d.notes(), text->title + text->notes))
            ADD_FAILURE() << "says \"" << term.english << "\" without \"" << term.chinese << "\"";
        // The design's names (Alice, vnet-hub) are values, not words to translate.
        std::string chinese = text->title + "\n" + text->notes;
        for (const auto& e : d.elements())
            for (const std::string& name : {e.name, e.id}) {
                // A name and each of its words ("Alice (office)" is Alice in the notes).
                std::vector<std::string> parts{name};
                static const std::regex each(R"([A-Za-z][A-Za-z0-9_-]*)");
                for (auto w = std::sregex_iterator(name.begin(), name.end(), each);
                     w != std::sregex_iterator(); ++w)
                    if (w->str().size() > 2)
                        parts.push_back(w->str());
                for (const std::string& part : parts) {
                    if (part.empty())
                        continue;
                    for (auto at = chinese.find(part); at != std::string::npos;
                         at = chinese.find(part))
                        chinese.replace(at, part.size(), " ");
                }
            }
        for (const auto& w : untranslatedWords(chinese))
            ADD_FAILURE() << "\"" << w << "\" is English in " << chinese;
    }
}

TEST(CatalogueTest, ADamagedTemplateTextSaysWhereAndWhat)
{
    const std::pair<const char*, const char*> cases[] = {
        {"{", "not JSON"},
        {"[]", "must be an object"},
        {R"({"title": "t"})", "/notes: a non-empty string"},
        {R"({"title": "", "notes": "n"})", "/title: a non-empty string"},
        {R"({"title": 3, "notes": "n"})", "/title: a non-empty string"},
        {R"({"title": "t", "notes": "n", "summary": "s"})", "unknown key \"summary\""},
        {R"({"title": "a\nb", "notes": "n"})", "/title: "},
    };
    for (const auto& [bytes, says] : cases) {
        std::string error;
        EXPECT_FALSE(TemplateText::parse(bytes, error)) << bytes;
        EXPECT_NE(error.find(says), std::string::npos) << bytes << " -> " << error;
    }
    std::string error;
    const auto ok = TemplateText::parse(R"({"title": "标题", "notes": "说明"})", error);
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->title, "标题");
}

TEST(CatalogueTest, EveryStepOfTheConvertedStagesIsACatalogueSentence)
{
    // The stages whose sentences the catalogue holds so far; the others still write English.
    const std::set<Stage> converted = {Stage::Dns, Stage::Network, Stage::Admission,
                                       Stage::Identity};
    std::size_t steps = 0;
    forEachTemplatePath([&](const Path& p) {
        for (const PathStep& s : p.steps) {
            if (!converted.count(s.stage))
                continue;
            ++steps;
            EXPECT_TRUE(fromCatalogue(s.sentence)) << "not a catalogue sentence: " << s.text;
            EXPECT_EQ(render(s.sentence, Language::English), s.text);
            const std::string chinese = render(s.sentence, Language::SimplifiedChinese);
            EXPECT_EQ(placeholders(chinese).size(), 0u) << chinese;
        }
    });
    EXPECT_GT(steps, 20u);
}
