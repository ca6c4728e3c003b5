#pragma once

#include "model/Element.h"
#include "model/Link.h"
#include "model/PropertySpec.h"

#include <QWidget>
#include <string>
#include <vector>

class QFormLayout;
class QScrollArea;
class QVBoxLayout;

namespace kg {
struct DesignChange;
}

namespace kg::ui {

class AccessModeEditor;
class DesignDocument;

// Shows and edits what is selected: an element (name, notes, every typed property of its kind
// with an editor for its type, and for clusters the access-mode switcher), a link (its
// properties), or with nothing selected the design's title and notes. Every edit becomes one
// undo command; a value is committed only when it is valid.
class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPanel(DesignDocument* document, QWidget* parent = nullptr);

    void showSelection(const std::vector<std::string>& ids);
    // Puts the cursor in the name field (double-click on the canvas).
    void focusName();
    AccessModeEditor* accessModeEditor() const { return m_access; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // A theme switch rebuilds the rows: the API names' colour is written into their text.
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    int widestField() const;
    void scheduleRebuild();
    void followChange(const DesignChange& change);
    void buildDesignInfo(QFormLayout* form);
    void buildElement(QVBoxLayout* layout, const Element& e);
    void buildLink(QVBoxLayout* layout, const Link& l);
    QWidget* editorFor(const PropertySpec& spec, const PropertyValue& value, bool isLink);
    void addPropertyRow(QFormLayout* form, const PropertySpec& spec, QWidget* editor);
    void commitElementProperty(const std::string& key, PropertyValue value);
    void commitLinkProperty(const std::string& key, PropertyValue value);
    void commitName(const QString& name);
    void commitNotes(const QString& notes);

    DesignDocument* m_document;
    std::vector<std::string> m_ids;
    QScrollArea* m_scroll = nullptr;
    AccessModeEditor* m_access = nullptr;
    QWidget* m_notes = nullptr;
    QWidget* m_title = nullptr;
    bool m_rebuildScheduled = false;
    std::vector<std::string> m_shownIds; // what the current page shows, for its scroll position
};

} // namespace kg::ui
