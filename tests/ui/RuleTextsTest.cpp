#include "panels/RuleTexts.h"

#include "validate/RuleRegistry.h"

#include <QtTest>

// Every rule summary the findings list can show is in the translatable list, so that a new rule
// cannot reach the Chinese UI untranslated.
class RuleTextsTest : public QObject
{
    Q_OBJECT

private slots:
    void everySummaryIsListed()
    {
        int checked = 0;
        for (const auto& rule : kg::RuleRegistry::all()) {
            QVERIFY2(kg::ui::RuleTexts::listed(rule.summary), rule.id.c_str());
            ++checked;
        }
        QVERIFY(checked > 100);
        QVERIFY(!kg::ui::RuleTexts::listed("not a summary"));
    }

    void untranslatedSummariesReadAsTheRegistrySays()
    {
        // No translation is loaded here: the summary is the registry's English text.
        const kg::Rule* rule = kg::RuleRegistry::find("AKS-027");
        QVERIFY(rule);
        QCOMPARE(kg::ui::RuleTexts::summary("AKS-027"), QString::fromStdString(rule->summary));
        QVERIFY(!kg::ui::RuleTexts::translated("AKS-027"));
        QVERIFY(kg::ui::RuleTexts::summary("NOPE-1").isEmpty());
    }

    void chineseSummariesAreUsed()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(KUBEGATE_BUILD_DIR "/app/kubegate_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        QVERIFY(kg::ui::RuleTexts::translated("AKS-027"));
        QVERIFY(kg::ui::RuleTexts::summary("AKS-027").contains(QStringLiteral("公共 FQDN")));
        QCoreApplication::removeTranslator(&zh);
    }
};

QTEST_MAIN(RuleTextsTest)
#include "RuleTextsTest.moc"
