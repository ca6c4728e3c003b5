#include "panels/PropertyTexts.h"

#include "model/KindRegistry.h"

#include <QtTest>

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
};

QTEST_MAIN(PropertyTextsTest)
#include "PropertyTextsTest.moc"
