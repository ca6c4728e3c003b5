#include "analysis/Quiz.h"

#include <algorithm>

namespace kg {

namespace {

QuizAnswer answerOf(const PathOutcome& outcome)
{
    if (outcome.reachable)
        return QuizAnswer::Reachable;
    switch (outcome.blockedStage) {
    case Stage::Dns:
        return QuizAnswer::Dns;
    case Stage::Network:
        return QuizAnswer::Network;
    case Stage::Admission:
        return QuizAnswer::Admission;
    case Stage::Identity:
        return QuizAnswer::Identity;
    }
    return QuizAnswer::Dns;
}

} // namespace

std::optional<QuizAnswer> quizAnswer(const Analysis& analysis, const QuizCell& cell)
{
    const auto client = std::find(analysis.clients.begin(), analysis.clients.end(), cell.client);
    const auto cluster =
        std::find(analysis.clusters.begin(), analysis.clusters.end(), cell.cluster);
    if (client == analysis.clients.end() || cluster == analysis.clusters.end())
        return std::nullopt;
    const PathOutcome* best =
        analysis.best(static_cast<std::uint32_t>(client - analysis.clients.begin()),
                      static_cast<std::uint32_t>(cluster - analysis.clusters.begin()));
    if (!best)
        return std::nullopt;
    return answerOf(*best);
}

std::vector<QuizCell> defaultQuiz(const Analysis& analysis, std::size_t limit)
{
    // Every pair with a path, grouped by its answer, each group in matrix order.
    std::array<std::vector<std::pair<std::uint32_t, std::uint32_t>>, kQuizAnswers> byAnswer;
    for (std::uint32_t i = 0; i < analysis.clients.size(); ++i)
        for (std::uint32_t k = 0; k < analysis.clusters.size(); ++k)
            if (const PathOutcome* best = analysis.best(i, k))
                byAnswer[static_cast<std::size_t>(answerOf(*best))].emplace_back(i, k);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> chosen;
    std::array<std::size_t, kQuizAnswers> next{};
    for (bool more = true; more && chosen.size() < limit;) {
        more = false;
        for (std::size_t a = 0; a < kQuizAnswers && chosen.size() < limit; ++a) {
            if (next[a] >= byAnswer[a].size())
                continue;
            chosen.push_back(byAnswer[a][next[a]++]);
            more = true;
        }
    }
    std::sort(chosen.begin(), chosen.end());
    std::vector<QuizCell> quiz;
    quiz.reserve(chosen.size());
    for (const auto& [i, k] : chosen)
        quiz.push_back({analysis.clients[i], analysis.clusters[k]});
    return quiz;
}

void QuizScore::add(QuizAnswer truth, std::optional<QuizAnswer> predicted)
{
    ++revealed;
    if (predicted == truth)
        ++right;
    else
        ++missed[static_cast<std::size_t>(truth)];
}

std::vector<std::pair<QuizAnswer, int>> QuizScore::mostMissed() const
{
    std::vector<std::pair<QuizAnswer, int>> out;
    for (std::size_t a = 0; a < kQuizAnswers; ++a)
        if (missed[a] > 0)
            out.emplace_back(static_cast<QuizAnswer>(a), missed[a]);
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    return out;
}

} // namespace kg
