#include "ActionRegistry.h"
#include "Application.h"
#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "canvas/CanvasTheme.h"
#include "canvas/ElementItem.h"
#include "canvas/PathOverlay.h"
#include "document/FileController.h"

#include <QLabel>
#include <QRegularExpression>
#include <cmath>
#include <memory>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

// Text reads in both themes: every pair of text colour and the colour it is drawn on meets the
// WCAG contrast ratio for small text (4.5:1; 7:1 for the primary text), and secondary text
// (API names, captions, addresses) stays quieter than the primary text, so that the hierarchy
// holds too. Colours with transparency are composited over what they are drawn on first.
class ThemeContrastTest : public QObject
{
    Q_OBJECT

private:
    static double luminance(const QColor& c)
    {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    }

    static QColor over(const QColor& top, const QColor& below)
    {
        const double a = top.alphaF();
        return QColor::fromRgbF(static_cast<float>(top.redF() * a + below.redF() * (1 - a)),
                                static_cast<float>(top.greenF() * a + below.greenF() * (1 - a)),
                                static_cast<float>(top.blueF() * a + below.blueF() * (1 - a)));
    }

    static double contrast(const QColor& text, const QColor& background)
    {
        const double a = luminance(over(text, background));
        const double b = luminance(background);
        return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
    }

    // Records a failure with the colours and the ratio instead of stopping at the first.
    static void expect(QStringList& failures, const QString& what, const QColor& text,
                       const QColor& background, double atLeast)
    {
        const double ratio = contrast(text, background);
        if (ratio < atLeast)
            failures << QStringLiteral("%1: %2 on %3 is %4:1, under %5:1")
                            .arg(what, text.name(QColor::HexArgb), background.name(),
                                 QString::number(ratio, 'f', 2), QString::number(atLeast));
    }

