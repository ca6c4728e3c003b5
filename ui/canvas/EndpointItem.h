#pragma once

#include "analysis/Path.h"

#include <QGraphicsItem>
#include <string>

namespace kg::ui {

// One door of an API server on the canvas, from the analysis's list of a cluster's endpoints:
// the public endpoint (outside the network boundary, with the authorized IP ranges or public
// access CIDRs it filters on), the private endpoint (in the node subnet, with whether a public
// FQDN exists), the VNet-integration internal load balancer (in the delegated subnet), the
// EKS-managed ENIs (in each cluster subnet) and command invoke through Azure Resource Manager.
// A dashed tether leads to the cluster. Drawn at screen size; placed by the scene.
class EndpointItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 6 };

    EndpointItem(EndpointKind kind, const QString& detail, const QPointF& tetherTo);
    int type() const override { return Type; }
    EndpointKind kind() const { return m_kind; }
    // The line under the title (the ranges it accepts, whether a public FQDN exists, ...).
    const QString& detail() const { return m_detail; }
    void setTether(const QPointF& sceneTarget);

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
    QPointF m_tether; // in scene coordinates
    std::string m_cluster;
};

} // namespace kg::ui
