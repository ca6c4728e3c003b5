// A trainer's lesson in the file: the build-up order and the quiz's questions survive a save
// and a load, a save keeps only what still exists, and every malformed lesson is refused with
// its place and what is wrong, the design not half-loaded.
#include "model/Lesson.h"

#include "TemplateFiles.h"
#include "io/DesignJson.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace kg;

namespace {

Design hubSpoke()
{
    LoadResult loaded = DesignJson::loadFile(std::string(KUBEGATE_SOURCE_DIR) +
                                             "/resources/templates/aks-private-hub-spoke.kubegate");
    EXPECT_TRUE(loaded.design);
    return loaded.design ? std::move(*loaded.design) : Design();
}

std::string firstOf(const Design& d, ElementKind kind)
{
    for (const auto& e : d.elements())
        if (e.kind == kind)
            return e.id;
    return {};
}

// The template's file with `lesson` as its lesson.
std::string withLesson(const nlohmann::json& lesson)
{
    nlohmann::json file = nlohmann::json::parse(DesignJson::save(hubSpoke()));
    file["lesson"] = lesson;
    return file.dump();
}

} // namespace

TEST(LessonTest, BuildOrderAndQuizSurviveSaveAndLoad)
{
    Design d = hubSpoke();
    const std::string cluster = firstOf(d, ElementKind::AksCluster);
    const std::string jumpbox = firstOf(d, ElementKind::JumpboxVm);
    const std::string vnet = firstOf(d, ElementKind::AzureVnet);
    ASSERT_FALSE(cluster.empty());
    ASSERT_FALSE(jumpbox.empty());
    EXPECT_EQ(DesignJson::save(d).find("\"lesson\""), std::string::npos)
        << "a design without a lesson writes no key";

    Lesson lesson;
    lesson.buildOrder = {cluster, vnet, jumpbox};
    lesson.quiz = {{jumpbox, cluster}, {cluster + "/nodes", cluster}};
    d.setLesson(lesson);
    const std::string saved = DesignJson::save(d);
    LoadResult again = DesignJson::load(saved);
    ASSERT_TRUE(again.ok()) << (again.errors.empty() ? "" : again.errors.front().message());
    EXPECT_EQ(again.design->lesson(), lesson) << "the order of both lists is kept";
    EXPECT_EQ(*again.design, d);
}

TEST(LessonTest, ASaveKeepsOnlyWhatTheDesignStillHas)
{
    Design d = hubSpoke();
    const std::string cluster = firstOf(d, ElementKind::AksCluster);
    const std::string jumpbox = firstOf(d, ElementKind::JumpboxVm);
    Lesson lesson;
    lesson.buildOrder = {jumpbox, cluster};
    lesson.quiz = {{jumpbox, cluster}, {"laptop-gone", cluster}};
    d.setLesson(lesson);
    d.eraseElement(jumpbox);
    LoadResult again = DesignJson::load(DesignJson::save(d));
    ASSERT_TRUE(again.ok()) << "a removed element leaves no dangling id in the file";
    EXPECT_EQ(again.design->lesson().buildOrder, std::vector<std::string>{cluster});
    EXPECT_TRUE(again.design->lesson().quiz.empty());
}

TEST(LessonTest, AsksKnowsClientsClustersAndImplicitNodes)
{
    const Design d = hubSpoke();
    const std::string cluster = firstOf(d, ElementKind::AksCluster);
    const std::string jumpbox = firstOf(d, ElementKind::JumpboxVm);
    const std::string subnet = firstOf(d, ElementKind::AzureSubnet);
    EXPECT_TRUE(Lesson::asks(d, {jumpbox, cluster}));
    EXPECT_TRUE(Lesson::asks(d, {cluster + "/nodes", cluster}));
    EXPECT_FALSE(Lesson::asks(d, {subnet, cluster})) << "a subnet sends no requests";
    EXPECT_FALSE(Lesson::asks(d, {jumpbox, jumpbox})) << "a jumpbox is no cluster";
    EXPECT_FALSE(Lesson::asks(d, {subnet + "/nodes", cluster})) << "only a cluster has nodes";
    EXPECT_FALSE(Lesson::asks(d, {"", cluster}));
}

struct BadLesson
{
    const char* name;
    nlohmann::json lesson;
    const char* pointer;
    const char* says;
};

TEST(LessonTest, AMalformedLessonIsRefusedWithWhereAndWhat)
{
    const Design d = hubSpoke();
    const std::string cluster = firstOf(d, ElementKind::AksCluster);
    const std::string jumpbox = firstOf(d, ElementKind::JumpboxVm);
    const std::string subnet = firstOf(d, ElementKind::AzureSubnet);
    using json = nlohmann::json;
    const json question = {{"client", jumpbox}, {"cluster", cluster}};
    const std::vector<BadLesson> cases = {
        {"not an object", json::array(), "/lesson", "must be an object"},
        {"unknown key", {{"order", json::array()}}, "/lesson/order", "unknown key \"order\""},
        {"order not a list", {{"buildOrder", "vnet"}}, "/lesson/buildOrder", "must be an array"},
        {"id not a string",
         {{"buildOrder", {cluster, 7}}},
         "/lesson/buildOrder/1",
         "must be a string"},
        {"empty id", {{"buildOrder", {""}}}, "/lesson/buildOrder/0", "is not an id"},
        {"no such element",
         {{"buildOrder", {"ghost"}}},
         "/lesson/buildOrder/0",
         "\"ghost\", which is not an element"},
        {"an element twice", {{"buildOrder", {cluster, cluster}}}, "/lesson/buildOrder/1", "twice"},
        {"quiz not a list", {{"quiz", question}}, "/lesson/quiz", "must be an array"},
        {"question not an object", {{"quiz", {"x"}}}, "/lesson/quiz/0", "must be an object"},
        {"question without cluster",
         {{"quiz", {{{"client", jumpbox}}}}},
         "/lesson/quiz/0",
         "needs \"cluster\""},
        {"question with another key",
         {{"quiz", {{{"client", jumpbox}, {"cluster", cluster}, {"answer", "dns"}}}}},
         "/lesson/quiz/0/answer",
         "unknown key \"answer\""},
        {"client not a client",
         {{"quiz", {{{"client", subnet}, {"cluster", cluster}}}}},
         "/lesson/quiz/0/client",
         "is not a client"},
        {"cluster not a cluster",
         {{"quiz", {{{"client", jumpbox}, {"cluster", jumpbox}}}}},
         "/lesson/quiz/0/cluster",
         "is not a cluster"},
        {"question twice", {{"quiz", {question, question}}}, "/lesson/quiz/1", "twice"},
        {"too many questions",
         {{"quiz", json(json::array_t(1001, question))}},
         "/lesson/quiz",
         "the limit is 1000"},
    };
    for (const BadLesson& c : cases) {
        SCOPED_TRACE(c.name);
        LoadResult r = DesignJson::load(withLesson(c.lesson));
        EXPECT_FALSE(r.design) << "nothing half-loaded";
        ASSERT_FALSE(r.errors.empty());
        EXPECT_EQ(r.errors.front().pointer, c.pointer);
        EXPECT_NE(r.errors.front().message().find(c.says), std::string::npos)
            << r.errors.front().message();
    }
}
