#pragma once

#include "analysis/Analysis.h"
#include "model/Lesson.h"

#include <array>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace kg {

// What a class predicts for a question of a quiz: the path holds, or the stage that blocks it.
enum class QuizAnswer : std::uint8_t { Reachable, Dns, Network, Admission, Identity };
inline constexpr std::size_t kQuizAnswers = 5;

// The answer the analysis gives: the pair's best path (Analysis::best) holds (on an assumption
// too), or the stage that blocks it. nullopt when the design has no such pair or the pair has no
// path (a cluster's nodes ask only their own cluster).
std::optional<QuizAnswer> quizAnswer(const Analysis& analysis, const QuizCell& cell);

// The questions of a quiz the trainer has not prepared: at most `limit` pairs that have a path,
// taken in turn from each answer (so that a class meets every stage the design can show, not
// twenty reachable pairs), then put in the analysis's order: client by client, as the design
// lists them.
std::vector<QuizCell> defaultQuiz(const Analysis& analysis, std::size_t limit = 20);

// A class's score: questions revealed, predictions right, and the misses counted by the right
// answer (a pair blocked at DNS that the class thought reachable is a DNS miss).
struct QuizScore
{
    int revealed = 0;
    int right = 0;
    std::array<int, kQuizAnswers> missed{};

    void add(QuizAnswer truth, std::optional<QuizAnswer> predicted);
    // The answers the class missed, most often first (ties in stage order); none missed, empty.
    std::vector<std::pair<QuizAnswer, int>> mostMissed() const;
};

} // namespace kg
