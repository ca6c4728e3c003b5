#include "io/LessonReader.h"

#include "io/JsonText.h"
#include "model/KindRegistry.h"
#include "model/Limits.h"
#include "text/Utf8.h"

#include <set>

namespace kg {

using json = nlohmann::json;

std::optional<Lesson> LessonReader::read(const json& lesson)
{
    if (!lesson.is_object()) {
        m_error("/lesson", JsonText::mustBe("lesson", "phrase.json.object", lesson));
        return std::nullopt;
    }
    bool ok = true;
    for (auto it = lesson.begin(); it != lesson.end(); ++it)
        if (it.key() != "buildOrder" && it.key() != "quiz") {
            m_error("/lesson/" + JsonText::pointerToken(it.key()),
                    Sentence("load.lesson.unknown-key", {{"key", utf8Prefix(it.key(), 60)}}));
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
        m_error(pointer,
                Sentence("load.lesson.id-type", {}, {{"found", JsonText::typeName(value)}}));
        return false;
    }
    out = value.get<std::string>();
    if (out.empty() || out.size() > limits::kMaxIdLength + 6) { // "/nodes" after a cluster's id
        m_error(pointer, Sentence("load.lesson.not-id", {{"id", utf8Prefix(out, 60)}}));
        return false;
    }
    return true;
}

bool LessonReader::readBuildOrder(const json& order, Lesson& out)
{
    const std::string at = "/lesson/buildOrder";
    if (!order.is_array()) {
        m_error(at, Sentence("load.lesson.order-type", {}, {{"found", JsonText::typeName(order)}}));
        return false;
    }
    if (order.size() > limits::kMaxElements) {
        m_error(at, Sentence("load.lesson.order-many",
                             {{"count", std::to_string(order.size())},
                              {"limit", std::to_string(limits::kMaxElements)}}));
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
            m_error(pointer, Sentence("load.lesson.order-unknown", {{"id", id}}));
            ok = false;
        } else if (!seen.insert(id).second) {
            m_error(pointer, Sentence("load.lesson.order-twice", {{"id", id}}));
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
        m_error(at, Sentence("load.lesson.quiz-type", {}, {{"found", JsonText::typeName(quiz)}}));
        return false;
    }
    if (quiz.size() > limits::kMaxQuizQuestions) {
        m_error(at, Sentence("load.lesson.quiz-many",
                             {{"count", std::to_string(quiz.size())},
                              {"limit", std::to_string(limits::kMaxQuizQuestions)}}));
        return false;
    }
    bool ok = true;
    std::set<std::pair<std::string, std::string>> asked;
    for (std::size_t i = 0; i < quiz.size(); ++i) {
        const std::string pointer = at + "/" + std::to_string(i);
        const json& item = quiz[i];
        if (!item.is_object()) {
            m_error(pointer, Sentence("load.lesson.question-type", {},
                                      {{"found", JsonText::typeName(item)}}));
            ok = false;
            continue;
        }
        bool itemOk = true;
        for (auto it = item.begin(); it != item.end(); ++it)
            if (it.key() != "client" && it.key() != "cluster") {
                m_error(pointer + "/" + JsonText::pointerToken(it.key()),
                        Sentence("load.lesson.question-key", {{"key", utf8Prefix(it.key(), 60)}}));
                itemOk = false;
            }
        QuizCell cell;
        for (const char* key : {"client", "cluster"}) {
            auto value = item.find(key);
            if (value == item.end()) {
                m_error(pointer, Sentence("load.lesson.question-needs", {{"key", key}}));
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
                    clusterOk ? Sentence("load.lesson.not-client", {{"id", cell.client}})
                              : Sentence("load.lesson.not-cluster", {{"id", cell.cluster}}));
            ok = false;
        } else if (!asked.emplace(cell.client, cell.cluster).second) {
            m_error(pointer, Sentence("load.lesson.quiz-twice",
                                      {{"client", cell.client}, {"cluster", cell.cluster}}));
            ok = false;
        } else {
            out.quiz.push_back(std::move(cell));
        }
    }
    return ok;
}

} // namespace kg
