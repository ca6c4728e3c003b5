#pragma once

#include "model/ElementKind.h"

#include <QWidget>

class QLineEdit;

namespace kg::ui {

class PaletteTree;

// Every element kind, grouped (Networks, Clusters, Access, Connectivity, DNS, Clients,
// Services) with its icon, filtered as you type. Drag an entry onto the canvas to place it;
// double-click (or Enter) asks for it to be placed in the middle of the view.
class PalettePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PalettePanel(QWidget* parent = nullptr);
    void setFilter(const QString& text);
    PaletteTree* tree() const { return m_tree; }

signals:
    void placeRequested(kg::ElementKind kind);

private:
    void populate();

    QLineEdit* m_search = nullptr;
    PaletteTree* m_tree = nullptr;
};

} // namespace kg::ui
