// JsonStream writes what nlohmann::json's dump(2) writes for the same document: checked on
// nested containers, empty ones, and strings holding every ASCII control character, quotes,
// backslashes and non-ASCII text.
#include "cli/JsonStream.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace kg;

TEST(JsonStream, LaysOutAsDumpDoes)
{
    std::string hostile;
    for (int c = 1; c < 0x80; ++c)
        hostile += static_cast<char>(c);
    hostile += "\"\\/ 中文 — ✓";

    nlohmann::ordered_json expected = nlohmann::ordered_json::object();
    expected["text"] = hostile;
    expected["empty"] = nlohmann::ordered_json::array();
    expected["nothing"] = nlohmann::ordered_json::object();
    expected["list"] = {"a", hostile};
    expected["flag"] = false;
    expected["none"] = nullptr;
    nlohmann::ordered_json inner = nlohmann::ordered_json::object();
    inner["k"] = "v";
    inner["more"] = nlohmann::ordered_json::array({nlohmann::ordered_json::object()});
    expected["objects"] = nlohmann::ordered_json::array({inner, inner});

    std::string out;
    JsonStream j(out);
    j.beginObject();
    j.key("text");
    j.value(hostile);
    j.key("empty");
    j.beginArray();
    j.endArray();
    j.key("nothing");
    j.beginObject();
    j.endObject();
    j.key("list");
    j.beginArray();
    j.value("a");
    j.value(hostile);
    j.endArray();
    j.key("flag");
    j.value(false);
    j.key("none");
    j.null();
    j.key("objects");
    j.beginArray();
    for (int i = 0; i < 2; ++i) {
        j.beginObject();
        j.key("k");
        j.value("v");
        j.key("more");
        j.beginArray();
        j.beginObject();
        j.endObject();
        j.endArray();
        j.endObject();
    }
    j.endArray();
    j.endObject();
    EXPECT_EQ(out, expected.dump(2));
}
