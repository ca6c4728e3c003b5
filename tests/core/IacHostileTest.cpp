// Hostile values in every generated format: the writers must hand each value to its tool as
// data. The design here is built in memory, past the loader's checks (which refuse these
// values in files and imports), so that the quoting itself is what is tested:
// - the shell script runs under sh with stub az and aws commands first on PATH that record
//   their argv; the argv must equal the intended values and nothing else may run;
// - Terraform is parsed by HashiCorp's HCL parser (@cdktf/hcl2json, installed by ./test.sh);
// - eksctl YAML by PyYAML;
// - Bicep string literals are decoded by Bicep's escape rules and must contain no
//   interpolation.
#include "TemplateFiles.h"
#include "iac/IacWriter.h"
#include "io/DesignJson.h"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

using namespace kg;
namespace fs = std::filesystem;

namespace {

// Each would run a command, end a string, open an interpolation or break a line if a writer
// passed it through as code.
const std::string kLocation = "east'us;touch pwned-1 $(touch pwned-2) `touch pwned-3`\n${HOME}\"}";
const std::string kZone = "zone\"}\n${file(\"/etc/passwd\")}%{ if true }'$(touch pwned-4)\\";
const std::string kRegion = "us-east-1\n  injected: true $(touch pwned-5)'\"\xc2\x85# x";
const std::string kRange = "198.51.100.0/24';touch pwned-6;'${x}";
const std::string kName = "evil\n}\nresource \"x\" \"y\" {\xe2\x80\xa8 \xe2\x80\xae";

Design load(const char* name)
{
    LoadResult r =
        DesignJson::loadFile(std::string(KUBEGATE_SOURCE_DIR) + "/resources/templates/" + name);
    EXPECT_TRUE(r.ok());
    return r.ok() ? std::move(*r.design) : Design{};
}

void set(Design& d, const std::string& id, const std::string& key, PropertyValue value)
{
    Element e = *d.element(id);
    e.properties[key] = std::move(value);
    d.replaceElement(e);
}

void rename(Design& d, const std::string& id, const std::string& name)
{
    Element e = *d.element(id);
    e.name = name;
    d.replaceElement(e);
}

// An AKS cluster with an own zone (private) and one with authorized ranges (public), and an
// EKS cluster with public access CIDRs, each with hostile values.
Design hostileAksPrivate()
{
    Design d = load("aks-private-own-zone.kubegate");
    set(d, "aks-pay", "location", kLocation);
    const std::string zone =
        d.element("aks-pay")->stringValue("apiServerAccessProfile.privateDNSZone");
    set(d, zone, "zoneName", kZone);
    rename(d, "aks-pay", kName);
    return d;
}

Design hostileAksPublic()
{
    Design d = load("aks-authorized-ranges.kubegate");
    set(d, "aks-web", "location", kLocation);
    set(d, "aks-web", "apiServerAccessProfile.authorizedIPRanges",
        StringList{kRange, "10.0.0.0/8"});
    rename(d, "aks-web", kName);
    return d;
}

Design hostileEks()
{
    Design d = load("eks-public-private.kubegate");
    set(d, "eks-prod", "region", kRegion);
    set(d, "eks-prod", "resourcesVpcConfig.publicAccessCidrs", StringList{kRange});
    rename(d, "eks-prod", kName);
    return d;
}

struct TempDir
{
    TempDir()
    {
        path = fs::temp_directory_path() /
               ("kubegate-iac-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    fs::path path;
    static inline int counter = 0;
};

void writeFile(const fs::path& p, const std::string& text)
{
    std::ofstream(p, std::ios::binary) << text;
}

std::string readFile(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Runs a shell command line; its standard output and exit status.
std::pair<std::string, int> run(const std::string& command)
{
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return {"", -1};
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        out.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    return {out, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

std::string quoted(const fs::path& p)
{
    return "'" + p.string() + "'";
}

// Every invocation of a stub: its argv after the command name.
using Calls = std::vector<std::vector<std::string>>;

// Runs the script with stub az and aws; the calls each recorded. Fails the test when the
// script did not finish or something else ran (a file the hostile values would create).
Calls runScript(const std::string& script, const std::string& mode)
{
    TempDir dir;
    fs::create_directories(dir.path / "bin");
    // Each argument NUL-terminated, each call ended by a line "--end--".
    const std::string stub =
        "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done >> \"$STUB_LOG\"\n"
        "printf -- '--end--\\n' >> \"$STUB_LOG\"\n";
    for (const char* tool : {"az", "aws"}) {
        writeFile(dir.path / "bin" / tool, stub);
        fs::permissions(dir.path / "bin" / tool, fs::perms::owner_all);
    }
    writeFile(dir.path / "access.sh", script);
    const auto [out, status] =
        run("cd " + quoted(dir.path) + " && env PATH=" + quoted(dir.path / "bin") +
            ":/usr/bin:/bin STUB_LOG=" + quoted(dir.path / "calls") +
            " SUBSCRIPTION_ID=sub-1 RESOURCE_GROUP=rg-1 IDENTITY_ID=id-1 SP_CLIENT_ID=sp-1 "
            "SP_CLIENT_SECRET='s$1' sh access.sh " +
            mode + " 2>&1");
    EXPECT_EQ(status, 0) << out << "\n" << script;
    for (const auto& entry : fs::directory_iterator(dir.path))
        EXPECT_EQ(entry.path().filename().string().find("pwned"), std::string::npos)
            << "the script ran a command from a value: " << entry.path() << "\n"
            << script;
    Calls calls;
    std::vector<std::string> current;
    const std::string log = readFile(dir.path / "calls");
    std::size_t at = 0;
    while (at < log.size()) {
        if (log.compare(at, 8, "--end--\n") == 0) {
            calls.push_back(std::move(current));
            current.clear();
            at += 8;
            continue;
        }
        const std::size_t nul = log.find('\0', at);
        if (nul == std::string::npos)
            break;
        current.push_back(log.substr(at, nul - at));
        at = nul + 1;
    }
    return calls;
}

const std::string kNetwork = "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.Network";

// The value after `flag` in one call's argv, or nullopt.
std::optional<std::string> after(const std::vector<std::string>& argv, const std::string& flag)
{
    for (std::size_t i = 0; i + 1 < argv.size(); ++i)
        if (argv[i] == flag)
            return argv[i + 1];
    return std::nullopt;
}

bool hasHcl2Json()
{
    return fs::exists(fs::path(KUBEGATE_NODE_MODULES) / "@cdktf/hcl2json");
}

// The Terraform text through HashiCorp's HCL parser, as its JSON form.
nlohmann::json parseHcl(const std::string& text)
{
    TempDir dir;
    writeFile(dir.path / "main.tf", text);
    const auto [out, status] = run(
        "NODE_PATH=" + quoted(KUBEGATE_NODE_MODULES) +
        " node -e 'const {parse}=require(\"@cdktf/hcl2json\");const f=process.argv[1];"
        "parse(f,require(\"fs\").readFileSync(f,\"utf8\")).then(j=>console.log(JSON.stringify(j)))"
        ".catch(e=>{console.log(String(e));process.exit(1);})' " +
        quoted(dir.path / "main.tf"));
    EXPECT_EQ(status, 0) << out << "\n" << text;
    return status == 0 ? nlohmann::json::parse(out) : nlohmann::json();
}

// Terraform's JSON syntax writes a literal ${ as $${ and %{ as %%{: the form a literal value
// takes in hcl2json's output.
std::string hclJsonLiteral(const std::string& value)
{
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if ((value[i] == '$' || value[i] == '%') && i + 1 < value.size() && value[i + 1] == '{')
            out += value[i];
        out += value[i];
    }
    return out;
}

// The YAML documents through PyYAML, as JSON.
nlohmann::json parseYaml(const std::string& text)
{
    TempDir dir;
    writeFile(dir.path / "c.yaml", text);
    const auto [out, status] =
        run("python3 -c 'import sys,json,yaml; print(json.dumps(list(yaml.safe_load_all("
            "open(sys.argv[1], encoding=\"utf-8\")))))' " +
            quoted(dir.path / "c.yaml"));
    EXPECT_EQ(status, 0) << out << "\n" << text;
    return status == 0 ? nlohmann::json::parse(out) : nlohmann::json();
}

// Bicep's single-quoted string literals, decoded; fails on an interpolation (an unescaped
// "${") or an unknown escape.
std::vector<std::string> bicepLiterals(const std::string& text)
{
    std::vector<std::string> literals;
    bool comment = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (comment) {
            comment = text[i] != '\n';
            continue;
        }
        if (text.compare(i, 2, "//") == 0) {
            comment = true;
            continue;
        }
        if (text[i] != '\'')
            continue;
        std::string value;
        for (++i; i < text.size() && text[i] != '\''; ++i) {
            EXPECT_NE(text[i], '\n') << "a line break inside a Bicep string";
            if (text.compare(i, 2, "${") == 0)
                ADD_FAILURE() << "an interpolation in a Bicep string: " << text.substr(i, 20);
            if (text[i] != '\\') {
                value += text[i];
                continue;
            }
            const char e = text[++i];
            if (e == '\\' || e == '\'' || e == '$')
                value += e;
            else if (e == 'n')
                value += '\n';
            else if (e == 'r')
                value += '\r';
            else if (e == 't')
                value += '\t';
            else if (e == 'u' && text[i + 1] == '{') {
                const std::size_t close = text.find('}', i);
                value +=
                    static_cast<char>(std::stoi(text.substr(i + 2, close - i - 2), nullptr, 16));
                i = close;
            } else
                ADD_FAILURE() << "unknown Bicep escape \\" << e;
        }
        literals.push_back(value);
    }
    return literals;
}

bool contains(const std::vector<std::string>& list, const std::string& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

TEST(IacHostileTest, ShellScriptPassesEveryValueAsOneArgument)
{
    const std::string script = IacWriter::write(hostileAksPublic(), IacWriter::Format::AzureCli);
    // The comment holding the name is one line.
    EXPECT_EQ(script.find("\n}\nresource"), std::string::npos) << script;

    const Calls create = runScript(script, "create");
    ASSERT_EQ(create.size(), 1u) << script;
    const std::vector<std::string> expected{"aks",
                                            "create",
                                            "--resource-group",
                                            "rg-1",
                                            "--name",
                                            "aks-web",
                                            "--location",
                                            kLocation,
                                            "--vnet-subnet-id",
                                            kNetwork + "/virtualNetworks/vnet-app/subnets/snet-aks",
                                            "--assign-identity",
                                            "id-1",
                                            "--api-server-authorized-ip-ranges",
                                            kRange + ",10.0.0.0/8"};
    EXPECT_EQ(create[0], expected);

    const Calls update = runScript(script, "update");
    ASSERT_EQ(update.size(), 1u);
    EXPECT_EQ(after(update[0], "--api-server-authorized-ip-ranges"), kRange + ",10.0.0.0/8");
    EXPECT_EQ(update[0][1], "update");
}

// The cluster identity decides the create flags: a service principal's id and secret come from
// the variables the person sets (never from the design); a system-assigned identity takes none.
TEST(IacHostileTest, ShellScriptCreatesTheClusterIdentityOfTheDesign)
{
    Design d = hostileAksPublic();
    Element c = *d.element("aks-web");
    c.properties["identityType"] = std::string("ServicePrincipal");
    d.replaceElement(c);
    const std::string script = IacWriter::write(d, IacWriter::Format::AzureCli);
    const Calls sp = runScript(script, "create");
    ASSERT_EQ(sp.size(), 1u) << script;
    EXPECT_EQ(after(sp[0], "--service-principal"), "sp-1");
    EXPECT_EQ(after(sp[0], "--client-secret"), "s$1");
    EXPECT_FALSE(contains(sp[0], "--assign-identity"));
    EXPECT_NE(script.find("SP_CLIENT_SECRET:?"), std::string::npos) << "checked before use";

    c.properties["identityType"] = std::string("SystemAssigned");
    d.replaceElement(c);
    const Calls system = runScript(IacWriter::write(d, IacWriter::Format::AzureCli), "create");
    ASSERT_EQ(system.size(), 1u);
    EXPECT_FALSE(contains(system[0], "--assign-identity"));
    EXPECT_FALSE(contains(system[0], "--service-principal"));
}

TEST(IacHostileTest, ShellScriptQuotesZoneNamesAndRegions)
{
    const Calls aks =
        runScript(IacWriter::write(hostileAksPrivate(), IacWriter::Format::AzureCli), "create");
    ASSERT_EQ(aks.size(), 1u);
    EXPECT_EQ(after(aks[0], "--location"), kLocation);
    EXPECT_EQ(after(aks[0], "--private-dns-zone"), kNetwork + "/privateDnsZones/" + kZone);
    EXPECT_EQ(after(aks[0], "--assign-identity"), "id-1");

    const Calls eks = runScript(IacWriter::write(hostileEks(), IacWriter::Format::AzureCli), "");
    ASSERT_EQ(eks.size(), 1u);
    const std::vector<std::string> expected{
        "eks",
        "update-cluster-config",
        "--name",
        "eks-prod",
        "--region",
        kRegion,
        "--resources-vpc-config",
        "endpointPublicAccess=true,endpointPrivateAccess=true,publicAccessCidrs=" + kRange};
    EXPECT_EQ(eks[0], expected);
}

TEST(IacHostileTest, ShellScriptRefusesAnUnknownMode)
{
    TempDir dir;
    writeFile(dir.path / "access.sh",
              IacWriter::write(hostileAksPublic(), IacWriter::Format::AzureCli));
    const auto [out, status] =
        run("cd " + quoted(dir.path) +
            " && SUBSCRIPTION_ID=s RESOURCE_GROUP=g sh access.sh delete 2>&1");
    EXPECT_EQ(status, 2);
    EXPECT_NE(out.find("usage:"), std::string::npos) << out;
}

TEST(IacHostileTest, TerraformParsesWithEveryValueLiteral)
{
    ASSERT_TRUE(hasHcl2Json()) << "@cdktf/hcl2json is missing under " << KUBEGATE_NODE_MODULES
                               << ": ./test.sh installs it";
    const nlohmann::json priv =
        parseHcl(IacWriter::write(hostileAksPrivate(), IacWriter::Format::Terraform));
    const auto& aks = priv["resource"]["azurerm_kubernetes_cluster"]["aks_pay"][0];
    EXPECT_EQ(aks["location"], hclJsonLiteral(kLocation)) << priv.dump(2);
    EXPECT_EQ(aks["name"], "aks-pay");
    EXPECT_EQ(priv["terraform"][0]["required_providers"][0]["azurerm"]["version"], "~> 4.46");

    const nlohmann::json pub =
        parseHcl(IacWriter::write(hostileAksPublic(), IacWriter::Format::Terraform));
    const auto& ranges = pub["resource"]["azurerm_kubernetes_cluster"]["aks_web"][0]
                            ["api_server_access_profile"][0]["authorized_ip_ranges"];
    EXPECT_EQ(ranges, nlohmann::json::array({hclJsonLiteral(kRange), "10.0.0.0/8"})) << pub.dump(2);

    const nlohmann::json eks =
        parseHcl(IacWriter::write(hostileEks(), IacWriter::Format::Terraform));
    const auto& vpc = eks["resource"]["aws_eks_cluster"]["eks_prod"][0]["vpc_config"][0];
    EXPECT_EQ(vpc["public_access_cidrs"], nlohmann::json::array({hclJsonLiteral(kRange)}));
    EXPECT_EQ(eks["terraform"][0]["required_providers"][0]["aws"]["version"], "~> 6.0");
    EXPECT_FALSE(eks["resource"].contains("x")) << "the name's line break ended its comment";
}

TEST(IacHostileTest, HclParserSeesAnUnescapedInterpolation)
{
    // The control for the test above: written without escaping, the parser reads syntax.
    ASSERT_TRUE(hasHcl2Json());
    const nlohmann::json j = parseHcl("resource \"x\" \"y\" {\n  a = \"${var.b}\"\n}\n");
    EXPECT_EQ(j["resource"]["x"]["y"][0]["a"], "${var.b}");
    EXPECT_NE(j["resource"]["x"]["y"][0]["a"], hclJsonLiteral("${var.b}"));
}

TEST(IacHostileTest, EksctlYamlHoldsEveryValueAsOneString)
{
    const nlohmann::json docs =
        parseYaml(IacWriter::write(hostileEks(), IacWriter::Format::Eksctl));
    ASSERT_EQ(docs.size(), 1u) << docs.dump(2);
    EXPECT_EQ(docs[0]["metadata"]["region"], kRegion);
    EXPECT_EQ(docs[0]["metadata"]["name"], "eks-prod");
    EXPECT_EQ(docs[0]["vpc"]["publicAccessCIDRs"], nlohmann::json::array({kRange}));
    EXPECT_FALSE(docs[0].contains("injected"));
    EXPECT_EQ(docs[0]["vpc"]["clusterEndpoints"]["publicAccess"], true);
}

TEST(IacHostileTest, BicepStringsAreLiteral)
{
    const std::string priv = IacWriter::write(hostileAksPrivate(), IacWriter::Format::Bicep);
    const auto literals = bicepLiterals(priv);
    EXPECT_TRUE(contains(literals, kLocation)) << priv;
    EXPECT_TRUE(contains(literals, kZone)) << priv;
    EXPECT_EQ(priv.find("\n}\nresource \"x\""), std::string::npos) << priv;
    const std::string pub = IacWriter::write(hostileAksPublic(), IacWriter::Format::Bicep);
    EXPECT_TRUE(contains(bicepLiterals(pub), kRange)) << pub;
}

// Every command every template's script runs, in both modes, uses only the flags of the CLI
// versions docs/IAC.md names (Azure CLI 2.73, AWS CLI v2) and keeps the conditions their own
// validation puts on them (quoted there from the CLI source).
TEST(IacHostileTest, EveryTemplateUsesOnlyTheCliFlagsAndConditions)
{
    const std::set<std::string> create{"--resource-group",
                                       "--name",
                                       "--location",
                                       "--vnet-subnet-id",
                                       "--enable-private-cluster",
                                       "--private-dns-zone",
                                       "--assign-identity",
                                       "--service-principal",
                                       "--client-secret",
                                       "--disable-public-fqdn",
                                       "--enable-apiserver-vnet-integration",
                                       "--apiserver-subnet-id",
                                       "--api-server-authorized-ip-ranges",
                                       "--disable-run-command"};
    const std::set<std::string> update{"--resource-group",
                                       "--name",
                                       "--enable-apiserver-vnet-integration",
                                       "--apiserver-subnet-id",
                                       "--enable-private-cluster",
                                       "--disable-private-cluster",
                                       "--enable-public-fqdn",
                                       "--disable-public-fqdn",
                                       "--api-server-authorized-ip-ranges",
                                       "--enable-run-command",
                                       "--disable-run-command"};
    auto has = [](const std::vector<std::string>& argv, const std::string& flag) {
        return std::find(argv.begin(), argv.end(), flag) != argv.end();
    };
    int commands = 0;
    for (const auto& file : templateFiles()) {
        LoadResult r = DesignJson::loadFile(file.string());
        ASSERT_TRUE(r.ok()) << file;
        const std::string script = IacWriter::write(*r.design, IacWriter::Format::AzureCli);
        if (script.empty()) {
            continue;
        }
        for (const std::string mode : {"create", "update"}) {
            for (const auto& argv : runScript(script, mode)) {
                ++commands;
                const std::string where = file.filename().string() + " " + mode;
                ASSERT_GE(argv.size(), 2u) << where;
                if (argv[0] == "eks") {
                    EXPECT_EQ(argv[1], "update-cluster-config") << where;
                    for (std::size_t i = 2; i < argv.size(); i += 2)
                        EXPECT_TRUE(argv[i] == "--name" || argv[i] == "--region" ||
                                    argv[i] == "--resources-vpc-config")
                            << where << ": " << argv[i];
                    const auto config = after(argv, "--resources-vpc-config");
                    ASSERT_TRUE(config) << where;
                    // Only the keys of an endpoint access update: one kind of update per call.
                    for (const std::string key :
                         {"subnetIds=", "securityGroupIds=", "endpointPublicAccess=",
                          "endpointPrivateAccess="}) {
                        const bool endpointKey = key.rfind("endpoint", 0) == 0;
                        EXPECT_EQ(config->find(key) != std::string::npos, endpointKey)
                            << where << ": " << *config;
                    }
                    continue;
                }
                ASSERT_EQ(argv[0], "aks") << where;
                const bool isCreate = argv[1] == "create";
                EXPECT_EQ(argv[1], mode) << where;
                const std::set<std::string>& allowed = isCreate ? create : update;
                for (const auto& a : argv) {
                    if (a.rfind("--", 0) == 0) {
                        EXPECT_TRUE(allowed.count(a))
                            << where << ": az aks " << argv[1] << " has no flag " << a;
                    }
                }
                // "--apiserver-subnet-id" requires "--vnet-subnet-id" (create) and
                // "--enable-apiserver-vnet-integration".
                if (has(argv, "--apiserver-subnet-id")) {
                    EXPECT_TRUE(has(argv, "--enable-apiserver-vnet-integration")) << where;
                    if (isCreate) {
                        EXPECT_TRUE(has(argv, "--vnet-subnet-id")) << where;
                    }
                }
                // Private DNS zone and public FQDN flags only with a private cluster (create).
                if (isCreate &&
                    (has(argv, "--private-dns-zone") || has(argv, "--disable-public-fqdn"))) {
                    EXPECT_TRUE(has(argv, "--enable-private-cluster")) << where;
                }
                // Authorized ranges are refused on a private cluster (an empty value clears).
                if (has(argv, "--enable-private-cluster")) {
                    const auto ranges = after(argv, "--api-server-authorized-ip-ranges");
                    EXPECT_TRUE(!ranges || ranges->empty()) << where;
                }
                // The private mode switches in place only with VNet integration.
                if (!isCreate && (has(argv, "--enable-private-cluster") ||
                                  has(argv, "--disable-private-cluster"))) {
                    EXPECT_TRUE(has(argv, "--enable-apiserver-vnet-integration")) << where;
                }
                EXPECT_FALSE(has(argv, "--enable-public-fqdn") &&
                             has(argv, "--disable-public-fqdn"))
                    << where;
            }
        }
    }
    EXPECT_GT(commands, 20);
}
