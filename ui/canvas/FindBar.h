#pragma once

#include "analysis/DesignSearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace kg::ui {

class ActionRegistry;
class DesignDocument;
class DiagramScene;
class DiagramView;

// Find (Ctrl+F): a bar at the top of the canvas. It finds elements by name, id, a property's
// text (addresses, CIDRs, principals, zone names) or the rule id of a finding about them
// (DesignSearch), says "3 of 12" and where the text was found, and walks the matches with
// Next and Previous (Enter, Shift+Enter, F3, Shift+F3), each selected and brought into view
// (zooming out only when it would not fit). Escape closes the bar. The matches follow edits.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    FindBar(DesignDocument* document, DiagramScene* scene, DiagramView* view);

    // Registers Edit > Find (Ctrl+F), Find Next (F3) and Find Previous (Shift+F3).
    void addActions(ActionRegistry& actions);
    // Shows the bar with the query selected for typing over.
    void open();
    void next();
    void previous();
    int matchCount() const { return static_cast<int>(m_matches.size()); }
    int current() const { return m_current; }
    QLineEdit* field() const { return m_field; }

private:
    void search();
    void go(int index);
    void showStatus();
    void place();
    bool eventFilter(QObject* watched, QEvent* event) override;

    DesignDocument* m_document;
    DiagramScene* m_scene;
    DiagramView* m_view;
    QLineEdit* m_field = nullptr;
    QLabel* m_status = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    std::vector<SearchMatch> m_matches;
    int m_current = -1;
};

} // namespace kg::ui
