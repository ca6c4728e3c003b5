#include "canvas/DiagramScene.h"

#include "canvas/ElementItem.h"
#include "canvas/LinkItem.h"

#include <map>

namespace kg::ui {

DiagramScene::DiagramScene(QObject* parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(0xF7, 0xF8, 0xFA));
}

void DiagramScene::showDesign(const Design& design)
{
    clear();
    m_items.clear();
    QRectF bounds;
    for (const auto& e : design.elements()) {
        auto* item = new ElementItem(e);
        // Deeper elements above their containers.
        int depth = 0;
        for (const Element* p = design.element(e.parent); p && depth < 32;
             p = design.element(p->parent))
            ++depth;
        item->setZValue(depth * 10 + (ElementItem::isContainer(e.kind) ? 0 : 5));
        addItem(item);
        m_items.insert(QString::fromStdString(e.id), item);
        bounds |= item->sceneBoundingRect();
    }
    for (const auto& l : design.links()) {
        const Element* a = design.element(l.from);
        const Element* b = design.element(l.to);
        if (!a || !b)
            continue;
        auto rect = [](const Element& e) {
            return QRectF(e.geometry.x, e.geometry.y, e.geometry.width, e.geometry.height);
        };
        addItem(new LinkItem(l, rect(*a), rect(*b)));
    }
    setSceneRect(bounds.adjusted(-80, -80, 80, 80));
}

void DiagramScene::showFindings(const Analysis& analysis)
{
    std::map<std::string, std::pair<ElementItem::Badge, int>> worst;
    for (const auto& f : analysis.findings) {
        const auto badge = f.severity == Severity::Error     ? ElementItem::Badge::Error
                           : f.severity == Severity::Warning ? ElementItem::Badge::Warning
                                                             : ElementItem::Badge::Info;
        // The first element a finding names is the one it is about.
        if (f.elements.empty())
            continue;
        auto& entry = worst[f.elements.front()];
        if (entry.second == 0 || badge > entry.first)
            entry.first = badge;
        ++entry.second;
    }
    for (auto* item : std::as_const(m_items)) {
        auto it = worst.find(item->id());
        if (it == worst.end())
            item->setBadge(ElementItem::Badge::None, 0);
        else
            item->setBadge(it->second.first, it->second.second);
    }
}

} // namespace kg::ui