    static void bothThemes(const std::function<void(bool, QStringList&)>& check)
    {
        QStringList failures;
        for (const bool dark : {false, true}) {
            CanvasTheme::setDark(dark);
            Application::applyTheme(dark);
            check(dark, failures);
        }
        CanvasTheme::setDark(false);
        Application::applyTheme(false);
        for (const QString& f : failures)
            qWarning().noquote() << f;
        QVERIFY(failures.isEmpty());
    }

private slots:
    void theWindowsTextReads()
    {
        bothThemes([](bool dark, QStringList& failures) {
            const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
            const QPalette p = QApplication::palette();
            expect(failures, theme + " window text", p.color(QPalette::WindowText),
                   p.color(QPalette::Window), 7);
            expect(failures, theme + " field text", p.color(QPalette::Text),
                   p.color(QPalette::Base), 7);
            const QColor secondary = p.color(QPalette::PlaceholderText);
            expect(failures, theme + " secondary text on the window", secondary,
                   p.color(QPalette::Window), 4.5);
            expect(failures, theme + " secondary text in fields", secondary,
                   p.color(QPalette::Base), 4.5);
            if (secondary.alpha() != 255)
                failures << theme + " secondary text is translucent (rich text drops alpha)";
            if (contrast(secondary, p.color(QPalette::Window)) >=
                contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)))
                failures << theme + " secondary text is not quieter than the primary";
        });
    }

    void theCanvasTextReads()
    {
        bothThemes([](bool dark, QStringList& failures) {
            const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
            const CanvasTheme& t = CanvasTheme::current();
            for (const auto& [name, background] :
                 {std::pair{QStringLiteral("card"), t.cardFill},
                  std::pair{QStringLiteral("canvas"), t.background}}) {
                expect(failures, theme + " names on the " + name, t.text, background, 7);
                expect(failures, theme + " addresses and kinds on the " + name, t.subtleText,
                       background, 4.5);
                if (contrast(t.subtleText, background) >= contrast(t.text, background))
                    failures << theme + " secondary canvas text is not quieter on the " + name;
            }
            // Link labels: the link's colour on the label's translucent fill over the canvas.
            const QColor label = over(t.labelFill, t.background);
            expect(failures, theme + " network link labels", t.linkNetwork, label, 4.5);
            expect(failures, theme + " DNS link labels", t.linkDns, label, 4.5);
            // Letters on badges, and the verdict's words.
            for (const bool ok : {true, false}) {
                const QString verdict = ok ? QStringLiteral("passed") : QStringLiteral("blocked");
                expect(failures, theme + " letters on a " + verdict + " step badge", Qt::white,
                       PathOverlay::badgeFill(ok), 4.5);
                expect(failures, theme + " " + verdict + " words on a card",
                       PathOverlay::textColour(ok), t.cardFill, 4.5);
                expect(failures, theme + " " + verdict + " words on the window",
                       PathOverlay::textColour(ok), QApplication::palette().color(QPalette::Window),
                       4.5);
            }
            for (const auto badge : {ElementItem::Badge::Error, ElementItem::Badge::Warning,
                                     ElementItem::Badge::Info}) {
                const auto [fill, ink] = ElementItem::badgeColours(badge);
                expect(failures,
                       theme + " count on finding badge " +
                           QString::number(static_cast<int>(badge)),
                       ink, fill, 4.5);
            }
        });
    }

    void switchingTheThemeRepaintsTheCards()
    {
        // Cards cache a picture of themselves: after a switch they must be in the new colours,
        // not the old theme's pixels (white cards on the dark canvas).
        auto w = std::make_unique<MainWindow>();
        w->files()->setInteractive(false);
        QVERIFY(w->openFile(source("resources/templates/aks-private-hub-spoke.kubegate")));
        w->resize(1400, 900);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->view()->actualSize();
        w->view()->centerOn(centreOf(w->scene(), "laptop-home"));
        QApplication::processEvents();
        const QRectF card = w->scene()->item("laptop-home")->sceneBoundingRectOfElement();
        // A spot of the card's own fill: near its bottom-right corner, clear of words and icon.
        const QPoint spot = w->view()->mapFromScene(card.bottomRight() - QPointF(8, 5));
        for (const bool dark : {true, false, true}) {
            w->actions()->action(QStringLiteral("view.dark"))->setChecked(dark);
            QApplication::processEvents();
            const QColor want = CanvasTheme::current().cardFill;
            const QColor got = w->view()->viewport()->grab().toImage().pixelColor(spot);
            QVERIFY2(std::abs(got.red() - want.red()) + std::abs(got.green() - want.green()) +
                             std::abs(got.blue() - want.blue()) <
                         12,
                     qPrintable(QStringLiteral("%1 theme: the card shows %2, not %3")
                                    .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                         got.name(), want.name())));
        }
        w->actions()->action(QStringLiteral("view.dark"))->setChecked(false);
    }

    void theInspectorsApiNamesUseTheSecondaryColour()
    {
        // The API name beside each property's words is written in the palette's secondary
        // colour, in both themes, also after switching while something is selected.
        auto w = std::make_unique<MainWindow>();
        w->files()->setInteractive(false);
        QVERIFY(w->openFile(source("resources/templates/aks-private-hub-spoke.kubegate")));
        w->resize(1400, 900);
        w->show();
        w->scene()->selectIds({"aks-pay"});
        // The API names of the shown rows and their colours.
        auto colours = [&] {
            QStringList out;
            for (QLabel* l : w->findChildren<QLabel*>()) {
                if (!l->objectName().startsWith(QStringLiteral("label:")))
                    continue;
                const auto m =
                    QRegularExpression(QStringLiteral("color:(#[0-9a-fA-F]{6})")).match(l->text());
                out << (m.hasMatch() ? m.captured(1).toLower() : l->text());
            }
            out.removeDuplicates();
            return out;
        };
        QTRY_VERIFY(!colours().isEmpty());
        for (const bool dark : {true, false}) {
            w->actions()->action(QStringLiteral("view.dark"))->setChecked(dark);
            const QString want =
                QApplication::palette().color(QPalette::PlaceholderText).name().toLower();
            // The rows are rebuilt once the palette change has gone round.
            QTRY_COMPARE(colours(), QStringList{want});
        }
    }
};

QTEST_MAIN(ThemeContrastTest)
#include "ThemeContrastTest.moc"
