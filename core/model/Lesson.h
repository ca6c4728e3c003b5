#pragma once

#include <string>
#include <vector>

namespace kg {

class Design;

// One question of a quiz: may this client reach this cluster's API server, and if not, at
// which stage is it blocked? The client is an element id, or "<cluster>/nodes" for a cluster's
// implicit nodes, as the analysis names its rows.
struct QuizCell
{
    std::string client;
    std::string cluster;

    bool operator==(const QuizCell&) const = default;
};

// What a trainer prepares with a design and the file keeps beside it: the order in which
// presentation's build-up reveals the elements, and a quiz's questions in the order they are
// asked. Both may name items a later edit removed; readers of a lesson skip those, and the file
// keeps only what still exists (Lesson::prunedFor).
struct Lesson
{
    // Element ids in the order the trainer chose; empty for Kubegate's own order. Elements the
    // list does not name follow in Kubegate's order (buildUpOrder).
    std::vector<std::string> buildOrder;
    // The quiz's questions in order; empty when the trainer has chosen none.
    std::vector<QuizCell> quiz;

    bool empty() const { return buildOrder.empty() && quiz.empty(); }
    bool operator==(const Lesson&) const = default;

    // Whether a question's client and cluster both exist in `design` (a client element or a
    // cluster's implicit nodes; a cluster).
    static bool asks(const Design& design, const QuizCell& cell);
    // The lesson without the ids `design` no longer has, nor repeats of one id or question.
    Lesson prunedFor(const Design& design) const;
};

} // namespace kg
