#include "io/LessonReader.h"

#include "io/JsonText.h"
#include "model/KindRegistry.h"
#include "model/Limits.h"

#include <set>

namespace kg {

using json = nlohmann::json;

std::optional<Lesson> LessonReader::read(const json& lesson)
{
    if (!lesson.is_object()) {
        m_error("/lesson", "\"lesson\" must be an object, found " + JsonText::typeName(lesson));
        return std::nullopt;
    }
    bool ok = true;
    for (auto it = lesson.begin(); it != lesson.end(); ++it)
        if (it.key() != "buildOrder" && it.key() != "quiz") {
            m_error("/lesson/" + JsonText::pointerToken(it.key()),
                    "unknown key \"" + it.key().substr(0, 60) +
                        "\" in the lesson (it may hold \"buildOrder\" and \"quiz\")");
            ok = false;
        }
    Lesson out;
    if (auto order = lesson.find("buildOrder"); order != lesson.end())
        ok &= readBuildOrder(*order, out);
    if (auto quiz = lesson.find("quiz"); quiz != lesson.end())
        ok &= readQuiz(*quiz, out);
    if (!ok)
        return std::nullopt;
    return out;
}

bool LessonReader::readId(const json& value, const std::string& pointer, std::string& out)
{
    if (!value.is_string()) {
        m_error(pointer, "an id must be a string, found " + JsonText::typeName(value));
        return false;
    }
    out = value.get<std::string>();
    if (out.empty() || out.size() > limits::kMaxIdLength + 6) { // "/nodes" after a cluster's id
        m_error(pointer, "\"" + out.substr(0, 60) + "\" is not an id");
        return false;
    }
    return true;
}

bool LessonReader::readBuildOrder(const json& order, Lesson& out)
{
    const std::string at = "/lesson/buildOrder";
    if (!order.is_array()) {
        m_error(at, "\"buildOrder\" must be an array of element ids, found " +
                        JsonText::typeName(order));
        return false;
    }
    if (order.size() > limits::kMaxElements) {
        m_error(at, "\"buildOrder\" names " + std::to_string(order.size()) +
                        " elements; the limit is " + std::to_string(limits::kMaxElements));
        return false;
    }
    bool ok = true;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::string pointer = at + "/" + std::to_string(i);
        std::string id;
        if (!readId(order[i], pointer, id)) {
            ok = false;
            continue;
        }
        if (!m_design.element(id)) {
            m_error(pointer, "the build-up order names \"" + id + "\", which is not an element");
            ok = false;
        } else if (!seen.insert(id).second) {
            m_error(pointer, "the build-up order names \"" + id + "\" twice");
            ok = false;
        } else {
            out.buildOrder.push_back(std::move(id));
        }
    }
    return ok;
}

bool LessonReader::readQuiz(const json& quiz, Lesson& out)
{
    const std::string at = "/lesson/quiz";
    if (!quiz.is_array()) {
        m_error(at, "\"quiz\" must be an array of questions, found " + JsonText::typeName(quiz));
        return false;
    }
    if (quiz.size() > limits::kMaxQuizQuestions) {
        m_error(at, "the quiz has " + std::to_string(quiz.size()) + " questions; the limit is " +
                        std::to_string(limits::kMaxQuizQuestions));
        return false;
    }
    bool ok = true;
    std::set<std::pair<std::string, std::string>> asked;
    for (std::size_t i = 0; i < quiz.size(); ++i) {
        const std::string pointer = at + "/" + std::to_string(i);
        const json& item = quiz[i];
        if (!item.is_object()) {
            m_error(pointer,
                    "a question must be an object with \"client\" and \"cluster\", found " +
                        JsonText::typeName(item));
            ok = false;
            continue;
        }
        bool itemOk = true;
        for (auto it = item.begin(); it != item.end(); ++it)
            if (it.key() != "client" && it.key() != "cluster") {
                m_error(pointer + "/" + JsonText::pointerToken(it.key()),
                        "unknown key \"" + it.key().substr(0, 60) +
                            "\" in a question (it has \"client\" and \"cluster\")");
                itemOk = false;
            }
        QuizCell cell;
        for (const char* key : {"client", "cluster"}) {
            auto value = item.find(key);
            if (value == item.end()) {
                m_error(pointer, std::string("a question needs \"") + key + "\"");
                itemOk = false;
                continue;
            }
            itemOk &= readId(*value, pointer + "/" + key,
                             std::string_view(key) == "client" ? cell.client : cell.cluster);
        }
        if (!itemOk) {
            ok = false;
            continue;
        }
        if (!Lesson::asks(m_design, cell)) {
            const Element* cluster = m_design.element(cell.cluster);
            const bool clusterOk = cluster && (cluster->kind == ElementKind::AksCluster ||
                                               cluster->kind == ElementKind::EksCluster);
            m_error(pointer + (clusterOk ? "/client" : "/cluster"),
                    clusterOk ? "\"" + cell.client + "\" is not a client of the design"
                              : "\"" + cell.cluster + "\" is not a cluster of the design");
            ok = false;
        } else if (!asked.emplace(cell.client, cell.cluster).second) {
            m_error(pointer,
                    "the quiz asks about " + cell.client + " and " + cell.cluster + " twice");
            ok = false;
        } else {
            out.quiz.push_back(std::move(cell));
        }
    }
    return ok;
}

} // namespace kg
