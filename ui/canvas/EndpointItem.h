#pragma once

#include "analysis/Path.h"

#include <QGraphicsItem>
#include <string>
#include <vector>

namespace kg::ui {

// One door of an API server on the canvas, from the analysis's list of a cluster's endpoints:
// the public endpoint (outside the network boundary, with the authorized IP ranges or public
// access CIDRs it filters on), the private endpoint (in the node subnet, with whether a public
// FQDN exists), the VNet-integration internal load balancer (in the delegated subnet), the
// EKS-managed ENIs (in each cluster subnet) and command invoke through Azure Resource Manager.
// A dashed tether leads to the cluster's card. Drawn at the scene's scale; placed by the scene
// at the first of its candidate positions where it covers no text (DiagramScene's labels).
class EndpointItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 6 };

    // `cluster`: the cluster's card in scene coordinates, which the tether ends on.
    EndpointItem(EndpointKind kind, const QString& detail, const QRectF& cluster);
    int type() const override { return Type; }
    EndpointKind kind() const { return m_kind; }
    // The line under the title (the ranges it accepts, whether a public FQDN exists, ...).
    const QString& detail() const { return m_detail; }
    // Where the chip may go, centres in scene coordinates, the preferred first.
    void setCandidates(std::vector<QPointF> centres);
    const std::vector<QPointF>& candidates() const { return m_candidates; }
    // Puts the chip's centre at `centre` (scene): the tether, and so the item's bounds, change.
    void moveTo(const QPointF& centre);
    // The chip's box in scene coordinates.
    QRectF sceneChipRect() const { return m_chip.translated(pos()); }
    // The tether, from the chip's edge to the cluster card's edge, in scene coordinates.
    QLineF tether() const;
    // Zoomed out below this the chip is not drawn.
    static constexpr double kDetail = 0.25;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    static QString title(EndpointKind kind);
    // The marker's colour, per kind of door.
    static QColor colour(EndpointKind kind);
    // The chip's rectangle around the marker's position (item coordinates).
    QRectF chipRect() const { return m_chip; }
    // The cluster whose door this is.
    void setCluster(std::string id) { m_cluster = std::move(id); }
    const std::string& cluster() const { return m_cluster; }

private:
    // The chip's rectangle, measured once: the scene's index asks for the bounding rectangle
    // often, and measuring the text each time was a tenth of a drop at 10,000 elements.
    QRectF chip() const { return m_chip; }
    QRectF measureChip() const;

    EndpointKind m_kind;
    QString m_detail;
    QRectF m_chip;
    QRectF m_card; // the cluster's card, in scene coordinates
    std::vector<QPointF> m_candidates;
    std::string m_cluster;
};

} // namespace kg::ui
