#include "analysis/Path.h"

namespace kg {

std::string_view toString(Stage stage)
{
    switch (stage) {
    case Stage::Dns:
        return "dns";
    case Stage::Network:
        return "network";
    case Stage::Admission:
        return "admission";
    case Stage::Identity:
        return "identity";
    }
    return "dns";
}

std::string_view toString(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Public:
        return "public";
    case EndpointKind::Private:
        return "private";
    case EndpointKind::VnetIntegration:
        return "vnet-integration";
    case EndpointKind::EksEni:
        return "eks-eni";
    case EndpointKind::UserEndpoint:
        return "private-endpoint";
    case EndpointKind::RunCommand:
        return "run-command";
    }
    return "public";
}

void PathStep::say(std::string id, std::vector<std::pair<std::string, std::string>> args)
{
    sentence = {std::move(id), std::move(args)};
    text = render(sentence, Language::English);
}

void PathStep::say(Sentence said)
{
    sentence = std::move(said);
    text = render(sentence, Language::English);
}

void Fix::say(std::string id, std::vector<std::pair<std::string, std::string>> args)
{
    sentence = {std::move(id), std::move(args)};
    text = render(sentence, Language::English);
}

void Fix::say(Sentence said)
{
    sentence = std::move(said);
    text = render(sentence, Language::English);
}

Fix Fix::of(std::string_view rule, std::string id,
            std::vector<std::pair<std::string, std::string>> args, Params params)
{
    Fix f;
    f.rule = std::string(rule);
    f.params = std::move(params);
    f.say(std::move(id), std::move(args));
    return f;
}

} // namespace kg
