#include "EstateGenerator.h"
#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "analysis/Analyzer.h"
#include "canvas/LabelPlacer.h"
#include "document/DesignDocument.h"
#include "document/FileController.h"
#include "document/PathController.h"
#include "io/DesignJson.h"
#include "layout/TidyLayout.h"

#include <memory>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

// Labels never cover each other or the words on the canvas: for every template and for a
// generated estate of 2,000 elements, with no path shown, with every path of each cluster, and
// with each client and cluster pair focused (its callouts shown), at 100 % and fitted to the
// window, no two text rectangles the canvas draws in view overlap (element names and addresses,
// finding badges, endpoint chips, link labels, step badges, callouts). Exported pictures place
// labels the same way and are held to the same count.
class LabelOverlapTest : public QObject
{
    Q_OBJECT

private:
    // What the checks looked at, so that a test that checked nothing cannot pass.
    static inline int s_states = 0;
    static inline long long s_boxes = 0;

    // The overlapping pairs at the view's current zoom, described for the failure message.
    static QStringList overlaps(MainWindow& w)
    {
        const double scale = w.view()->zoom();
        // What a person sees: the text in the view (labels far out of sight are placed when the
        // view comes near them).
        const QRectF visible = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
        std::vector<DiagramScene::TextBox> boxes;
        for (const auto& b : w.scene()->textBoxes(scale))
            if (b.rect.intersects(visible))
                boxes.push_back(b);
        ++s_states;
        s_boxes += static_cast<long long>(boxes.size());
        std::vector<QRectF> rects;
        for (const auto& b : boxes)
            rects.push_back(b.rect);
        std::vector<std::pair<int, int>> pairs;
        LabelPlacer::countOverlaps(rects, &pairs);
        QStringList out;
        for (const auto& [a, b] : pairs)
            out << QStringLiteral("%1 over %2")
                       .arg(boxes[static_cast<std::size_t>(a)].what,
                            boxes[static_cast<std::size_t>(b)].what);
        return out;
    }

    // At 100 % and fitted: the overlaps found, each prefixed with where.
    static QStringList atBothZooms(MainWindow& w, const QString& where)
    {
        QStringList out;
        w.view()->actualSize();
        for (const QString& o : overlaps(w))
            out << where + QStringLiteral(" at 100 %: ") + o;
        if (!out.isEmpty() && qEnvironmentVariableIsSet("KUBEGATE_LABEL_SHOTS"))
            w.grab().save(QStringLiteral("/tmp/shots/label-%1.png").arg(s_states));
        w.view()->fitDesign();
        const QString fit = QStringLiteral(" at fit (%1 %): ").arg(qRound(w.view()->zoom() * 100));
        for (const QString& o : overlaps(w))
            out << where + fit + o;
        return out;
    }

    static QStringList everyState(MainWindow& w, const QString& name)
    {
        QStringList out = atBothZooms(w, name);
        const Analysis& a = w.document()->analysis();
        for (const auto& cluster : a.clusters) {
            w.paths()->showFor(cluster);
            out << atBothZooms(w, name + QStringLiteral(", paths of ") +
                                      QString::fromStdString(cluster));
        }
        for (const auto& client : a.clients)
            for (const auto& cluster : a.clusters) {
                w.paths()->showPair(client, cluster);
                if (!w.scene()->overlays().empty())
                    out << atBothZooms(w, QStringLiteral("%1, %2 to %3")
                                              .arg(name, QString::fromStdString(client),
                                                   QString::fromStdString(cluster)));
            }
        w.paths()->clear();
        return out;
    }

    static std::unique_ptr<MainWindow> window()
    {
        auto w = std::make_unique<MainWindow>();
        w->files()->setInteractive(false);
        w->resize(1400, 900);
        w->show();
        return w;
    }

    static void report(const QStringList& found)
    {
        for (int i = 0; i < found.size() && i < 40; ++i)
            qWarning().noquote() << found[i];
        if (found.size() > 40)
            qWarning("... and %lld more", static_cast<long long>(found.size() - 40));
    }

private slots:
    void theCountFindsOverlapsAndOnlyThem()
    {
        // The count the other tests rely on: overlapping pairs, not touching ones.
        const std::vector<QRectF> rects{QRectF(0, 0, 10, 10), QRectF(10, 0, 10, 10),
                                        QRectF(5, 5, 10, 10), QRectF(100, 100, 5, 5),
                                        QRectF(102, 102, 2, 2)};
        std::vector<std::pair<int, int>> pairs;
        QCOMPARE(LabelPlacer::countOverlaps(rects, &pairs), 3);
        std::sort(pairs.begin(), pairs.end());
        QCOMPARE(pairs, (std::vector<std::pair<int, int>>{{0, 2}, {1, 2}, {3, 4}}));
    }

