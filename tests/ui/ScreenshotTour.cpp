// Renders the designer in the states a person sees (selection and inspector, a refused drop,
// the connect tool's hint, the history, the dark theme, a large design zoomed out) into PNG
// files, for looking at after a UI change. Not a test: run it by hand,
//   ui_screenshot_tour OUTDIR [LANG]
// under the offscreen platform; it grabs the window itself, so no display is needed.
#include "ActionRegistry.h"
#include "Application.h"
#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "canvas/WalkthroughBar.h"
#include "document/DesignDocument.h"
#include "document/FileController.h"
#include "panels/AccessMatrixPanel.h"
#include "panels/InspectorPanel.h"
#include "panels/TemplateGallery.h"

#include <QAction>
#include <QDockWidget>
#include <QGraphicsSceneMouseEvent>
#include <QListWidget>
#include <QTranslator>
#include <QUndoStack>
#include <cstdio>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void shot(MainWindow& w, const QString& dir, const QString& name)
{
    settle();
    w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Sends a mouse move to the scene as the view would during a drag, leaving the button down.
void hover(MainWindow& w, const QPointF& from, const QPointF& to)
{
    QWidget* vp = w.view()->viewport();
    const QPoint a = w.view()->mapFromScene(from);
    QTest::mousePress(vp, Qt::LeftButton, {}, a);
    for (int i = 1; i <= 6; ++i) {
        const QPoint p = a + (w.view()->mapFromScene(to) - a) * i / 6;
        QMouseEvent move(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         {});
        QApplication::sendEvent(vp, &move);
    }
}

void release(MainWindow& w, const QPointF& at)
{
    QTest::mouseRelease(w.view()->viewport(), Qt::LeftButton, {}, w.view()->mapFromScene(at));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    Application::configure(app);
    // The catalogs are compiled into the kubegate executable only; load them from the build.
    {
        auto* translator = new QTranslator(&app);
        const QString lang = argc > 2 && QByteArray(argv[2]) != "--templates"
                                 ? QString::fromLocal8Bit(argv[2])
                                 : QStringLiteral("en");
        if (translator->load(QStringLiteral(KUBEGATE_BUILD_DIR "/app/kubegate_") + lang))
            QApplication::installTranslator(translator);
    }
    // `ui_screenshot_tour OUTDIR --templates`: every template with its first cluster's paths.
    if (argc > 2 && QByteArray(argv[2]) == "--templates") {
        MainWindow w;
        w.files()->setInteractive(false);
        w.resize(1500, 950);
        w.show();
        settle();
        for (const auto& [path, title] : FileController::templates()) {
            std::fprintf(stderr, "template %s\n", qPrintable(path));
            if (!w.files()->newFromTemplate(path)) {
                std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path),
                             qPrintable(w.files()->lastError()));
                continue;
            }
            settle();
            for (const auto& e : w.design().elements())
                if (e.kind == ElementKind::AksCluster || e.kind == ElementKind::EksCluster) {
                    w.scene()->selectIds({e.id});
                    break;
                }
            w.view()->fitDesign();
            shot(w, out, QStringLiteral("tpl-") + QFileInfo(path).completeBaseName());
        }
        return 0;
    }
    if (argc > 2)
        Application::installTranslations(app, QString::fromLocal8Bit(argv[2]));
    MainWindow w;
    w.files()->setInteractive(false);
    w.resize(1500, 950);
    w.show();
    settle();
    w.openFile(source("resources/templates/aks-private-hub-spoke.kubegate"));
    settle();
    shot(w, out, QStringLiteral("01-template"));

    w.scene()->selectIds({"aks-pay"});
    shot(w, out, QStringLiteral("02-cluster-inspector"));

    // A subnet dragged out of every VNet: refused, with the hint.
    w.view()->actualSize();
    w.view()->centerOn(centreOf(w.scene(), "snet-jumpbox"));
    const Element* snet = w.design().element("snet-jumpbox");
    const QPointF grab(snet->geometry.x + 30, snet->geometry.y + 10); // its header
    const Element* hub = w.design().element("vnet-hub");
    hover(w, grab, QPointF(hub->geometry.x + hub->geometry.width + 60, grab.y()));
    shot(w, out, QStringLiteral("03-refused-drag"));
    release(w, QPointF(hub->geometry.x + hub->geometry.width + 60, grab.y()));

    // A VM dragged into another subnet: accepted, with the target highlighted.
    const QPointF vm = centreOf(w.scene(), "vm-jumpbox");
    const Element* nodes = w.design().element("snet-aks");
    const QPointF into(nodes->geometry.x + nodes->geometry.width - 60,
                       nodes->geometry.y + nodes->geometry.height - 20);
    w.view()->centerOn((vm + into) / 2);
    hover(w, vm, into);
    shot(w, out, QStringLiteral("04-nesting-drag"));
    release(w, into);
    settle();
    w.view()->fitDesign();

    // The connect tool over a target it cannot link to.
    w.scene()->setTool(DiagramScene::ToolKind::Connect);
    hover(w, centreOf(w.scene(), "laptop-home"), centreOf(w.scene(), "aks-pay"));
    shot(w, out, QStringLiteral("05-connect-refused"));
    release(w, centreOf(w.scene(), "aks-pay"));
    w.scene()->setTool(DiagramScene::ToolKind::Select);

    // The history after a few edits.
    for (QDockWidget* d : w.findChildren<QDockWidget*>())
        if (d->objectName() == QStringLiteral("history"))
            d->raise();
    w.scene()->selectIds({"laptop-hq"});
    shot(w, out, QStringLiteral("06-history"));

    w.actions()->action(QStringLiteral("view.dark"))->setChecked(true);
    w.scene()->selectIds({"vnet-hub"});
    shot(w, out, QStringLiteral("07-dark"));
    w.actions()->action(QStringLiteral("view.dark"))->setChecked(false);

    // Path overlays: a cluster's paths, then one pair from the matrix with its callouts, then a
    // walkthrough step.
    w.view()->fitDesign();
    w.scene()->selectIds({"aks-pay"});
    shot(w, out, QStringLiteral("09-cluster-paths"));
    emit w.matrix()->pairActivated(QStringLiteral("laptop-hq"), QStringLiteral("aks-pay"));
    w.view()->fitDesign();
    shot(w, out, QStringLiteral("10-pair-callouts"));
    w.startWalkthrough();
    w.view()->walkthrough()->next();
    shot(w, out, QStringLiteral("11-walkthrough"));
    w.view()->walkthrough()->stop();
    w.scene()->selectIds({"ado-hosted"});
    shot(w, out, QStringLiteral("12-blocked-client"));

    {
        TemplateGallery gallery(&w);
        gallery.show();
        gallery.list()->setCurrentRow(3);
        settle();
        gallery.grab().save(out + QStringLiteral("/13-template-gallery.png"));
    }

    if (argc > 3) {
        w.openFile(QString::fromLocal8Bit(argv[3]));
        settle();
        shot(w, out, QStringLiteral("08-large"));
    }
    return 0;
}
