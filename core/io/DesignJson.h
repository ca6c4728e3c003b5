#pragma once

#include "io/LoadResult.h"
#include "model/Design.h"

#include <string>
#include <string_view>

namespace kg {

// The .kubegate file format (docs/FILE-FORMAT.md): JSON with a "format"/"version" header.
// Output is deterministic (fixed key order, elements and links sorted by id, 2-space indent,
// no timestamps), so that load, save, load gives identical bytes and designs diff cleanly.
// Input is untrusted: every problem becomes a LoadError with a location; nothing throws.
class DesignJson
{
public:
    static LoadResult load(std::string_view bytes);
    // A piece of a design as the clipboard carries it (Fragment::asDesign saved): every item
    // checked as load() checks it (kinds, property types and values, duplicate ids, link ends'
    // kinds), but parents and references may name items outside the piece, and the structure
    // (what nests where, dangling references) is left to the design it is pasted into.
    static LoadResult loadFragment(std::string_view bytes);
    // Reads the file (refusing it unread when it is over the size limit) and loads it.
    static LoadResult loadFile(const std::string& path);

    static std::string save(const Design& design);
    // Writes atomically (temporary file in the same folder, then rename). The UI uses QSaveFile.
    static bool saveFile(const Design& design, const std::string& path, Sentence* error);
};

} // namespace kg
