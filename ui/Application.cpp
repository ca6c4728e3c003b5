#include "Application.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
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
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void Application::applyTheme(bool dark)
{
    // Secondary text (API names, captions, notes) is a solid colour: rich text drops a
    // colour's alpha, which made the default translucent placeholder colour as dark as the
    // primary text. Both meet WCAG AA (4.5:1) on the window and on fields, and stay lighter than
    // the primary text (ThemeContrastTest).
    if (!dark) {
        QPalette p = QApplication::style()->standardPalette();
        p.setColor(QPalette::PlaceholderText, QColor(0x5F, 0x66, 0x70));
        QApplication::setPalette(p);
        return;
    }
    QPalette p;
    const QColor window(0x26, 0x2A, 0x31);
    const QColor base(0x1E, 0x22, 0x28);
    const QColor text(0xE6, 0xE9, 0xED);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x6F, 0xDB));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0xA3, 0xAE));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6B, 0x73, 0x7D));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6B, 0x73, 0x7D));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6B, 0x73, 0x7D));
    QApplication::setPalette(p);
}

Language& Application::currentLanguage()
{
    static Language language = Language::English;
    return language;
}

Language Application::language()
{
    return currentLanguage();
}

QString Application::render(const Sentence& sentence, const std::string& english)
{
    return QString::fromStdString(sentence.empty() ? english : kg::render(sentence, language()));
}

void Application::setCatalogueDirectory(const QString& directory)
{
    catalogueDirectory() = directory;
}

QString& Application::catalogueDirectory()
{
    static QString directory = QStringLiteral(":/i18n");
    return directory;
}

bool Application::installTranslations(QApplication& app, const QString& language)
{
    // The translators installed before are removed first: the language may change while
    // Kubegate runs, and every install or removal tells the widgets to retranslate.
    for (QTranslator* old : app.findChildren<QTranslator*>(QStringLiteral("kubegate-translator"),
                                                           Qt::FindDirectChildrenOnly)) {
        QApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The font first, so that the texts retranslated next are measured in it.
    static const QFont original = QApplication::font();
    QFont font = original;
    if (locale.language() == QLocale::Chinese) {
        // Without an explicit family, CJK text falls back to the Japanese glyph variants.
        font.setFamilies({original.family(), QStringLiteral("Noto Sans CJK SC")});
    }
    QApplication::setFont(font);
    auto* qt = new QTranslator(&app);
    qt->setObjectName(QStringLiteral("kubegate-translator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    else
        delete qt;
    auto* own = new QTranslator(&app);
    own->setObjectName(QStringLiteral("kubegate-translator"));
    const QString dir = catalogueDirectory();
    bool loaded = own->load(locale, QStringLiteral("kubegate"), QStringLiteral("_"), dir);
    // English is the fallback for every other locale ("C" included): its plural forms are
    // what the source strings leave as "(s)".
    if (!loaded)
        loaded = own->load(dir + QStringLiteral("/kubegate_en.qm"));
    // The core's language is set before the translator goes in: installing it retranslates
    // the widgets there and then, and they render the core's sentences too.
    currentLanguage() = Language::English;
    if (loaded) {
        if (languageFromCode(own->language().toStdString()) == Language::SimplifiedChinese)
            currentLanguage() = Language::SimplifiedChinese;
        QApplication::installTranslator(own);
    } else {
        delete own;
    }
    return loaded;
}

} // namespace kg::ui
