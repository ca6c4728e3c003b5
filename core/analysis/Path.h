#pragma once

#include "text/Sentence.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {

// The four stages a request to an API server passes, in order (docs/DESIGN.md, "Paths").
enum class Stage : std::uint8_t { Dns, Network, Admission, Identity };

// Which door of the API server a path goes through.
enum class EndpointKind : std::uint8_t {
    Public,          // the public endpoint (AKS public FQDN, EKS public endpoint)
    Private,         // AKS private endpoint in the node subnet
    VnetIntegration, // AKS API Server VNet Integration internal load balancer
    EksEni,          // EKS-managed network interfaces in the cluster subnets
    UserEndpoint,    // a private endpoint to the cluster created in another VNet
    RunCommand,      // az aks command invoke / Run command through Azure Resource Manager
};

std::string_view toString(Stage stage);
std::string_view toString(EndpointKind kind);

// Named values for a step or fix, in a stable order (they are printed and translated by name).
using Params = std::vector<std::pair<std::string, std::string>>;

// A step holds (ok), holds only on an assumption because the design does not say enough to
// check it (ok and assumed: no principal on the client, permissions nobody listed), or blocks
// (not ok). The three are drawn, counted and exported apart.
struct PathStep
{
    Stage stage = Stage::Dns;
    bool ok = true;
    bool assumed = false;
    std::string rule;
    std::vector<std::string> elements;
    Params params;
    std::string text; // one English sentence for the CLI and reports
    // What `text` says, as the catalogue's sentence and its values (empty while a stage still
    // writes its text in English only): the interface renders it in the reader's language.
    Sentence sentence;

    // Sets the sentence and its English text.
    void say(std::string id, std::vector<std::pair<std::string, std::string>> args = {});
    void say(Sentence said);
};

// The smallest change that would unblock a path, stated concretely.
struct Fix
{
    std::string rule;
    std::string text; // the sentence in English, for the command line and reports
    Params params;
    // What `text` says, as the catalogue's sentence and its values: the interface renders it
    // in the reader's language.
    Sentence sentence;

    // Sets the sentence and its English text.
    void say(std::string id, std::vector<std::pair<std::string, std::string>> args = {});
    void say(Sentence said);
    static Fix of(std::string_view rule, std::string id,
                  std::vector<std::pair<std::string, std::string>> args, Params params);
};

// One client -> API server path through one endpoint. `selected` tells whether the client's
// name resolution leads to this endpoint (an in-VPC client of an EKS cluster with both
// endpoints uses the private one; its path to the public one is shown but not selected).
struct Path
{
    std::string client;
    std::string cluster;
    EndpointKind endpoint = EndpointKind::Public;
    std::string endpointElement; // the user private endpoint's id for UserEndpoint
    bool reachable = false;
    // Reachable only on an assumption: a step passed without being checked.
    bool assumed = false;
    bool selected = true;
    int blockedStep = -1; // index into steps, -1 when reachable
    std::vector<PathStep> steps;
    Fix fix;
};

} // namespace kg
