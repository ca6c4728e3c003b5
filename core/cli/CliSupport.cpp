#include "cli/CliSupport.h"

#include "io/DesignJson.h"

#include <ostream>

namespace kg::cli {

int usageError(std::ostream& err, const std::string& message)
{
    err << "kubegate: " << message << "\n"
        << "Try 'kubegate --help'.\n";
    return kExitInput;
}

std::string pad(std::string text, std::size_t width)
{
    // Pads by the columns a terminal gives the text: one per code point, two for a Chinese
    // character (three bytes in UTF-8, from U+0800 on), so that columns line up.
    std::size_t columns = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto ch = static_cast<unsigned char>(text[i]);
        if ((ch & 0xC0) == 0x80)
            continue;
        columns += (ch & 0xF0) == 0xE0 && ch >= 0xE3 ? 2 : 1; // U+3000 and above: wide
    }
    if (columns < width)
        text.append(width - columns, ' ');
    return text;
}

std::string clientLabel(const Design& design, const std::string& id)
{
    if (const Element* e = design.element(id))
        return e->label();
    auto slash = id.find("/nodes");
    if (slash != std::string::npos) {
        const Element* c = design.element(id.substr(0, slash));
        return "nodes of " + (c ? c->label() : id.substr(0, slash));
    }
    return id;
}

std::optional<Design> loadForCommand(const std::string& file, std::ostream& err)
{
    LoadResult loaded = DesignJson::loadFile(file);
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors)
            err << e.format(file) << "\n";
        return std::nullopt;
    }
    if (loaded.migratedFromVersion > 0)
        err << file << ": note: file format version " << loaded.migratedFromVersion
            << " was upgraded in memory; save the design to keep the new format\n";
    for (const auto& note : loaded.notes)
        err << file << ": note: " << note << "\n";
    return std::move(loaded.design);
}

} // namespace kg::cli
