#include "model/DesignChecker.h"

#include "model/Design.h"
#include "model/KindRegistry.h"
#include "model/Limits.h"

#include <algorithm>
#include <unordered_set>

namespace kg {

namespace {

std::string kindKey(ElementKind kind)
{
    return KindRegistry::info(kind).key;
}

std::string kindList(const std::vector<ElementKind>& kinds)
{
    std::string out;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        if (i > 0)
            out += i + 1 == kinds.size() ? " or " : ", ";
        out += kindKey(kinds[i]);
    }
    return out;
}

std::string propertyPointer(const std::string& key)
{
    std::string out = "properties/";
    for (char c : key)
        out += c == '.' ? '/' : c;
    return out;
}

std::string withArticle(const std::string& noun)
{
    bool vowel = !noun.empty() && std::string("aeiouAEIOU").find(noun.front()) != std::string::npos;
    return (vowel ? "an " : "a ") + noun;
}

bool allowed(const std::vector<ElementKind>& kinds, ElementKind kind)
{
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

class Checker
{
public:
    Checker(const Design& design, std::size_t maxProblems) : m_design(design), m_max(maxProblems) {}

    std::vector<StructureProblem> run()
    {
        for (const auto& e : m_design.elements()) {
            if (full())
                break;
            checkParent(e);
            checkReferences(e);
        }
        for (const auto& l : m_design.links()) {
            if (full())
                break;
            checkLink(l);
        }
        return std::move(m_problems);
    }

private:
    bool full() const { return m_problems.size() >= m_max; }

    void add(const std::string& id, bool isLink, std::string field, std::string message)
    {
        if (!full())
            m_problems.push_back({id, isLink, std::move(field), std::move(message)});
    }

    void checkParent(const Element& e)
    {
        const KindInfo& info = KindRegistry::info(e.kind);
        if (e.parent.empty()) {
            if (!info.topLevel)
                add(e.id, false, "parent",
                    withArticle(info.key) + " must be placed inside " +
                        withArticle(kindList(info.allowedParents)));
            return;
        }
        const Element* parent = m_design.element(e.parent);
        if (!parent) {
            add(e.id, false, "parent", "parent '" + e.parent + "' does not exist");
            return;
        }
        // Walk up first: a chain that comes back to e, or is longer than the limit, is refused
        // before kinds are compared, so that a cycle is reported as a cycle.
        std::size_t depth = 1;
        std::unordered_set<std::string> seen{e.id};
        for (const Element* p = parent; p; p = m_design.element(p->parent)) {
            if (!seen.insert(p->id).second) {
                add(e.id, false, "parent",
                    "containment cycle: '" + e.id + "' ends up inside itself through '" + p->id +
                        "'");
                return;
            }
            if (++depth > limits::kMaxContainmentDepth) {
                add(e.id, false, "parent",
                    "nested more than " + std::to_string(limits::kMaxContainmentDepth) +
                        " levels deep");
                return;
            }
            if (p->parent.empty())
                break;
        }
        if (!KindRegistry::canNest(e.kind, parent->kind)) {
            std::string where = info.allowedParents.empty()
                                    ? "it can only stand at the top level"
                                    : "it can be placed in " +
                                          withArticle(kindList(info.allowedParents)) +
                                          (info.topLevel ? " or at the top level" : "");
            add(e.id, false, "parent",
                withArticle(info.key) + " cannot be placed inside '" + parent->id + "' (" +
                    kindKey(parent->kind) + "); " + where);
        }
    }

    void checkRef(const Element& e, const PropertySpec& spec, const std::string& target)
    {
        if (target.empty())
            return;
        if (spec.type == PropertyType::ZoneChoice && (target == "System" || target == "None"))
            return;
        const Element* t = m_design.element(target);
        if (!t) {
            if (spec.type == PropertyType::SourceList)
                return; // a CIDR entry, validated by PropertyValidator
            add(e.id, false, propertyPointer(spec.key),
                spec.key + " refers to '" + target + "', which does not exist");
            return;
        }
        if (!allowed(spec.refKinds, t->kind))
            add(e.id, false, propertyPointer(spec.key),
                spec.key + " refers to '" + target + "', which is " +
                    withArticle(kindKey(t->kind)) + "; expected " +
                    withArticle(kindList(spec.refKinds)));
    }

    void checkReferences(const Element& e)
    {
        for (const auto& [key, value] : e.properties) {
            const PropertySpec* spec = KindRegistry::property(e.kind, key);
            if (!spec)
                continue;
            switch (spec->type) {
            case PropertyType::Ref:
            case PropertyType::ZoneChoice:
                if (const auto* s = std::get_if<std::string>(&value))
                    checkRef(e, *spec, *s);
                break;
            case PropertyType::RefList:
            case PropertyType::SourceList:
                if (const auto* list = std::get_if<StringList>(&value)) {
                    for (const auto& s : *list)
                        checkRef(e, *spec, s);
                }
                break;
            default:
                break;
            }
        }
    }

    void checkEnd(const Link& l, const std::string& field, const std::string& id,
                  const std::vector<ElementKind>& kinds, const LinkKindInfo& info)
    {
        const Element* e = m_design.element(id);
        if (!e) {
            add(l.id, true, field, "link end '" + id + "' does not exist");
            return;
        }
        if (!allowed(kinds, e->kind))
            add(l.id, true, field,
                withArticle(info.key) + " link cannot " +
                    (field == "from" ? "start at '" : "end at '") + id + "' (" + kindKey(e->kind) +
                    "); expected " + withArticle(kindList(kinds)));
    }

    void checkLink(const Link& l)
    {
        const LinkKindInfo& info = KindRegistry::info(l.kind);
        if (l.from == l.to) {
            add(l.id, true, "to", "a link cannot connect '" + l.from + "' to itself");
            return;
        }
        checkEnd(l, "from", l.from, info.fromKinds, info);
        checkEnd(l, "to", l.to, info.toKinds, info);
        const Element* a = m_design.element(l.from);
        const Element* b = m_design.element(l.to);
        if (l.kind == LinkKind::Peering && a && b && a->kind != b->kind)
            add(l.id, true, "to",
                "a peering joins two networks of one cloud; '" + a->id + "' is " +
                    withArticle(kindKey(a->kind)) + " and '" + b->id + "' " +
                    withArticle(kindKey(b->kind)));
    }

    const Design& m_design;
    std::size_t m_max;
    std::vector<StructureProblem> m_problems;
};

} // namespace

std::vector<StructureProblem> DesignChecker::check(const Design& design, std::size_t maxProblems)
{
    return Checker(design, maxProblems).run();
}

} // namespace kg
