#pragma once

#include <QString>

class QApplication;

namespace kg::ui {

// Application-wide setup shared by the executable and the UI tests: names used by QSettings
// and QStandardPaths, and the translation chosen in the settings (or the system locale).
class Application
{
public:
    static void configure(QApplication& app);
    // Installs the Kubegate and Qt translations for `language` ("en", "zh_CN"; empty: system).
    static bool installTranslations(QApplication& app, const QString& language);
    // Light or dark widgets (Fusion with a dark palette) to match the canvas theme.
    static void applyTheme(bool dark);
};

} // namespace kg::ui
