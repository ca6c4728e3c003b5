#include "panels/PropertyTexts.h"

#include "model/KindRegistry.h"
#include "panels/PropertyLabels.h"

#include <QTranslator>
#include <QtTest>
#include <algorithm>

// Every property description the inspector shows is in the translatable list, so that a new
// property cannot reach the Chinese UI untranslated.
class PropertyTextsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyDescriptionIsListed()
    {
        int checked = 0;
        for (const auto& kind : kg::KindRegistry::elementKinds())
            for (const auto& spec : kind.properties) {
                QVERIFY2(kg::ui::PropertyTexts::listed(spec.description), spec.description.c_str());
                ++checked;
            }
        for (const auto& kind : kg::KindRegistry::linkKinds())
            for (const auto& spec : kind.properties) {
                QVERIFY2(kg::ui::PropertyTexts::listed(spec.description), spec.description.c_str());
                ++checked;
            }
        QVERIFY(checked > 80);
        QVERIFY(!kg::ui::PropertyTexts::listed("not a description"));
    }

    // Every property has a name in words and every enum value words of its own, so that the
    // inspector never falls back to the API's name for a property the registry gained.
    void everyPropertyAndEnumValueHasWords()
    {
        int values = 0;
        auto check = [&](const kg::PropertySpec& spec) {
            QVERIFY2(kg::ui::PropertyLabels::hasLabel(spec.key), spec.key.c_str());
            for (const auto& choice : spec.choices) {
                QVERIFY2(kg::ui::PropertyLabels::hasValue(spec.key, choice),
                         (spec.key + " = " + choice).c_str());
                ++values;
            }
        };
        for (const auto& kind : kg::KindRegistry::elementKinds())
            for (const auto& spec : kind.properties)
                check(spec);
        for (const auto& kind : kg::KindRegistry::linkKinds())
            for (const auto& spec : kind.properties)
                check(spec);
        QVERIFY(values > 20);
        QCOMPARE(kg::ui::PropertyLabels::label("apiServerAccessProfile.authorizedIPRanges"),
                 QStringLiteral("Authorized IP ranges"));
        QCOMPARE(kg::ui::PropertyLabels::value("identityType", "SystemAssigned"),
                 QStringLiteral("System-assigned managed identity"));
        // Unknown keys and values fall back to what the API calls them.
        QVERIFY(!kg::ui::PropertyLabels::hasLabel("no.suchKey"));
        QCOMPARE(kg::ui::PropertyLabels::label("no.suchKey"), QStringLiteral("suchKey"));
        QCOMPARE(kg::ui::PropertyLabels::value("mode", "Other"), QStringLiteral("Other"));
    }

    // The Chinese catalogue translates every name and value in words.
    void chineseHasEveryWord()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(KUBEGATE_BUILD_DIR "/app/kubegate_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        auto chinese = [](const QString& text) {
            return std::any_of(text.begin(), text.end(), [](QChar c) {
                return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
            });
        };
        // Words that read the same in both languages (product and protocol names).
        const QStringList same = {QStringLiteral("IPv4"), QStringLiteral("IPv6"),
                                  QStringLiteral("SKU"), QStringLiteral("aws-auth ConfigMap")};
        for (const auto& kind : kg::KindRegistry::elementKinds())
            for (const auto& spec : kind.properties) {
                const QString label = kg::ui::PropertyLabels::label(spec.key);
                QVERIFY2(chinese(label) || same.contains(label), qPrintable(label));
                for (const auto& choice : spec.choices) {
                    const QString v = kg::ui::PropertyLabels::value(spec.key, choice);
                    QVERIFY2(chinese(v) || same.contains(v), qPrintable(v));
                }
            }
        QCoreApplication::removeTranslator(&zh);
    }
};

QTEST_MAIN(PropertyTextsTest)
#include "PropertyTextsTest.moc"
