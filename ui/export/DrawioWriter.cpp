#include "export/DrawioWriter.h"

#include "canvas/KindNames.h"
#include "model/KindRegistry.h"

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
    xml.writeAttribute(QStringLiteral("name"), design.title().empty()
                                                   ? QStringLiteral("Kubegate design")
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
                            ? QStringLiteral("rounded=1;arcSize=4;container=1;collapsible=0;"
                                             "verticalAlign=top;align=left;spacingLeft=8;"
                                             "fontStyle=1;html=0;whiteSpace=wrap;")
                            : QStringLiteral("rounded=1;whiteSpace=wrap;html=0;");
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
        xml.writeAttribute(QStringLiteral("style"),
                           QStringLiteral("endArrow=none;html=0;fontSize=10;strokeColor=%1;%2")
                               .arg(dns ? QStringLiteral("#6B4FBB") : QStringLiteral("#2B3440"),
                                    dns ? QStringLiteral("dashed=1;") : QString()));
        xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("source"), cellId(l.from));
        xml.writeAttribute(QStringLiteral("target"), cellId(l.to));
        xml.writeEmptyElement(QStringLiteral("mxGeometry"));
        xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // root
    xml.writeEndElement(); // mxGraphModel
    xml.writeEndElement(); // diagram
    xml.writeEndElement(); // mxfile
    xml.writeEndDocument();
    if (xml.hasError() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace kg::ui
