#pragma once

#include "model/Design.h"
#include "text/Sentence.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

namespace kg {

// Reads a file's "lesson" (docs/FILE-FORMAT.md) against the design already read: the build-up
// order must name elements of the design, each once; each quiz question a client (or a
// cluster's implicit nodes) and a cluster of the design, each pair once. Problems go to
// `error` with their JSON pointer; nothing throws, and a lesson with problems is not used.
class LessonReader
{
public:
    using ErrorSink = std::function<void(std::string pointer, Sentence message)>;

    LessonReader(const Design& design, ErrorSink error)
        : m_design(design), m_error(std::move(error))
    {}

    // The lesson, or nullopt after reporting what is wrong with it.
    std::optional<Lesson> read(const nlohmann::json& lesson);

private:
    bool readBuildOrder(const nlohmann::json& order, Lesson& out);
    bool readQuiz(const nlohmann::json& quiz, Lesson& out);
    bool readId(const nlohmann::json& value, const std::string& pointer, std::string& out);

    const Design& m_design;
    ErrorSink m_error;
};

} // namespace kg
