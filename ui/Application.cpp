#include "Application.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace kg::ui {

void Application::configure(QApplication& app)
{
    QApplication::setOrganizationName(QStringLiteral("Kubegate"));
    QApplication::setOrganizationDomain(QStringLiteral("kubegate.dev"));
    QApplication::setApplicationName(QStringLiteral("Kubegate"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kubegate"));
    QApplication::setApplicationVersion(QStringLiteral(KUBEGATE_VERSION));
    QSettings settings;
    installTranslations(app, settings.value(QStringLiteral("language")).toString());
}

bool Application::installTranslations(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* own = new QTranslator(&app);
    bool loaded = own->load(locale, QStringLiteral("kubegate"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"));
    // English is the fallback for every other locale ("C" included): its plural forms are
    // what the source strings leave as "(s)".
    if (!loaded)
        loaded = own->load(QStringLiteral(":/i18n/kubegate_en.qm"));
    if (loaded)
        QApplication::installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    else
        delete qt;
    if (locale.language() == QLocale::Chinese) {
        // Without an explicit family, CJK text falls back to the Japanese glyph variants.
        QFont font = QApplication::font();
        font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC")});
        QApplication::setFont(font);
    }
    return loaded;
}

} // namespace kg::ui