    void theCanvasListsItsText()
    {
        // Every kind of text is listed, so that an overlap cannot hide in what is not counted.
        auto w = window();
        QVERIFY(w->files()->newFromTemplate(
            source("resources/templates/aks-private-hub-spoke.kubegate")));
        w->view()->actualSize();
        w->paths()->showPair("laptop-hq", "aks-pay");
        QStringList kinds;
        for (const auto& b : w->scene()->textBoxes(1.0))
            kinds << b.what.section(QStringLiteral(": "), -1).section(QLatin1Char(' '), 0, 1);
        for (const char* kind : {"name", "finding badge", "link label", "Private endpoint",
                                 "Command invoke", "badge", "callout"})
            QVERIFY2(kinds.join(QLatin1Char('|')).contains(QLatin1String(kind)), kind);
    }

    void noTemplateHasOverlappingText()
    {
        s_states = 0;
        s_boxes = 0;
        QStringList found;
        for (const auto& [path, title] : FileController::templates()) {
            auto w = window();
            QVERIFY(w->files()->newFromTemplate(path));
            found << everyState(*w, QFileInfo(path).baseName());
        }
        qInfo("%d canvas states, %lld text rectangles", s_states, s_boxes);
        QVERIFY(s_states > 150);
        report(found);
        QCOMPARE(found.size(), 0);
    }

    void exportedPicturesHaveNoOverlappingText()
    {
        // As DiagramExporter draws a picture with every path: a canvas without a window, the
        // badges scaled with the scene and placed for the picture.
        QStringList found;
        int pictures = 0;
        for (const auto& [path, title] : FileController::templates()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const LoadResult loaded = DesignJson::load(file.readAll().toStdString());
            QVERIFY(loaded.ok());
            const Design* design = &*loaded.design;
            DesignDocument document;
            document.reset(*design, QString());
            DiagramScene scene(&document);
            const Analysis& a = document.analysis();
            std::vector<Path> all;
            for (std::uint32_t i = 0; i < a.clients.size(); ++i)
                for (std::uint32_t k = 0; k < a.clusters.size(); ++k)
                    if (const PathOutcome* best = a.best(i, k))
                        if (auto p = Analyzer::explain(*design, a.clients[i], a.clusters[k],
                                                       best->endpoint, a.endpointElement(*best)))
                            all.push_back(std::move(*p));
            scene.showPaths(all);
            scene.prepareForPicture(scene.designBounds().adjusted(-40, -80, 40, 40));
            const auto boxes = scene.textBoxes(1.0);
            std::vector<QRectF> rects;
            for (const auto& b : boxes)
                rects.push_back(b.rect);
            std::vector<std::pair<int, int>> pairs;
            LabelPlacer::countOverlaps(rects, &pairs);
            for (const auto& [x, y] : pairs)
                found << QStringLiteral("%1 picture: %2 over %3")
                             .arg(QFileInfo(path).baseName(),
                                  boxes[static_cast<std::size_t>(x)].what,
                                  boxes[static_cast<std::size_t>(y)].what);
            pictures += all.empty() ? 0 : 1;
        }
        QVERIFY(pictures > 10);
        report(found);
        QCOMPARE(found.size(), 0);
    }

    void anEstateOfTwoThousandHasNoOverlappingText()
    {
        // The generator places elements on a rough grid where cards may overlap; the estate is
        // laid out as a person would, with Layout > Tidy.
        Design estate = bench::generateEstate(2000);
        for (auto& e : TidyLayout::arrange(estate, {}))
            estate.replaceElement(std::move(e));
        auto w = window();
        w->document()->reset(estate, QString(), false);
        QStringList found = atBothZooms(*w, QStringLiteral("estate"));
        const Analysis& a = w->document()->analysis();
        // Every path of a few clusters, and a few focused pairs.
        for (std::size_t k = 0; k < a.clusters.size() && k < 4; ++k) {
            w->paths()->showFor(a.clusters[k]);
            found << atBothZooms(*w, QStringLiteral("estate, paths of ") +
                                         QString::fromStdString(a.clusters[k]));
            for (std::size_t i = 0; i < a.clients.size() && i < 3; ++i) {
                w->paths()->showPair(a.clients[i], a.clusters[k]);
                found << atBothZooms(*w, QStringLiteral("estate, %1 to %2")
                                             .arg(QString::fromStdString(a.clients[i]),
                                                  QString::fromStdString(a.clusters[k])));
            }
        }
        report(found);
        QCOMPARE(found.size(), 0);
    }
};

QTEST_MAIN(LabelOverlapTest)
#include "LabelOverlapTest.moc"
