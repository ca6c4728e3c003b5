#include "model/LinkRules.h"

#include "model/Cidr.h"
#include "model/KindRegistry.h"

#include <algorithm>

namespace kg {

namespace {

bool accepts(const std::vector<ElementKind>& kinds, ElementKind kind)
{
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

bool fits(const LinkKindInfo& info, ElementKind from, ElementKind to)
{
    if (accepts(info.fromKinds, from) && accepts(info.toKinds, to))
        return true;
    return !info.directed && accepts(info.fromKinds, to) && accepts(info.toKinds, from);
}

// The address blocks of a network element (VNet address space, VPC CIDR blocks, on-premises).
std::vector<Cidr> addressBlocks(const Element& e)
{
    std::vector<Cidr> blocks;
    for (const char* key : {"addressSpace", "cidrBlocks"}) {
        if (!KindRegistry::property(e.kind, key))
            continue;
        for (const auto& text : e.listValue(key))
            if (auto c = Cidr::parse(text))
                blocks.push_back(*c);
    }
    return blocks;
}

LinkProblem problem(LinkProblem::Code code, std::string first, std::string second = {},
                    Sentence detail = {})
{
    LinkProblem p;
    p.code = code;
    p.first = std::move(first);
    p.second = std::move(second);
    p.detail = std::move(detail);
    return p;
}

} // namespace

std::vector<LinkKind> LinkRules::kindsBetween(const Design& design, const std::string& from,
                                              const std::string& to)
{
    std::vector<LinkKind> kinds;
    const Element* a = design.element(from);
    const Element* b = design.element(to);
    if (!a || !b || a == b)
        return kinds;
    for (const auto& info : KindRegistry::linkKinds())
        if (fits(info, a->kind, b->kind) && (info.kind != LinkKind::Peering || a->kind == b->kind))
            kinds.push_back(info.kind);
    return kinds;
}

LinkProblem LinkRules::check(const Design& design, LinkKind kind, const std::string& from,
                             const std::string& to)
{
    using C = LinkProblem::Code;
    const Element* a = design.element(from);
    const Element* b = design.element(to);
    if (!a || !b)
        return problem(C::MissingEnd, a ? to : from);
    if (a == b)
        return problem(C::SelfLink, from);
    const LinkKindInfo& info = KindRegistry::info(kind);
    if (!fits(info, a->kind, b->kind))
        return problem(C::WrongKinds, a->label(), b->label());
    for (const Link* l : design.linksOf(from)) {
        const bool same =
            (l->from == from && l->to == to) || (!info.directed && l->from == to && l->to == from);
        if (l->kind == kind && same)
            return problem(C::Duplicate, a->label(), b->label());
    }
    if (kind == LinkKind::Peering) {
        if (a->kind != b->kind)
            return problem(C::MixedClouds, a->label(), b->label());
        for (const Cidr& x : addressBlocks(*a))
            for (const Cidr& y : addressBlocks(*b))
                if (x.overlaps(y))
                    return problem(C::Overlap, a->label(), b->label(),
                                   Sentence("phrase.cidr-overlaps",
                                            {{"a", x.toString()}, {"b", y.toString()}}));
    }
    return {};
}

} // namespace kg
