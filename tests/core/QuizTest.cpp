// Quiz mode's core: the right answer of a question is what the path's own steps say, the quiz
// a trainer has not prepared meets every answer the design can give, and the score counts the
// misses by the right answer.
#include "analysis/Quiz.h"

#include "TemplateFiles.h"
#include "analysis/Analyzer.h"
#include "io/DesignJson.h"

#include <gtest/gtest.h>
#include <set>

using namespace kg;

namespace {

// The answer as the detailed path reads it: independent of the outcome the quiz reads.
std::optional<QuizAnswer> fromSteps(const Design& d, const Analysis& a, std::uint32_t i,
                                    std::uint32_t k)
{
    const PathOutcome* best = a.best(i, k);
    if (!best)
        return std::nullopt;
    auto path =
        Analyzer::explain(d, a.clients[i], a.clusters[k], best->endpoint, a.endpointElement(*best));
    if (!path)
        return std::nullopt;
    if (path->blockedStep < 0)
        return QuizAnswer::Reachable;
    switch (path->steps[static_cast<std::size_t>(path->blockedStep)].stage) {
    case Stage::Dns:
        return QuizAnswer::Dns;
    case Stage::Network:
        return QuizAnswer::Network;
    case Stage::Admission:
        return QuizAnswer::Admission;
    case Stage::Identity:
        return QuizAnswer::Identity;
    }
    return std::nullopt;
}

} // namespace

TEST(QuizTest, TheAnswerIsWhatThePathsStepsSay)
{
    std::set<QuizAnswer> seen;
    for (const auto& file : templateFiles()) {
        SCOPED_TRACE(file.filename().string());
        LoadResult loaded = DesignJson::loadFile(file.string());
        ASSERT_TRUE(loaded.design);
        const Design& d = *loaded.design;
        const Analysis a = Analyzer::run(d);
        for (std::uint32_t i = 0; i < a.clients.size(); ++i)
            for (std::uint32_t k = 0; k < a.clusters.size(); ++k) {
                const auto answer = quizAnswer(a, {a.clients[i], a.clusters[k]});
                EXPECT_EQ(answer, fromSteps(d, a, i, k)) << a.clients[i] << " -> " << a.clusters[k];
                if (answer)
                    seen.insert(*answer);
            }
        EXPECT_FALSE(quizAnswer(a, {"nobody", a.clusters.front()}));
    }
    // Reachable, and blocked at DNS, in the network and at admission: the comparison above has
    // met each (no template's best path is blocked by identity alone).
    for (QuizAnswer a :
         {QuizAnswer::Reachable, QuizAnswer::Dns, QuizAnswer::Network, QuizAnswer::Admission})
        EXPECT_TRUE(seen.count(a)) << static_cast<int>(a);
}

TEST(QuizTest, TheDefaultQuizMeetsEveryAnswerTheDesignCanGive)
{
    for (const auto& file : templateFiles()) {
        SCOPED_TRACE(file.filename().string());
        LoadResult loaded = DesignJson::loadFile(file.string());
        ASSERT_TRUE(loaded.design);
        const Analysis a = Analyzer::run(*loaded.design);
        std::set<QuizAnswer> possible;
        for (std::uint32_t i = 0; i < a.clients.size(); ++i)
            for (std::uint32_t k = 0; k < a.clusters.size(); ++k)
                if (auto answer = quizAnswer(a, {a.clients[i], a.clusters[k]}))
                    possible.insert(*answer);
        for (std::size_t limit : {std::size_t{5}, std::size_t{20}}) {
            const std::vector<QuizCell> quiz = defaultQuiz(a, limit);
            EXPECT_LE(quiz.size(), limit);
            std::set<QuizAnswer> asked;
            std::set<std::pair<std::string, std::string>> pairs;
            for (const QuizCell& cell : quiz) {
                const auto answer = quizAnswer(a, cell);
                ASSERT_TRUE(answer) << "a question without a path: " << cell.client;
                asked.insert(*answer);
                EXPECT_TRUE(pairs.emplace(cell.client, cell.cluster).second) << "asked twice";
            }
            if (possible.size() <= limit) {
                EXPECT_EQ(asked, possible);
            }
            // In the analysis's order: client by client, then cluster by cluster.
            auto position = [&](const QuizCell& c) {
                return std::make_pair(std::find(a.clients.begin(), a.clients.end(), c.client) -
                                          a.clients.begin(),
                                      std::find(a.clusters.begin(), a.clusters.end(), c.cluster) -
                                          a.clusters.begin());
            };
            for (std::size_t q = 1; q < quiz.size(); ++q)
                EXPECT_LT(position(quiz[q - 1]), position(quiz[q]));
        }
    }
}

TEST(QuizTest, TheScoreCountsMissesByTheRightAnswer)
{
    QuizScore score;
    EXPECT_TRUE(score.mostMissed().empty());
    score.add(QuizAnswer::Dns, QuizAnswer::Dns);
    score.add(QuizAnswer::Admission, QuizAnswer::Reachable);
    score.add(QuizAnswer::Network, QuizAnswer::Dns);
    score.add(QuizAnswer::Admission, QuizAnswer::Network);
    score.add(QuizAnswer::Reachable, std::nullopt); // revealed before the class predicted
    EXPECT_EQ(score.revealed, 5);
    EXPECT_EQ(score.right, 1);
    const auto most = score.mostMissed();
    ASSERT_EQ(most.size(), 3u);
    EXPECT_EQ(most[0], std::make_pair(QuizAnswer::Admission, 2));
    EXPECT_EQ(most[1], std::make_pair(QuizAnswer::Reachable, 1)) << "ties in stage order";
    EXPECT_EQ(most[2], std::make_pair(QuizAnswer::Network, 1));
}
