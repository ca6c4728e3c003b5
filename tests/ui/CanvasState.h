#pragma once

// A description of everything the designer shows about a design and its analysis, as sorted
// text lines: cards and their finding badges, links, endpoint markers, the drawn paths with
// each step badge (stage, number, verdict, place, callout text and whether it is shown), the
// access matrix's cells, the findings list and the status bar's counts. Two windows that show
// the same thing describe the same lines; a stale marker, badge or cell makes a difference.
// Screen-space placement (where badges and callouts were set for the zoom, the zoom itself) is
// left out: it depends on the view. A badge is described by the point it marks.
#include "MainWindow.h"
#include "canvas/DiagramScene.h"
#include "canvas/ElementItem.h"
#include "canvas/EndpointItem.h"
#include "canvas/LinkItem.h"
#include "canvas/PathOverlay.h"
#include "canvas/StepBadge.h"
#include "panels/AccessMatrixPanel.h"
#include "panels/FindingsPanel.h"

#include <QStringList>

namespace kg::ui::test {

inline QString pointText(const QPointF& p)
{
    return QStringLiteral("(%1,%2)").arg(qRound(p.x())).arg(qRound(p.y()));
}

inline QStringList describeCanvas(MainWindow& w)
{
    QStringList lines;
    for (QGraphicsItem* gi : w.scene()->items()) {
        switch (gi->type()) {
        case ElementItem::Type: {
            auto* e = static_cast<ElementItem*>(gi);
            const Element& el = e->element();
            lines << QStringLiteral("element %1 %2 '%3' in '%4' at %5 %6x%7 badge %8/%9")
                         .arg(QString::fromStdString(el.id))
                         .arg(static_cast<int>(el.kind))
                         .arg(QString::fromStdString(el.name), QString::fromStdString(el.parent),
                              pointText(e->pos()))
                         .arg(el.geometry.width)
                         .arg(el.geometry.height)
                         .arg(static_cast<int>(e->badge()))
                         .arg(e->badgeCount());
            break;
        }
        case LinkItem::Type: {
            auto* l = static_cast<LinkItem*>(gi);
            lines << QStringLiteral("link %1 %2 %3->%4 %5%6")
                         .arg(QString::fromStdString(l->id()))
                         .arg(static_cast<int>(l->link().kind))
                         .arg(QString::fromStdString(l->link().from),
                              QString::fromStdString(l->link().to), pointText(l->line().p1()),
                              pointText(l->line().p2()));
            break;
        }
        case EndpointItem::Type: {
            auto* m = static_cast<EndpointItem*>(gi);
            lines << QStringLiteral("marker %1 '%2' at %3")
                         .arg(static_cast<int>(m->kind()))
                         .arg(m->detail(), pointText(m->scenePos()));
            break;
        }
        case PathOverlay::Type: {
            auto* o = static_cast<PathOverlay*>(gi);
            const Path& p = o->path();
            lines << QStringLiteral("path %1->%2 via %3 %4 assumed %5 (%6 steps)")
                         .arg(QString::fromStdString(p.client), QString::fromStdString(p.cluster))
                         .arg(static_cast<int>(p.endpoint))
                         .arg(p.reachable ? QStringLiteral("reachable") : QStringLiteral("blocked"))
                         .arg(p.assumed)
                         .arg(p.steps.size());
            break;
        }
        case StepBadge::Type: {
            auto* b = static_cast<StepBadge*>(gi);
            auto* o = static_cast<PathOverlay*>(b->parentItem());
            lines << QStringLiteral("badge %1->%2 %3%4 %5 at %6 callout %7 '%8'")
                         .arg(QString::fromStdString(o->path().client),
                              QString::fromStdString(o->path().cluster),
                              StepBadge::stageLetter(b->stage()))
                         .arg(b->number())
                         .arg(static_cast<int>(b->verdict()))
                         .arg(pointText(b->anchor())) // placed for the view's zoom
                         .arg(b->showsCallout() && b->isVisible())
                         .arg(b->callout());
            break;
        }
        default:
            break;
        }
    }
    AccessMatrixPanel* m = w.matrix();
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c) {
            const QTableWidgetItem* cell = m->item(r, c);
            const QString row = m->verticalHeaderItem(r) ? m->verticalHeaderItem(r)->text() : "";
            const QString col =
                m->horizontalHeaderItem(c) ? m->horizontalHeaderItem(c)->text() : "";
            lines << QStringLiteral("cell %1 x %2: %3 | %4")
                         .arg(row, col, cell ? cell->text() : QString(),
                              cell ? cell->toolTip() : QString());
        }
    FindingsPanel* f = w.findingsPanel();
    for (int i = 0; i < f->topLevelItemCount(); ++i) {
        QStringList cols;
        for (int c = 0; c < f->columnCount(); ++c)
            cols << f->topLevelItem(i)->text(c);
        lines << QStringLiteral("finding ") + cols.join(QStringLiteral(" | "));
    }
    lines << QStringLiteral("status ") + w.statusCounts();
    lines.sort();
    return lines;
}

// The lines only one of the two descriptions has, for a failure message.
inline QString difference(const QStringList& a, const QStringList& b)
{
    QString out;
    for (const QString& l : a)
        if (!b.contains(l))
            out += QStringLiteral("\n  only now:   ") + l;
    for (const QString& l : b)
        if (!a.contains(l))
            out += QStringLiteral("\n  only fresh: ") + l;
    return out;
}

} // namespace kg::ui::test
