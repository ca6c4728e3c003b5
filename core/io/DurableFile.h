#pragma once

#include "text/Sentence.h"

#include <string>
#include <string_view>

namespace kg {

// Writes a whole file so that a crash, a kill or a power loss at any moment leaves either the
// old file or the new one, never a torn mix, and two writers never share a temporary file:
// the bytes go to a temporary file of a unique name beside the target (created exclusively,
// named after the target and the writing process), which is synced to disk, renamed over the
// target, and the folder synced so that the rename itself survives. Temporaries that writers
// killed on the way left behind (their process is gone) are removed by the next write to the
// same target. `error` gets a sentence naming the file and the cause.
class DurableFile
{
public:
    static bool write(const std::string& path, std::string_view bytes, Sentence* error);

    // Syncs the folder that holds `path`, so that a rename into it (QSaveFile's commit) survives
    // a power loss. Best effort: false when the folder cannot be opened or synced.
    static bool syncFolder(const std::string& path);

    // The prefix of the temporaries of `path`: ".<name>.kubegate-tmp-" in its folder.
    static std::string temporaryPrefix(const std::string& path);
};

} // namespace kg
