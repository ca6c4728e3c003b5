#pragma once

#include "text/Sentence.h"

#include <QString>

class QApplication;

namespace kg::ui {

// Application-wide setup shared by the executable and the UI tests: names used by QSettings
// and QStandardPaths, and the translation chosen in the settings (or the system locale).
class Application
{
public:
    static void configure(QApplication& app);
    // Installs the Kubegate and Qt translations for `language` ("en", "zh_CN"; empty: system),
    // in place of any installed before: the whole interface retranslates (Retranslator).
    static bool installTranslations(QApplication& app, const QString& language);
    // Where the catalogues are read from: the executable's resources, or a build folder (tests).
    static void setCatalogueDirectory(const QString& directory);
    // The language of the installed catalogue, for the core's sentences (text/Sentence).
    static Language language();
    // A core sentence in the interface language; `english` when the sentence is empty (text
    // the core has not put in its catalogue yet).
    static QString render(const Sentence& sentence, const std::string& english);
    // Light or dark widgets (Fusion with a dark palette) to match the canvas theme.
    static void applyTheme(bool dark);

private:
    static QString& catalogueDirectory();
    static Language& currentLanguage();
};

} // namespace kg::ui
