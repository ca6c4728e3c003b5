#pragma once

#include <cstdlib>

namespace kg::test {

// The command line speaks the locale's language (LC_ALL, LC_MESSAGES, LANG): a test file that
// reads its English includes this, and the variables are cleared before its tests run (a
// static of each file that includes it, so its initialisation is certain). Tests that
// choose a locale set it themselves.
[[maybe_unused]] static const bool kEnglishLocale = [] {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        unsetenv(name);
    return true;
}();

} // namespace kg::test
