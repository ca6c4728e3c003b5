#pragma once

// Helpers shared by the UI tests: paths into the source tree, mouse drags on the canvas and
// drops from the palette, sent as real events so that the view, scene and tools all take part.
#include "MainWindow.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/ElementItem.h"
#include "document/FileController.h"
#include "panels/PalettePanel.h"
#include "panels/PaletteTree.h"

#include <QApplication>
#include <QMimeData>
#include <QtTest>
#include <memory>

namespace kg::ui::test {

inline QString source(const char* relative)
{
    return QStringLiteral(KUBEGATE_SOURCE_DIR "/") + QLatin1String(relative);
}

// The centre of an element's rectangle, in scene coordinates.
// A main window shown at 1400 x 900 with a template opened (none for an empty name), asking
// nothing of the person; nullptr when it could not be shown or opened.
inline std::unique_ptr<MainWindow> openTemplateWindow(const QString& name)
{
    auto w = std::make_unique<MainWindow>();
    w->files()->setInteractive(false);
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    if (!name.isEmpty() && !w->openFile(source("resources/templates/") + name))
        return nullptr;
    QApplication::processEvents();
    return w;
}

inline QPointF centreOf(DiagramScene* scene, const std::string& id)
{
    return scene->item(id)->sceneBoundingRectOfElement().center();
}

// A left-button drag on the canvas from one scene point to another, in several mouse moves.
inline void dragOnCanvas(DiagramView* view, const QPointF& from, const QPointF& to,
                         Qt::KeyboardModifiers modifiers = {})
{
    QWidget* vp = view->viewport();
    const QPoint a = view->mapFromScene(from);
    const QPoint b = view->mapFromScene(to);
    QTest::mousePress(vp, Qt::LeftButton, modifiers, a);
    for (int i = 1; i <= 6; ++i) {
        const QPoint p = a + (b - a) * i / 6;
        QMouseEvent move(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         modifiers);
        QApplication::sendEvent(vp, &move);
    }
    QTest::mouseRelease(vp, Qt::LeftButton, modifiers, b);
}

// The MIME data the palette puts on a drag of the entry for `key`.
inline QMimeData* paletteDrag(PalettePanel* palette, const QString& key)
{
    QTreeWidget* tree = palette->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            QTreeWidgetItem* item = tree->topLevelItem(g)->child(i);
            if (item->data(0, PaletteTree::KindRole).toString() == key) {
                const QModelIndex index = tree->model()->index(i, 0, tree->model()->index(g, 0));
                return tree->model()->mimeData({index});
            }
        }
    return nullptr;
}

// Drags `mime` over the canvas to a scene point and drops it there.
inline void dropOnCanvas(DiagramView* view, QMimeData* mime, const QPointF& at)
{
    QWidget* vp = view->viewport();
    const QPointF p = view->mapFromScene(at);
    QDragEnterEvent enter(p.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(vp, &enter);
    QDragMoveEvent move(p.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(vp, &move);
    QDropEvent drop(p, Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(vp, &drop);
}

} // namespace kg::ui::test
