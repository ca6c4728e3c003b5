// libFuzzer target for LiveAnalysis: the input drives a sequence of edits on a scenario
// template (change a property of an element or link to another valid value, rename an
// element, add an element of any kind or a link of any kind, move an element to another
// container, remove an element or link, undo the last addition or removal), alone or in
// batches, and after each one the live analysis must equal a fresh
// analysis of the same design. Sequences find what single edit-and-revert tests cannot: state
// kept between updates that goes stale.
#include "analysis/Analyzer.h"
#include "analysis/LiveAnalysis.h"
#include "io/DesignJson.h"
#include "model/AddItemsEdit.h"
#include "model/DesignChecker.h"
#include "model/KindRegistry.h"
#include "model/RemoveItemsEdit.h"
#include "model/TextForm.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

using namespace kg;

std::vector<Design> loadTemplates()
{
    std::vector<Design> out;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(KUBEGATE_SOURCE_DIR) +
                                                                 "/resources/templates")) {
        LoadResult r = DesignJson::loadFile(entry.path().string());
        if (r.ok())
            out.push_back(std::move(*r.design));
    }
    return out;
}

std::string flatten(const Analysis& a)
{
    std::string out;
    for (const auto& p : a.paths)
        out += a.clients[p.client] + ">" + a.clusters[p.cluster] + ":" +
               std::string(toString(p.endpoint)) + std::string(a.endpointElement(p)) +
               (p.reachable ? "+" : "-") + (p.assumed ? "a" : "") + (p.selected ? "s" : "") +
               std::string(p.rule) + "\n";
    std::vector<std::string> findings;
    for (const auto& f : a.findings) {
        std::string line = f.rule + "|" + f.message();
        for (const auto& e : f.elements)
            line += "|" + e;
        findings.push_back(line);
    }
    std::sort(findings.begin(), findings.end());
    for (const auto& f : findings)
        out += f + "\n";
    return out;
}

