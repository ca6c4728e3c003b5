#include "export/DrawioWriter.h"

#include "canvas/DiagramScene.h"
#include "canvas/EndpointItem.h"
#include "canvas/KindIcons.h"
#include "canvas/KindNames.h"
#include "document/DesignDocument.h"
#include "document/DurableCommit.h"
#include "model/KindRegistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamWriter>
#include <set>

namespace kg::ui {

namespace {

QString colour(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Azure:
        return QStringLiteral("#2F6FDB");
    case Cloud::Aws:
        return QStringLiteral("#E8860C");
    case Cloud::Neutral:
        return QStringLiteral("#1A9A8A");
    }
    return QStringLiteral("#1A9A8A");
}

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

// The kind's icon as draw.io takes an image in a style: an SVG data URI whose base64 follows
// the comma directly (a ";base64" would end the style's key=value pair). Empty without icon.
QString iconStyle(ElementKind kind)
{
    QFile svg(KindIcons::resourcePath(kind));
    if (!svg.open(QIODevice::ReadOnly))
        return {};
    return QStringLiteral("image=data:image/svg+xml,") +
           QString::fromLatin1(svg.readAll().toBase64()) + QLatin1Char(';');
}

} // namespace

bool DrawioWriter::handles(const QString& path)
{
    return QFileInfo(path).suffix().toLower() == QStringLiteral("drawio");
}

