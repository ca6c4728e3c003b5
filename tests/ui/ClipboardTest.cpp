// The system clipboard as other programs see it: Copy offers a Kubegate fragment, its text and
// PNG and SVG pictures; Paste takes a fragment from another window, a .kubegate text or cloud
// JSON, and refuses anything broken with a reason, leaving the design as it was.
#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "canvas/DiagramScene.h"
#include "document/DesignDocument.h"
#include "document/DesignMimeData.h"
#include "document/EditController.h"
#include "document/FileController.h"
#include "io/DesignJson.h"

#include <QClipboard>
#include <QImage>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QUndoStack>
#include <QtTest>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

class ClipboardTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> open(const char* file)
    {
        auto w = std::make_unique<MainWindow>();
        w->files()->setInteractive(false);
        w->resize(1200, 800);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        if (file && !w->openFile(source(file)))
            return nullptr;
        return w;
    }

    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
    }

    static void putText(const QByteArray& text)
    {
        auto* mime = new QMimeData;
        mime->setText(QString::fromUtf8(text));
        QGuiApplication::clipboard()->setMimeData(mime);
    }

    // Pastes what the clipboard holds and returns the refusal's reason ("" when pasted).
    static QString pasteInto(MainWindow* w)
    {
        QSignalSpy refused(w->edits(), &EditController::refused);
        w->edits()->paste();
        settle();
        return refused.isEmpty() ? QString() : refused.first().at(1).toString();
    }

