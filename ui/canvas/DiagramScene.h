#pragma once

#include "analysis/Analysis.h"
#include "model/Design.h"

#include <QGraphicsScene>
#include <QHash>

namespace kg::ui {

class ElementItem;

// Shows a design: one ElementItem per element (containers below their children), one LinkItem
// per link, and finding badges from an analysis. The scene holds no state of its own beyond an
// id -> item map; the design is the truth.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DiagramScene(QObject* parent = nullptr);

    void showDesign(const Design& design);
    void showFindings(const Analysis& analysis);
    ElementItem* item(const std::string& id) const
    {
        return m_items.value(QString::fromStdString(id));
    }
    int elementCount() const { return static_cast<int>(m_items.size()); }

private:
    QHash<QString, ElementItem*> m_items;
};

} // namespace kg::ui
