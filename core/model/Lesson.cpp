#include "model/Lesson.h"

#include "model/Design.h"
#include "model/KindRegistry.h"

#include <set>

namespace kg {

namespace {

bool isCluster(const Element* e)
{
    return e && (e->kind == ElementKind::AksCluster || e->kind == ElementKind::EksCluster);
}

} // namespace

bool Lesson::asks(const Design& design, const QuizCell& cell)
{
    if (!isCluster(design.element(cell.cluster)))
        return false;
    constexpr std::string_view kNodes = "/nodes";
    const std::string& c = cell.client;
    if (c.size() > kNodes.size() &&
        c.compare(c.size() - kNodes.size(), kNodes.size(), kNodes) == 0) {
        // Implicit nodes: AKS only (EKS nodes are always node groups).
        const Element* cluster =
            design.element(std::string_view(c).substr(0, c.size() - kNodes.size()));
        return cluster && cluster->kind == ElementKind::AksCluster;
    }
    const Element* client = design.element(c);
    return client && KindRegistry::info(client->kind).client;
}

Lesson Lesson::prunedFor(const Design& design) const
{
    Lesson out;
    std::set<std::string> seen;
    for (const auto& id : buildOrder)
        if (design.element(id) && seen.insert(id).second)
            out.buildOrder.push_back(id);
    std::set<std::pair<std::string, std::string>> asked;
    for (const QuizCell& cell : quiz)
        if (asks(design, cell) && asked.emplace(cell.client, cell.cluster).second)
            out.quiz.push_back(cell);
    return out;
}

} // namespace kg