private slots:
    void copyOffersFragmentTextAndPictures()
    {
        auto w = open("resources/templates/aks-private-hub-spoke.kubegate");
        QVERIFY(w);
        w->scene()->selectIds({"vnet-spoke"});
        w->edits()->copy();
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        const QStringList formats = mime->formats();
        for (const QString& f : {DesignMimeData::kFragmentType, QStringLiteral("text/plain"),
                                 QStringLiteral("image/png"), QStringLiteral("image/svg+xml")})
            QVERIFY2(formats.contains(f), qPrintable(f));
        // The fragment is the VNet with what it holds, read back by the fragment loader.
        LoadResult piece =
            DesignJson::loadFragment(mime->data(DesignMimeData::kFragmentType).toStdString());
        QVERIFY(piece.ok());
        QCOMPARE(piece.design->elements().size(), std::size_t{4});
        QVERIFY(piece.design->element("vnet-spoke"));
        QCOMPARE(mime->text().toUtf8(), mime->data(DesignMimeData::kFragmentType));
        // A PNG of the piece alone: framed tightly, not the whole design.
        const QImage png = QImage::fromData(mime->data(QStringLiteral("image/png")), "PNG");
        QVERIFY(!png.isNull());
        const Rect& g = w->design().element("vnet-spoke")->geometry;
        QVERIFY2(png.width() < (g.width + 200) * 2 + 10, qPrintable(QString::number(png.width())));
        QVERIFY(png.width() > g.width * 2);
        // An SVG a real parser reads.
        QSvgRenderer svg(mime->data(QStringLiteral("image/svg+xml")));
        QVERIFY(svg.isValid());
        QVERIFY(
            mime->data(QStringLiteral("image/svg+xml")).contains("vnet-spoke") ||
            mime->data(QStringLiteral("image/svg+xml"))
                .contains(QByteArray::fromStdString(w->design().element("vnet-spoke")->label())));
    }

    void copyWithoutSelectionTakesTheWholeDesign()
    {
        auto w = open("resources/templates/aks-private-hub-spoke.kubegate");
        QVERIFY(w);
        w->scene()->clearSelection();
        w->edits()->copy();
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        // The text is the design itself: a file any Kubegate opens.
        LoadResult whole = DesignJson::load(mime->text().toStdString());
        QVERIFY(whole.ok());
        QVERIFY(*whole.design == w->design() ||
                DesignJson::save(*whole.design) == DesignJson::save(w->design()));
        // Copy as Image: pictures only.
        w->edits()->copyAsImage();
        mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime->hasFormat(QStringLiteral("image/png")));
        QVERIFY(!mime->hasFormat(DesignMimeData::kFragmentType));
        QVERIFY(!mime->hasText());
        QVERIFY(!QImage::fromData(mime->data(QStringLiteral("image/png")), "PNG").isNull());
    }

    void pasteTakesAFragmentFromAnotherWindow()
    {
        auto from = open("resources/templates/aks-private-hub-spoke.kubegate");
        auto into = open("resources/templates/eks-public-private.kubegate");
        QVERIFY(from && into);
        from->scene()->selectIds({"vnet-spoke"});
        from->edits()->copy();
        // As another process would see it: the bytes only, not this process's object.
        auto* bytes = new QMimeData;
        bytes->setData(
            DesignMimeData::kFragmentType,
            QGuiApplication::clipboard()->mimeData()->data(DesignMimeData::kFragmentType));
        QGuiApplication::clipboard()->setMimeData(bytes);
        const Design target = into->design();
        const std::size_t before = target.elements().size();
        QCOMPARE(pasteInto(into.get()), QString());
        QCOMPARE(into->design().elements().size(), before + 4);
        // Its coordinates belonged to the other design: it lands where it covers nothing.
        for (const auto& e : into->design().elements()) {
            if (target.element(e.id) || !e.parent.empty())
                continue;
            for (const auto& old : target.elements()) {
                const Rect& a = e.geometry;
                const Rect& b = old.geometry;
                QVERIFY2(a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height ||
                             b.y >= a.y + a.height,
                         (e.id + " covers " + old.id).c_str());
            }
        }
        // One undo step takes it all back.
        into->document()->undoStack()->undo();
        QCOMPARE(into->design().elements().size(), before);
    }

    void pasteTakesDesignTextAndCloudJson()
    {
        auto w = open(nullptr);
        QVERIFY(w);
        QFile design(source("resources/templates/eks-public-private.kubegate"));
        QVERIFY(design.open(QIODevice::ReadOnly));
        putText(design.readAll());
        QCOMPARE(pasteInto(w.get()), QString());
        const std::size_t afterDesign = w->design().elements().size();
        QVERIFY(afterDesign > 3);
        QFile aks(source("tests/data/import/aks-private-system.json"));
        QVERIFY(aks.open(QIODevice::ReadOnly));
        putText(aks.readAll());
        w->scene()->clearSelection();
        QCOMPARE(pasteInto(w.get()), QString());
        bool cluster = false;
        for (const auto& e : w->design().elements())
            cluster = cluster || (e.kind == ElementKind::AksCluster);
        QVERIFY(cluster);
        QVERIFY(w->design().elements().size() > afterDesign);
    }

    void pasteRefusesBrokenInputAndKeepsTheDesign()
    {
        auto w = open("resources/templates/aks-private-hub-spoke.kubegate");
        QVERIFY(w);
        const Design start = w->design();
        struct Case
        {
            const char* what;
            QByteArray text;
            const char* reason; // a part of the message that says where or what
        };
        const QByteArray header = R"({"format": "kubegate", "version": 2, "elements": [)";
        const Case cases[] = {
            {"nothing", "", "nothing Kubegate can paste"},
            {"not JSON", "hello world", "clipboard:1:"},
            {"syntax", header + R"({"id": "a", "kind": "client.laptop",)", "clipboard:"},
            {"unknown kind", header + R"({"id": "a", "kind": "client.toaster"}]})", "/elements/0"},
            {"bad property",
             header +
                 R"({"id": "a", "kind": "client.laptop", "properties": {"egressIPs": ["999.1.1.1"]}}]})",
             "egressIPs"},
            {"duplicate ids",
             header +
                 R"({"id": "a", "kind": "client.laptop"}, {"id": "a", "kind": "client.laptop"}]})",
             "'a'"},
            {"cycle",
             header + R"({"id": "v1", "kind": "azure.vnet", "parent": "v2"},)" +
                 R"({"id": "v2", "kind": "azure.vnet", "parent": "v1"}]})",
             "circle"},
            {"wrong reference kind",
             header + R"({"id": "j", "kind": "vm.jumpbox", "properties": {"egressIPs": []}},)" +
                 R"({"id": "s", "kind": "azure.subnet", "parent": "vnet-hub", "properties": )" +
                 R"({"addressPrefix": "10.0.9.0/24", "networkSecurityGroup": "aks-pay"}}]})",
             "networkSecurityGroup"},
            {"foreign JSON", R"({"apiVersion": "v1", "kind": "ConfigMap"})", ""},
            {"markup", "<svg><script>alert(1)</script></svg>", ""},
        };
        for (const Case& c : cases) {
            putText(c.text);
            const QString reason = pasteInto(w.get());
            QVERIFY2(!reason.isEmpty(), c.what);
            QVERIFY2(reason.contains(QString::fromUtf8(c.reason)), qPrintable(reason));
            QVERIFY2(w->design() == start, c.what);
            settle();
            for (auto* box : w->findChildren<QMessageBox*>())
                box->close();
        }
    }
};

QTEST_MAIN(ClipboardTest)
#include "ClipboardTest.moc"
