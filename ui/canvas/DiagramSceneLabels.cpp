// DiagramScene's labels: where the endpoint chips, link labels, step badges and callouts go so
// that none covers an element's words or another label. Chips and link labels are drawn at the
// scene's scale and placed when the design or the analysis changes; badges and callouts are
// drawn at screen size and placed again for every zoom. Each label tries its candidate
// positions in order, then the free place nearest the first (LabelPlacer); labels are placed in
// document order, so the same design always looks the same.
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/ElementItem.h"
#include "canvas/EndpointItem.h"
#include "canvas/LinkItem.h"
#include "canvas/PathOverlay.h"
#include "canvas/SceneGeometry.h"
#include "canvas/StepBadge.h"
#include "document/DesignDocument.h"

#include <QGraphicsView>
#include <algorithm>

namespace kg::ui {

namespace {

QRectF centredAt(const QPointF& centre, const QSizeF& size)
{
    QRectF r(QPointF(0, 0), size);
    r.moveCenter(centre);
    return r;
}

} // namespace

std::optional<QRectF> DiagramScene::labelRegion() const
{
    if (views().isEmpty())
        return QRectF();
    const QGraphicsView* v = views().front();
    if (v->transform().m11() < EndpointItem::kDetail)
        return std::nullopt;
    const QRectF visible = v->mapToScene(v->viewport()->rect()).boundingRect();
    return visible.adjusted(-visible.width(), -visible.height(), visible.width(), visible.height());
}

void DiagramScene::arrangeLabels(bool everything)
{
    const Design& d = m_document->design();
    m_labelsEverywhere = everything;
    const std::optional<QRectF> region = everything ? QRectF() : labelRegion();
    m_labelRegion = region;
    if (!region) { // zoomed out past every label's level of detail: nothing to place
        m_labelSpace = LabelPlacer();
        arrangeCallouts();
        return;
    }
    const bool all = region->isEmpty();
    // Labels near the region's edge must see the cards just beyond it.
    const QRectF reach = all ? QRectF() : region->adjusted(-400, -400, 400, 400);
    // What labels must leave alone: the words of every element and its finding badge; chips and
    // link labels also stay off the cards themselves (a chip over a card hides what it is).
    LabelPlacer text;
    LabelPlacer cards;
    auto take = [&](const ElementItem* i) {
        text.occupy(i->textRect());
        if (const QRectF badge = i->badgeRect(); !badge.isEmpty())
            text.occupy(badge);
        if (const QRectF tag = i->comparisonRect(); !tag.isEmpty())
            text.occupy(tag);
        if (!ElementItem::isContainer(i->element().kind))
            cards.occupy(i->sceneBoundingRectOfElement());
    };
    if (all) {
        for (const Element& e : d.elements())
            if (const ElementItem* i = item(e.id))
                take(i);
    } else {
        for (QGraphicsItem* gi : items(reach, Qt::IntersectsItemBoundingRect))
            if (gi->type() == ElementItem::Type)
                take(static_cast<ElementItem*>(gi));
    }
    auto clearOfCards = [&](const QRectF& r) { return !cards.collides(r); };
    for (EndpointItem* chip : m_endpoints) {
        if (!all && !chip->candidates().empty() && !region->contains(chip->candidates().front()))
            continue; // out of sight: placed when the view comes near
        const QSizeF size = chip->chipRect().size();
        std::vector<QRectF> candidates;
        for (const QPointF& c : chip->candidates())
            candidates.push_back(centredAt(c, size));
        if (candidates.empty())
            continue;
        const ElementItem* cluster = item(chip->cluster());
        const QRectF card = cluster ? cluster->sceneBoundingRectOfElement() : QRectF();
        // The tether must not cross another card on its way to the cluster: a dashed line over
        // a card reads as a link to it.
        auto accept = [&](const QRectF& r) {
            if (!clearOfCards(r))
                return false;
            if (card.isEmpty() || r.intersects(card))
                return true;
            const QPointF end = borderPoint(card, r.center());
            return !cards.crosses(QLineF(borderPoint(r, end), end), card);
        };
        // Where it belongs first (its own subnet, its card), even with a tether over a card;
        // then the nearest free place, the tether clear if it can be.
        std::optional<QRectF> at = text.firstFree(candidates, accept);
        if (!at)
            at = text.firstFree(candidates, clearOfCards);
        if (!at)
            at = text.nearestFree(candidates.front(), 8, 320, QRectF(), accept);
        if (!at)
            at = text.nearestFree(candidates.front(), 8, 320, QRectF(), clearOfCards);
        const QRectF placed = at.value_or(candidates.front());
        text.occupy(placed);
        chip->moveTo(placed.center());
        cards.occupy(placed);
    }
    for (const Link& l : d.links()) {
        LinkItem* li = linkItem(l.id);
        if (!li || (!all && !region->intersects(li->polyline().boundingRect())))
            continue;
        const QSizeF size = li->labelSize();
        std::vector<QRectF> candidates;
        for (const double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8})
            candidates.push_back(centredAt(li->pointAt(t), size));
        std::optional<QRectF> at = text.firstFree(candidates, clearOfCards);
        if (!at) // beside the line, within a label's height of its middle
            at = text.nearestFree(candidates.front(), 6, 3 * size.height(), QRectF(), clearOfCards);
        li->placeLabel(at ? std::optional<QPointF>(at->center()) : std::nullopt);
        if (at)
            text.occupy(*at);
    }
    m_labelSpace = std::move(text);
    arrangeCallouts();
}