bool DrawioWriter::write(const Design& design, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("mxfile"));
    xml.writeAttribute(QStringLiteral("host"), QStringLiteral("Kubegate"));
    xml.writeStartElement(QStringLiteral("diagram"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("kubegate"));
    xml.writeAttribute(QStringLiteral("name"),
                       design.title().empty()
                           ? QCoreApplication::translate("DrawioWriter", "Kubegate design")
                           : QString::fromStdString(design.title()));
    xml.writeStartElement(QStringLiteral("mxGraphModel"));
    xml.writeStartElement(QStringLiteral("root"));
    // The two cells every draw.io page has: the root and the default layer.
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));
    // Element ids are prefixed: draw.io reserves "0" and "1", which a design may use.
    auto cellId = [](const std::string& id) {
        return QStringLiteral("kg-") + QString::fromStdString(id);
    };
    // Parents before children: draw.io needs a container to exist before what it holds.
    std::vector<const Element*> ordered;
    std::set<std::string> placed;
    while (ordered.size() < design.elements().size()) {
        const std::size_t before = ordered.size();
        for (const auto& e : design.elements())
            if (!placed.count(e.id) && (e.parent.empty() || placed.count(e.parent))) {
                ordered.push_back(&e);
                placed.insert(e.id);
            }
        if (ordered.size() == before)
            break;
    }
    for (const Element* e : ordered) {
        const KindInfo& info = KindRegistry::info(e->kind);
        const Element* parent = design.element(e->parent);
        const QString c = colour(info.cloud);
        QString style = info.container
                            ? QStringLiteral("shape=label;rounded=1;arcSize=4;container=1;"
                                             "collapsible=0;verticalAlign=top;align=left;"
                                             "spacingLeft=30;spacingTop=2;fontStyle=1;html=0;"
                                             "whiteSpace=wrap;imageWidth=20;imageHeight=20;"
                                             "imageAlign=left;imageVerticalAlign=top;")
                            : QStringLiteral("shape=label;rounded=1;whiteSpace=wrap;html=0;"
                                             "align=left;spacingLeft=44;imageWidth=28;"
                                             "imageHeight=28;imageAlign=left;"
                                             "imageVerticalAlign=middle;");
        style += QStringLiteral("fontColor=#1F2937;") + iconStyle(e->kind);
        style += QStringLiteral("strokeColor=%1;").arg(c);
        style += info.container ? QStringLiteral("fillColor=%1;opacity=100;fillOpacity=10;").arg(c)
                                : QStringLiteral("fillColor=#FFFFFF;");
        if (e->kind == ElementKind::AzureSubnet || e->kind == ElementKind::AwsSubnet)
            style += QStringLiteral("dashed=1;");
        xml.writeStartElement(QStringLiteral("mxCell"));
        xml.writeAttribute(QStringLiteral("id"), cellId(e->id));
        xml.writeAttribute(QStringLiteral("value"), QString::fromStdString(e->label()) +
                                                        QLatin1Char('\n') +
                                                        KindNames::name(e->kind));
        xml.writeAttribute(QStringLiteral("style"), style);
        xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"),
                           parent ? cellId(parent->id) : QStringLiteral("1"));
        xml.writeEmptyElement(QStringLiteral("mxGeometry"));
        // draw.io positions children relative to their container; Kubegate stores absolute ones.
        const double x = e->geometry.x - (parent ? parent->geometry.x : 0);
        const double y = e->geometry.y - (parent ? parent->geometry.y : 0);
        xml.writeAttribute(QStringLiteral("x"), num(x));
        xml.writeAttribute(QStringLiteral("y"), num(y));
        xml.writeAttribute(QStringLiteral("width"), num(e->geometry.width));
        xml.writeAttribute(QStringLiteral("height"), num(e->geometry.height));
        xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        xml.writeEndElement();
    }
    for (const auto& l : design.links()) {
        const bool dns = l.kind == LinkKind::DnsZoneLink || l.kind == LinkKind::DnsForwarding;
        xml.writeStartElement(QStringLiteral("mxCell"));
        xml.writeAttribute(QStringLiteral("id"), cellId(l.id));
        xml.writeAttribute(QStringLiteral("value"), KindNames::linkName(l.kind));
        xml.writeAttribute(
            QStringLiteral("style"),
            QStringLiteral("endArrow=none;html=0;fontSize=10;fontColor=#1F2937;strokeColor=%1;%2")
                .arg(dns ? QStringLiteral("#6B4FBB") : QStringLiteral("#2B3440"),
                     dns ? QStringLiteral("dashed=1;") : QString()));
        xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("source"), cellId(l.from));
        xml.writeAttribute(QStringLiteral("target"), cellId(l.to));
        xml.writeStartElement(QStringLiteral("mxGeometry"));
        xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        if (!l.route.empty()) { // the bends Tidy routed it through (the edge is on layer 1:
                                // absolute coordinates)
            xml.writeStartElement(QStringLiteral("Array"));
            xml.writeAttribute(QStringLiteral("as"), QStringLiteral("points"));
            for (const RoutePoint& p : l.route) {
                xml.writeEmptyElement(QStringLiteral("mxPoint"));
                xml.writeAttribute(QStringLiteral("x"), QString::number(p.x));
                xml.writeAttribute(QStringLiteral("y"), QString::number(p.y));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement(); // mxGeometry
        xml.writeEndElement(); // mxCell
    }
    // The endpoint markers, where the canvas places them, with a dashed tether to the cluster.
    {
        DesignDocument document;
        document.reset(design, QString());
        DiagramScene scene(&document);
        int n = 0;
        for (QGraphicsItem* gi : scene.items()) {
            if (gi->type() != EndpointItem::Type)
                continue;
            auto* m = static_cast<EndpointItem*>(gi);
            const QRectF chip = m->chipRect().translated(m->scenePos());
            const QString id = QStringLiteral("kg-endpoint-%1").arg(++n);
            const QString c = EndpointItem::colour(m->kind()).name();
            xml.writeStartElement(QStringLiteral("mxCell"));
            xml.writeAttribute(QStringLiteral("id"), id);
            xml.writeAttribute(QStringLiteral("value"), m->detail().isEmpty()
                                                            ? EndpointItem::title(m->kind())
                                                            : EndpointItem::title(m->kind()) +
                                                                  QLatin1Char('\n') + m->detail());
            xml.writeAttribute(
                QStringLiteral("style"),
                QStringLiteral("rounded=1;arcSize=50;whiteSpace=wrap;html=0;fontSize=9;"
                               "strokeColor=%1;fillColor=#FFFFFF;fontColor=#1F2937;")
                    .arg(c));
            xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
            xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
            xml.writeEmptyElement(QStringLiteral("mxGeometry"));
            xml.writeAttribute(QStringLiteral("x"), num(chip.x()));
            xml.writeAttribute(QStringLiteral("y"), num(chip.y()));
            xml.writeAttribute(QStringLiteral("width"), num(chip.width()));
            xml.writeAttribute(QStringLiteral("height"), num(chip.height()));
            xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
            xml.writeEndElement();
            if (!m->cluster().empty()) {
                xml.writeStartElement(QStringLiteral("mxCell"));
                xml.writeAttribute(QStringLiteral("id"), id + QStringLiteral("-tether"));
                xml.writeAttribute(QStringLiteral("value"), QString());
                xml.writeAttribute(
                    QStringLiteral("style"),
                    QStringLiteral("endArrow=none;dashed=1;html=0;strokeColor=%1;").arg(c));
                xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
                xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
                xml.writeAttribute(QStringLiteral("source"), id);
                xml.writeAttribute(QStringLiteral("target"), cellId(m->cluster()));
                xml.writeEmptyElement(QStringLiteral("mxGeometry"));
                xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
                xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
                xml.writeEndElement();
            }
        }
    }
    xml.writeEndElement(); // root
    xml.writeEndElement(); // mxGraphModel
    xml.writeEndElement(); // diagram
    xml.writeEndElement(); // mxfile
    xml.writeEndDocument();
    if (xml.hasError() || !commitDurably(file)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace kg::ui