// A value for `spec` chosen by `pick` among a few valid ones of its type.
PropertyValue valueFor(const Design& d, const PropertySpec& spec, const PropertyValue& current,
                       std::uint8_t pick)
{
    std::vector<std::string> refs;
    for (const auto& e : d.elements())
        if (std::find(spec.refKinds.begin(), spec.refKinds.end(), e.kind) != spec.refKinds.end())
            refs.push_back(e.id);
    static const char* const kCidrs[] = {"10.0.0.0/16",    "10.1.0.0/16",    "10.0.1.0/24",
                                         "192.168.0.0/16", "203.0.113.0/24", "0.0.0.0/0"};
    static const char* const kIps[] = {"10.0.1.4",     "10.1.0.9",    "10.0.3.4",
                                       "192.168.1.10", "203.0.113.7", "198.51.100.25"};
    static const char* const kTexts[] = {"privatelink.eastus.azmk8s.io", "alice@contoso.example",
                                         "arn:aws:iam::111122223333:role/ops", "eks.amazonaws.com",
                                         "example.internal"};
    // Texts of a known form get values of that form (route tables, static routes).
    if (spec.form == TextForm::RouteTable) {
        static const char* const kTables[] = {"default", "rt-a", ""};
        if (spec.type == PropertyType::TextList)
            return pick % 3 == 0 ? StringList{} : StringList{kTables[pick % 2]};
        return std::string(kTables[pick % 3]);
    }
    if (spec.form == TextForm::TgwRoute) {
        static const char* const kRoutes[] = {"default 10.20.0.0/16 att-prod",
                                              "rt-a 10.40.0.0/16 att-tools",
                                              "default 10.0.0.0/8 blackhole"};
        return pick % 4 == 0 ? StringList{} : StringList{kRoutes[pick % 3]};
    }
    if (spec.form == TextForm::RoleAssignment) {
        static const char* const kAssignments[] = {
            "alice@contoso.example Azure Kubernetes Service Cluster Admin Role",
            "alice@contoso.example Reader", "bob@contoso.example Owner",
            "alice@contoso.example Azure Kubernetes Service RBAC Writer"};
        return pick % 5 == 0 ? StringList{} : StringList{kAssignments[pick % 4]};
    }
    if (spec.form == TextForm::EksAccessEntry || spec.form == TextForm::AwsAuthEntry) {
        static const char* const kEntries[] = {"arn:aws:iam::111122223333:role/ops",
                                               "arn:aws:iam::111122223333:role/ops system:masters",
                                               "arn:aws:iam::111122223333:role/teams/ops dev"};
        return pick % 4 == 0 ? StringList{} : StringList{kEntries[pick % 3]};
    }
    switch (spec.type) {
    case PropertyType::Bool:
        return !std::get<bool>(current);
    case PropertyType::Int:
        return std::int64_t(pick % 8);
    case PropertyType::String:
        return std::string(pick % 2 ? "eastus" : "westeurope");
    case PropertyType::Enum:
        return spec.choices.empty() ? current
                                    : PropertyValue(spec.choices[pick % spec.choices.size()]);
    case PropertyType::Cidr:
        return std::string(kCidrs[pick % 6]);
    case PropertyType::CidrList:
    case PropertyType::SourceList:
        return pick % 3 == 0 ? StringList{} : StringList{kCidrs[pick % 6]};
    case PropertyType::Ip:
        return std::string(kIps[pick % 6]);
    case PropertyType::IpList:
        return pick % 3 == 0 ? StringList{} : StringList{kIps[pick % 6]};
    case PropertyType::TextList:
        return pick % 3 == 0 ? StringList{} : StringList{kTexts[pick % 5]};
    case PropertyType::Ref:
        return refs.empty() || pick % 4 == 0 ? std::string() : refs[pick % refs.size()];
    case PropertyType::RefList:
        return refs.empty() || pick % 3 == 0 ? StringList{} : StringList{refs[pick % refs.size()]};
    case PropertyType::ZoneChoice:
        if (pick % 3 == 0)
            return std::string("System");
        if (pick % 3 == 1 || refs.empty())
            return std::string("None");
        return refs[pick % refs.size()];
    }
    return current;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::vector<Design> templates = loadTemplates();
    if (size < 1 || templates.empty())
        return 0;
    Design d = templates[data[0] % templates.size()];
    LiveAnalysis live(d);
    // KUBEGATE_FUZZ_TRACE=1: print each edit and the first difference (to reduce a crash).
    const bool trace = std::getenv("KUBEGATE_FUZZ_TRACE") != nullptr;
    if (trace)
        std::fprintf(stderr, "design: %s\n", d.title().c_str());
    std::string what;
    std::vector<std::unique_ptr<Edit>> done; // additions and removals, for undo
    int added = 0;
    // An addition the design refuses is taken back; one it accepts can be undone later.
    auto add = [&](std::unique_ptr<AddItemsEdit> edit) {
        edit->apply(d);
        if (!DesignChecker::check(d).empty()) {
            edit->revert(d);
            what += " (refused)";
        } else {
            done.push_back(std::move(edit));
        }
    };
    auto compare = [&] {
        const std::string incremental = flatten(live.update());
        const std::string fresh = flatten(Analyzer::run(d));
        if (trace)
            std::fprintf(stderr, "%s: update %d\n", what.c_str(), int(live.lastUpdate()));
        if (incremental != fresh) {
            if (trace) {
                std::size_t i = 0;
                while (i < incremental.size() && i < fresh.size() && incremental[i] == fresh[i])
                    ++i;
                std::size_t start = incremental.rfind('\n', i);
                start = start == std::string::npos ? 0 : start + 1;
                std::fprintf(stderr, "live:  %s\nfresh: %s\n",
                             incremental.substr(start, 160).c_str(),
                             fresh.substr(start, 160).c_str());
            }
            std::abort();
        }
    };
    for (std::size_t at = 1; at + 3 <= size && at < 1 + 3 * 40; at += 3) {
        const std::uint8_t op = data[at];
        const std::uint8_t which = data[at + 1];
        const std::uint8_t pick = data[at + 2];
        if (op % 8 == 6 && !d.elements().empty()) {
            auto edit = std::make_unique<RemoveItemsEdit>(
                d, std::vector<std::string>{d.elements()[which % d.elements().size()].id},
                "Delete");
            what = "remove " + d.elements()[which % d.elements().size()].id;
            edit->apply(d);
            done.push_back(std::move(edit));
        } else if (op % 8 == 7 && !done.empty()) {
            // Only when the design stays whole: an element added and then given children, or
            // referred to, cannot go (the undo stack would undo those edits first).
            done.back()->revert(d);
            what = "undo the last addition or removal";
            if (!DesignChecker::check(d).empty()) {
                done.back()->apply(d);
                what += " (refused)";
            } else {
                done.pop_back();
            }
        } else if (op % 8 == 3 && (op >> 3) % 4 == 0 && !d.elements().empty()) {
            // A rename: findings and step texts name elements by their label.
            Element e = d.elements()[which % d.elements().size()];
            static const char* const kNames[] = {"", "hub", "spoke-2", "Ops laptop", "aks-pay"};
            e.name = kNames[pick % 5];
            what = "rename " + e.id + " to '" + e.name + "'";
            d.replaceElement(e);
        } else if (op % 8 == 3 && (op >> 3) % 4 == 1) {
            // An element of any kind, in a container that may hold it (refused otherwise).
            const auto kinds = KindRegistry::elementKinds();
            const KindInfo& info = kinds[which % kinds.size()];
            std::vector<std::string> places;
            if (info.topLevel)
                places.emplace_back();
            for (const auto& c : d.elements())
                if (KindRegistry::canNest(info.kind, c.kind))
                    places.push_back(c.id);
            if (places.empty())
                continue;
            Element e;
            e.id = "fuzz-" + std::to_string(++added);
            e.kind = info.kind;
            e.parent = places[pick % places.size()];
            what = "add " + info.key + " " + e.id + " in '" + e.parent + "'";
            add(std::make_unique<AddItemsEdit>(std::vector<Element>{e}, std::vector<Link>{},
                                               "Add"));
        } else if (op % 8 == 3 && (op >> 3) % 4 == 2 && !d.elements().empty()) {
            // A link of any kind between two elements it may join (refused otherwise).
            const auto kinds = KindRegistry::linkKinds();
            const LinkKindInfo& info = kinds[which % kinds.size()];
            std::vector<std::string> from, to;
            for (const auto& e : d.elements()) {
                auto in = [&](const std::vector<ElementKind>& list) {
                    return std::find(list.begin(), list.end(), e.kind) != list.end();
                };
                if (in(info.fromKinds))
                    from.push_back(e.id);
                if (in(info.toKinds))
                    to.push_back(e.id);
            }
            if (from.empty() || to.empty())
                continue;
            Link l{"fuzz-link-" + std::to_string(++added),
                   info.kind,
                   from[pick % from.size()],
                   to[(pick / 5) % to.size()],
                   {}};
            what = "link " + info.key + " " + l.from + " -> " + l.to;
            add(std::make_unique<AddItemsEdit>(std::vector<Element>{}, std::vector<Link>{l},
                                               "Add"));
        } else if (op % 8 == 4 && !d.elements().empty()) {
            // A move into another container (or to the top level), refused when the design
            // does not allow it.
            std::vector<std::string> containers{""};
            for (const auto& c : d.elements())
                if (KindRegistry::info(c.kind).container)
                    containers.push_back(c.id);
            const Element before = d.elements()[which % d.elements().size()];
            Element moved = before;
            moved.parent = containers[pick % containers.size()];
            what = "move " + moved.id + " into '" + moved.parent + "'";
            if (moved.parent == moved.id || d.isAncestor(moved.id, moved.parent))
                continue;
            d.replaceElement(moved);
            if (!DesignChecker::check(d).empty()) {
                d.replaceElement(before);
                what += " (refused)";
            }
        } else if (op % 8 == 5 && !d.links().empty()) {
            Link l = d.links()[which % d.links().size()];
            const auto& specs = KindRegistry::info(l.kind).properties;
            if (specs.empty())
                continue;
            const PropertySpec& spec = specs[pick % specs.size()];
            auto it = l.properties.find(spec.key);
            l.properties[spec.key] =
                valueFor(d, spec, it == l.properties.end() ? spec.defaultValue : it->second, pick);
            const Link before = *d.link(l.id);
            d.replaceLink(l);
            what = "link " + l.id + "." + spec.key;
            if (!DesignChecker::check(d).empty()) {
                d.replaceLink(before);
                what += " (refused)";
            }
        } else if (!d.elements().empty()) {
            Element e = d.elements()[which % d.elements().size()];
            const auto& specs = KindRegistry::info(e.kind).properties;
            if (specs.empty())
                continue;
            const PropertySpec& spec = specs[pick % specs.size()];
            const Element before = e;
            e.properties[spec.key] = valueFor(d, spec, e.value(spec.key), pick / 7);
            d.replaceElement(e);
            what = e.id + "." + spec.key;
            if (const auto* text = std::get_if<std::string>(&e.properties[spec.key]))
                what += " = '" + *text + "'";
            if (!DesignChecker::check(d).empty()) {
                d.replaceElement(before);
                what += " (refused)";
            }
        }
        // The high bit batches this edit with the next one (a command changing several
        // items, or edits between two repaints): the live analysis catches up once.
        if ((op & 0x80) && at + 6 <= size) {
            if (trace)
                std::fprintf(stderr, "%s: batched\n", what.c_str());
            continue;
        }
        compare();
    }
    if (live.stale())
        compare();
    return 0;
}
