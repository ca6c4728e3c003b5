#pragma once

#include <string>
#include <string_view>

namespace kg {

// Writes JSON text straight into a string, laid out exactly as nlohmann::json's dump(2) lays
// out the same document (two-space indentation, "key": value, empty containers as [] and {}),
// without building the document first: `validate --format json` of a large estate writes
// 100 MB of paths, and a document per path cost four times the text output.
// Strings are escaped as dump() escapes valid UTF-8 (", \, \b \f \n \r \t, other control
// characters as \u00XX).
class JsonStream
{
public:
    explicit JsonStream(std::string& out, int depth = 0) : m_out(out), m_depth(depth) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next member of the current object.
    void key(std::string_view name);
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(bool b);
    void null();

    static void escape(std::string_view text, std::string& out);

private:
    void beforeValue();
    void newline();

    std::string& m_out;
    int m_depth;
    bool m_first = true;     // no element yet in the current container
    bool m_afterKey = false; // a key was written: its value follows on the same line
};

} // namespace kg
