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

// "a, b or c" (in Chinese "a、b或c"): kind keys are values, the joints phrases.
Sentence kindList(const std::vector<ElementKind>& kinds)
{
    if (kinds.empty())
        return {};
    Sentence out = Sentence::literal(kindKey(kinds.front()));
    for (std::size_t i = 1; i < kinds.size(); ++i)
        out = Sentence(i + 1 == kinds.size() ? "phrase.list.or" : "phrase.list.comma",
                       {{"item", kindKey(kinds[i])}}, {{"list", std::move(out)}});
    return out;
}

std::string propertyPointer(const std::string& key)
{
    std::string out = "properties/";
    for (char c : key)
        out += c == '.' ? '/' : c;
    return out;
}

// "an aks.cluster", "a vnet": English takes the article its first letter asks for; Chinese
// none.
Sentence withArticle(Sentence noun)
{
    const std::string english = render(noun, Language::English);
    const bool vowel =
        !english.empty() && std::string("aeiouAEIOU").find(english.front()) != std::string::npos;
    return Sentence(vowel ? "phrase.article.an" : "phrase.article.a", {},
                    {{"noun", std::move(noun)}});
}

Sentence withArticle(const std::string& noun)
{
    return withArticle(Sentence::literal(noun));
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

    void add(const std::string& id, bool isLink, std::string field, Sentence message)
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
                    Sentence("structure.parent.needed", {},
                             {{"kind", withArticle(info.key)},
                              {"parents", withArticle(kindList(info.allowedParents))}}));
            return;
        }
        const Element* parent = m_design.element(e.parent);
        if (!parent) {
            add(e.id, false, "parent", Sentence("structure.parent.missing", {{"id", e.parent}}));
            return;
        }
        // Walk up first: a chain that comes back to e, or is longer than the limit, is refused
        // before kinds are compared, so that a cycle is reported as a cycle.
        std::size_t depth = 1;
        std::unordered_set<std::string> seen{e.id};
        for (const Element* p = parent; p; p = m_design.element(p->parent)) {
            if (!seen.insert(p->id).second) {
                add(e.id, false, "parent",
                    Sentence("structure.parent.cycle", {{"id", e.id}, {"through", p->id}}));
                return;
            }
            if (++depth > limits::kMaxContainmentDepth) {
                add(e.id, false, "parent",
                    Sentence("structure.parent.deep",
                             {{"limit", std::to_string(limits::kMaxContainmentDepth)}}));
                return;
            }
            if (p->parent.empty())
                break;
        }
        if (!KindRegistry::canNest(e.kind, parent->kind)) {
            Sentence where =
                info.allowedParents.empty()
                    ? Sentence("phrase.parent.top-only")
                    : Sentence(info.topLevel ? "phrase.parent.in-or-top" : "phrase.parent.in", {},
                               {{"parents", withArticle(kindList(info.allowedParents))}});
            add(e.id, false, "parent",
                Sentence("structure.parent.wrong",
                         {{"parent", parent->id}, {"parentKind", kindKey(parent->kind)}},
                         {{"kind", withArticle(info.key)}, {"where", std::move(where)}}));
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
                Sentence("structure.ref.missing", {{"key", spec.key}, {"target", target}}));
            return;
        }
        if (!allowed(spec.refKinds, t->kind))
            add(e.id, false, propertyPointer(spec.key),
                Sentence("structure.ref.kind", {{"key", spec.key}, {"target", target}},
                         {{"kind", withArticle(kindKey(t->kind))},
                          {"expected", withArticle(kindList(spec.refKinds))}}));
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
            add(l.id, true, field, Sentence("structure.link.end-missing", {{"id", id}}));
            return;
        }
        if (!allowed(kinds, e->kind))
            add(l.id, true, field,
                Sentence(
                    field == "from" ? "structure.link.start" : "structure.link.end",
                    {{"id", id}, {"endKind", kindKey(e->kind)}},
                    {{"kind", withArticle(info.key)}, {"expected", withArticle(kindList(kinds))}}));
    }

    void checkLink(const Link& l)
    {
        const LinkKindInfo& info = KindRegistry::info(l.kind);
        if (l.from == l.to) {
            add(l.id, true, "to", Sentence("structure.link.self", {{"id", l.from}}));
            return;
        }
        checkEnd(l, "from", l.from, info.fromKinds, info);
        checkEnd(l, "to", l.to, info.toKinds, info);
        const Element* a = m_design.element(l.from);
        const Element* b = m_design.element(l.to);
        if (l.kind == LinkKind::Peering && a && b && a->kind != b->kind)
            add(l.id, true, "to",
                Sentence("structure.link.peering-clouds", {{"from", a->id}, {"to", b->id}},
                         {{"fromKind", withArticle(kindKey(a->kind))},
                          {"toKind", withArticle(kindKey(b->kind))}}));
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
