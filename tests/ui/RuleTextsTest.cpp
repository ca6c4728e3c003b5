#include "panels/RuleTexts.h"

#include "Application.h"
#include "analysis/Analyzer.h"
#include "io/DesignJson.h"
#include "panels/FindingsPanel.h"
#include "validate/RuleRegistry.h"

#include <QtTest>

using kg::ui::Application;
using kg::ui::RuleTexts;

// The rules' summaries, severities and findings as the interface shows them: the core
// catalogue's sentences in the interface language, the same words the command line prints.
class RuleTextsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Application::setCatalogueDirectory(QStringLiteral(KUBEGATE_BUILD_DIR "/app"));
    }
    void cleanup() { Application::installTranslations(*qApp, QStringLiteral("en")); }

    void englishSummariesReadAsTheRegistrySays()
    {
        QVERIFY(Application::installTranslations(*qApp, QStringLiteral("en")));
        int checked = 0;
        for (const auto& rule : kg::RuleRegistry::all()) {
            QCOMPARE(RuleTexts::summary(rule.id), QString::fromStdString(rule.summary));
            ++checked;
        }
        QVERIFY(checked > 100);
        QVERIFY(RuleTexts::summary("NOPE-1").isEmpty());
        QCOMPARE(RuleTexts::severity(kg::Severity::Warning), QStringLiteral("Warning"));
    }

    void chineseSummariesSeveritiesAndFindings()
    {
        QVERIFY(Application::installTranslations(*qApp, QStringLiteral("zh_CN")));
        QVERIFY(RuleTexts::summary("AKS-027").contains(QStringLiteral("公共 FQDN")));
        QCOMPARE(RuleTexts::severity(kg::Severity::Error), QStringLiteral("错误"));

        // A design that breaks AKS-027: its finding reads in Chinese in the findings list.
        auto loaded = kg::DesignJson::loadFile(
            KUBEGATE_SOURCE_DIR "/resources/templates/aks-private-none-no-fqdn-misconfig.kubegate");
        QVERIFY(loaded.ok());
        const kg::Analysis analysis = kg::Analyzer::run(*loaded.design);
        kg::ui::FindingsPanel panel;
        panel.showFindings(analysis);
        QCOMPARE(panel.topLevelItemCount(), int(analysis.findings.size()));
        bool sawRule = false;
        for (int i = 0; i < panel.topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = panel.topLevelItem(i);
            const kg::Finding& f = analysis.findings[std::size_t(i)];
            QCOMPARE(item->text(2),
                     QString::fromStdString(f.message(kg::Language::SimplifiedChinese)));
            QVERIFY2(item->text(2) != QString::fromStdString(f.message()), f.rule.c_str());
            QCOMPARE(item->text(0), RuleTexts::severity(f.severity));
            sawRule |= f.rule == "AKS-027";
            if (f.rule == "AKS-027")
                QVERIFY2(item->text(2).contains(QStringLiteral("没有公共 FQDN")),
                         qPrintable(item->text(2)));
        }
        QVERIFY(sawRule);
    }
};

QTEST_MAIN(RuleTextsTest)
#include "RuleTextsTest.moc"
