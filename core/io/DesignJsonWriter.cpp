#include "io/DesignJson.h"
#include "io/DurableFile.h"
#include "io/ItemJson.h"
#include "io/Migration.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace kg {

using ordered_json = nlohmann::ordered_json;

std::string DesignJson::save(const Design& design)
{
    ordered_json root = ordered_json::object();
    root["format"] = "kubegate";
    root["version"] = Migration::kCurrentVersion;
    if (!design.title().empty())
        root["title"] = design.title();
    if (!design.notes().empty())
        root["notes"] = design.notes();

    std::vector<const Element*> elements;
    for (const auto& e : design.elements())
        elements.push_back(&e);
    std::sort(elements.begin(), elements.end(),
              [](const Element* a, const Element* b) { return a->id < b->id; });
    ordered_json jsonElements = ordered_json::array();
    for (const Element* e : elements)
        jsonElements.push_back(ItemJson::element(*e));
    root["elements"] = std::move(jsonElements);

    std::vector<const Link*> links;
    for (const auto& l : design.links())
        links.push_back(&l);
    std::sort(links.begin(), links.end(),
              [](const Link* a, const Link* b) { return a->id < b->id; });
    ordered_json jsonLinks = ordered_json::array();
    for (const Link* l : links)
        jsonLinks.push_back(ItemJson::link(*l));
    root["links"] = std::move(jsonLinks);

    // Variants in the order the designer lists them; only files that have some carry the key.
    if (!design.variants().empty()) {
        ordered_json variants = ordered_json::array();
        for (const Variant& v : design.variants())
            variants.push_back(ItemJson::variant(v));
        root["variants"] = std::move(variants);
    }
    // The trainer's lesson, naming only what the design still has (an edit may have removed
    // an element it named); only files that have one carry the key.
    const Lesson lesson = design.lesson().prunedFor(design);
    if (!lesson.empty()) {
        ordered_json jsonLesson = ordered_json::object();
        if (!lesson.buildOrder.empty())
            jsonLesson["buildOrder"] = lesson.buildOrder;
        if (!lesson.quiz.empty()) {
            ordered_json quiz = ordered_json::array();
            for (const QuizCell& cell : lesson.quiz)
                quiz.push_back({{"client", cell.client}, {"cluster", cell.cluster}});
            jsonLesson["quiz"] = std::move(quiz);
        }
        root["lesson"] = std::move(jsonLesson);
    }
    return root.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

bool DesignJson::saveFile(const Design& design, const std::string& path, Sentence* error)
{
    return DurableFile::write(path, save(design), error);
}

} // namespace kg