void DiagramScene::arrangeCallouts()
{
    // The view moved beyond what the label pass covered, or zoomed across the labels' level of
    // detail: place them for where it is now (which comes back here).
    if (!m_labelsEverywhere && !views().isEmpty()) {
        const std::optional<QRectF> now = labelRegion();
        const QGraphicsView* v = views().front();
        const QRectF visible = v->mapToScene(v->viewport()->rect()).boundingRect();
        if (now.has_value() != m_labelRegion.has_value() ||
            (m_labelRegion && !m_labelRegion->isEmpty() && !m_labelRegion->contains(visible))) {
            arrangeLabels();
            return;
        }
    }
    if (m_overlays.empty())
        return;
    QRectF visible;
    double scale = 1;
    std::vector<QRectF> covered;
    if (!views().isEmpty()) {
        const QGraphicsView* v = views().front();
        visible = v->mapToScene(v->viewport()->rect()).boundingRect();
        scale = v->transform().m11();
        if (const auto* dv = qobject_cast<const DiagramView*>(v))
            for (const QRect& r : dv->coveredAreas())
                covered.push_back(v->mapToScene(r).boundingRect());
    }
    // Below 60 % the sentences are larger than what they describe: one line each (when there are
    // more than two).
    placeBadgesAndCallouts(scale, visible, scale < 0.6, covered);
    repaintViews();
}

void DiagramScene::placeBadgesAndCallouts(double scale, const QRectF& area, bool compact,
                                          const std::vector<QRectF>& covered)
{
    if (scale <= 0)
        return;
    // On top of what the chips and link labels took, without copying it; the link labels in
    // the area again, for one placed since (the label pass works around the view it had).
    LabelPlacer space(96, &m_labelSpace);
    const bool anyShown = std::any_of(m_overlays.begin(), m_overlays.end(),
                                      [](const PathOverlay* o) { return o->isVisible(); });
    if (anyShown)
        for (const Link& l : m_document->design().links())
            if (const LinkItem* li = linkItem(l.id); li && li->isVisible())
                if (const QRectF r = li->labelRect();
                    !r.isEmpty() && (area.isEmpty() || area.intersects(r)))
                    space.occupy(r);
    // The focused path first: its badges get the places nearest what they mark.
    std::vector<PathOverlay*> order;
    if (m_focusedPath >= 0 && m_focusedPath < static_cast<int>(m_overlays.size()))
        order.push_back(m_overlays[static_cast<std::size_t>(m_focusedPath)]);
    for (PathOverlay* o : m_overlays)
        if (order.empty() || o != order.front())
            order.push_back(o);
    std::vector<StepBadge*> withCallout;
    for (PathOverlay* o : order) {
        if (!o->isVisible())
            continue;
        for (StepBadge* badge : o->badges()) {
            // Pixels to scene units: badges drawn at screen size are 1/scale as large in the
            // scene; badges a picture scales with the scene are their own size.
            const double k =
                badge->flags() & QGraphicsItem::ItemIgnoresTransformations ? 1 / scale : 1.0;
            const QRectF disc = badge->discRect();
            auto around = [&](const QPointF& p) {
                return QRectF(p + disc.topLeft() * k, disc.size() * k);
            };
            std::vector<QRectF> candidates{around(badge->anchor())};
            if (const QRectF n = badge->near(); !n.isEmpty())
                for (const QPointF& p :
                     {QPointF(n.left(), n.top()), QPointF(n.left(), n.bottom()),
                      QPointF(n.right(), n.center().y()), QPointF(n.right(), n.top()),
                      QPointF(n.right(), n.bottom())})
                    candidates.push_back(around(p));
            const QRectF at = space.place(candidates, disc.width() * k / 2, 8 * disc.width() * k);
            badge->setPos(at.topLeft() - disc.topLeft() * k);
            if (badge->showsCallout())
                withCallout.push_back(badge);
        }
    }
    for (StepBadge* badge : withCallout)
        badge->setCompact(compact && withCallout.size() > 2);
    for (const QRectF& r : covered) // under the minimap, a callout could not be read
        space.occupy(r);
    for (StepBadge* badge : withCallout) {
        const double k =
            badge->flags() & QGraphicsItem::ItemIgnoresTransformations ? 1 / scale : 1.0;
        const QRectF disc = badge->discRect();
        const QRectF d(badge->pos() + disc.topLeft() * k, disc.size() * k);
        const double gap = 8 * k;
        // Beside the badge, right then left; then below and above it.
        auto candidates = [&] {
            const QSizeF size = badge->calloutRect().size() * k;
            const double cy = badge->pos().y() - size.height() / 2;
            return std::vector<QRectF>{
                QRectF(QPointF(d.right() + gap, cy), size),
                QRectF(QPointF(d.left() - gap - size.width(), cy), size),
                QRectF(QPointF(d.left(), d.bottom() + gap), size),
                QRectF(QPointF(d.left(), d.top() - gap - size.height()), size)};
        };
        // In view when the badge is: a callout is read where its badge is seen. Where the view
        // is full, the sentence shrinks to one line before it goes further away.
        const QRectF view = area.isEmpty() ? QRectF() : area.adjusted(gap, gap, -gap, -gap);
        const QRectF within = view.contains(d) ? view : QRectF();
        const double reach = within.isEmpty() ? 900 * k : std::max(within.width(), within.height());
        auto find = [&]() -> std::optional<QRectF> {
            const auto c = candidates();
            for (const QRectF& r : c)
                if ((within.isEmpty() || within.contains(r)) && !space.collides(r))
                    return r;
            return space.nearestFree(c.front(), 12 * k, reach, within);
        };
        std::optional<QRectF> at = find();
        if (!at && !badge->isCompact()) {
            badge->setCompact(true);
            at = find();
        }
        if (!at) // nowhere free: beside the badge, over what is there
            at = candidates().front();
        space.occupy(*at);
        badge->placeCallout((at->topLeft() - badge->pos()) / k);
    }
}

QRectF DiagramScene::prepareForPicture(const QRectF& area)
{
    arrangeLabels(true); // a picture shows everything: every label placed
    for (auto* o : m_overlays)
        o->scaleBadgesWithScene();
    // Room on the right: a callout beside a badge at the design's edge stays beside it rather
    // than covering the cards to its left.
    placeBadgesAndCallouts(1.0, area.adjusted(-200, -120, 340, 120), false);
    QRectF bounds = area;
    for (auto* o : m_overlays) {
        if (o->isVisible())
            bounds |= o->mapRectToScene(o->childrenBoundingRect() | o->boundingRect())
                          .adjusted(0, 0, 12, 0);
    }
    return bounds;
}

std::vector<DiagramScene::TextBox> DiagramScene::textBoxes(double scale) const
{
    // The descriptions are for tests and diagnostics, not for people using the canvas.
    std::vector<TextBox> out;
    const Design& d = m_document->design();
    for (const Element& e : d.elements()) {
        const ElementItem* i = item(e.id);
        if (!i || !i->isVisible())
            continue;
        const QString id = QString::fromStdString(e.id);
        if (scale >= ElementItem::kTextDetail)
            out.push_back({i->textRect(), QStringLiteral("%1: name").arg(id)});
        if (scale > ElementItem::kBadgeDetail && !i->badgeRect().isEmpty())
            out.push_back({i->badgeRect(), QStringLiteral("%1: finding badge").arg(id)});
        if (scale >= ElementItem::kBadgeDetail && !i->comparisonRect().isEmpty())
            out.push_back({i->comparisonRect(), QStringLiteral("%1: comparison").arg(id)});
    }
    if (scale >= EndpointItem::kDetail)
        for (const EndpointItem* chip : m_endpoints)
            out.push_back({chip->sceneChipRect(),
                           QStringLiteral("%1: %2").arg(QString::fromStdString(chip->cluster()),
                                                        EndpointItem::title(chip->kind()))});
    if (scale >= LinkItem::kLabelDetail)
        for (const Link& l : d.links())
            if (const LinkItem* li = linkItem(l.id); li && !li->labelRect().isEmpty())
                out.push_back({li->labelRect(),
                               QStringLiteral("%1: link label").arg(QString::fromStdString(l.id))});
    for (const PathOverlay* o : m_overlays) {
        if (!o->isVisible())
            continue;
        const QString path = QStringLiteral("%1→%2").arg(QString::fromStdString(o->path().client),
                                                         QString::fromStdString(o->path().cluster));
        for (const StepBadge* badge : o->badges()) {
            const double k =
                badge->flags() & QGraphicsItem::ItemIgnoresTransformations ? 1 / scale : 1.0;
            const QRectF disc = badge->discRect();
            const QString step =
                StepBadge::stageLetter(badge->stage()) + QString::number(badge->number());
            out.push_back({QRectF(badge->pos() + disc.topLeft() * k, disc.size() * k),
                           QStringLiteral("%1: badge %2").arg(path, step)});
            if (badge->showsCallout()) {
                const QRectF c = badge->calloutRect();
                out.push_back({QRectF(badge->pos() + c.topLeft() * k, c.size() * k),
                               QStringLiteral("%1: callout %2").arg(path, step)});
            }
        }
    }
    return out;
}

} // namespace kg::ui
