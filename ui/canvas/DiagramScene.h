#pragma once

#include "analysis/Path.h"
#include "canvas/LabelPlacer.h"
#include "model/DesignChange.h"
#include "model/ElementKind.h"

#include <QGraphicsScene>
#include <QHash>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kg {
struct Element;
struct Analysis;
} // namespace kg

namespace kg::ui {

class CanvasTool;
class DesignDocument;
class ElementItem;
class EndpointItem;
class HintItem;
class LinkItem;
class PathOverlay;

// Shows the document's design and follows it change by change: one ElementItem per element
// (deeper elements above their containers), one LinkItem per link, finding badges from the
// analysis. Items are views over ids; the design is the truth. Mouse and key events go to the
// current tool. The scene also answers the canvas's geometric questions (what container is
// under a point, where a new element may go) and shows hints and drop highlights.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DiagramScene(DesignDocument* document, QObject* parent = nullptr);
    ~DiagramScene() override;

    DesignDocument* document() const { return m_document; }
    ElementItem* item(const std::string& id) const;
    LinkItem* linkItem(const std::string& id) const;
    int elementCount() const { return static_cast<int>(m_items.size()); }

    // Selection as ids: elements and links, in document order.
    std::vector<std::string> selectedIds() const;
    std::vector<std::string> selectedElementIds() const;
    // The selected elements whose containers are not selected too: what moves as a unit.
    std::vector<std::string> selectedRoots() const;
    void selectIds(const std::vector<std::string>& ids);

    // Tools. The scene owns both; setTool(nullptr) returns to the select tool.
    enum class ToolKind { Select, Connect };
    void setTool(ToolKind kind);
    // The connect tool with a link started at `id` (the context menu's Connect From Here).
    void connectFrom(const std::string& id);
    ToolKind toolKind() const { return m_toolKind; }
    // Cancels what the current tool is doing (a drag, a link being drawn), as Escape does;
    // false when it was doing nothing.
    bool cancelToolOperation();

    // Grid drawn in the background and positions snapped to it while dragging and placing.
    void setGrid(bool visible, bool snap, int size);
    bool gridVisible() const { return m_gridVisible; }
    bool snapToGrid() const { return m_snap; }
    int gridSize() const { return m_gridSize; }
    QPointF snapped(const QPointF& p) const;

    // Where an element of `kind` dropped at `pos` would go: the deepest container under the
    // point (skipping `exclude`) or one of its ancestors that may hold it, else the top level
    // when the kind may stand there. When it fits nowhere, `reason` says why, translated.
    struct Placement
    {
        bool ok = false;
        std::string parent;
        QString reason;
    };
    Placement placementFor(ElementKind kind, const QPointF& pos,
                           const std::set<std::string>& exclude = {}) const;
    // The deepest container element under a point, skipping `exclude`; nullptr when none.
    ElementItem* containerAt(const QPointF& pos, const std::set<std::string>& exclude = {}) const;
    // The topmost element (card or container) under a point.
    // What a click at `pos` selects: a card, else a container's title band, else a link's
    // stroke, else the container around the point; nullptr over empty canvas.
    QGraphicsItem* pickAt(const QPointF& pos) const;
    // Height of a container's title band (its icon, name and address), in scene units.
    static constexpr double kContainerTitleBand = 30;
    ElementItem* elementAt(const QPointF& pos, const std::set<std::string>& exclude = {}) const;

    // Places a new element of `kind` centred at `pos` (the palette's drop). Returns false and
    // shows the reason as a hint when it cannot go there.
    bool placeNew(ElementKind kind, const QPointF& pos);

    // A short message near the cursor (and in the status bar); refused ones are red.
    void showHint(const QString& text, const QPointF& at, bool refused);
    void hideHint();
    // A comparison's tags: per element, the paths it ends that are gained, lost and changed
    // (ComparisonController::marks); elements not listed lose theirs. Kept across rebuilds.
    void setComparisonMarks(std::map<std::string, std::array<int, 3>> marks);
    // One element highlighted as a drop or connect target; "" clears.
    void setTargetHighlight(const std::string& id, bool accepted);

    // Drag previews: items drawn at a temporary place while the mouse moves; the design is
    // untouched until the tool pushes a command. endPreview() puts items back where the
    // design says they are.
    void previewGeometry(const std::string& id, const QRectF& rect);
    void endPreview();

    // Path overlays: the analysis's paths drawn over the canvas (route, DNS lookups, a badge
    // per step). The scene only places them; `focused` gets the callouts. Cleared on Reset.
    // Presentation's build-up: only the `shown` elements are drawn, with the links between
    // shown elements and the endpoint markers of shown clusters; nullopt draws everything.
    // The design and its analysis are untouched.
    void setBuildUp(std::optional<std::set<std::string>> shown);
    // Draws again what holds translated text (endpoint markers, finding marks) after a change
    // of the interface language.
    void retranslate() { showFindings(); }
    bool buildingUp() const { return m_buildUp.has_value(); }

    void showPaths(const std::vector<Path>& paths, int focused = -1);
    void clearPaths();
    const std::vector<PathOverlay*>& overlays() const { return m_overlays; }
    // Which stages overlays draw (bit i for Stage i); one step highlighted on the focused one.
    void setOverlayStages(unsigned mask);
    unsigned overlayStages() const { return m_stages; }
    void focusPath(int index, int step = -1);
    // Places the step badges of every shown path and the focused path's callouts for the current
    // zoom and scroll position (both are drawn at screen size), where they cover no text:
    // element names and addresses, endpoint chips, link labels, other badges and callouts.
    void arrangeCallouts();
    // For a picture of `area` (scene units) rather than a view: badges scale with the scene and
    // every shown callout is placed inside `area` where it can, none covering another. Returns
    // the area grown by whatever still reaches beyond it.
    QRectF prepareForPicture(const QRectF& area);
    // Where a cluster's door of `kind` is drawn (its endpoint marker), if it has one.
    std::optional<QPointF> endpointPosition(const std::string& cluster, EndpointKind kind) const;
    int endpointMarkerCount() const { return static_cast<int>(m_endpoints.size()); }

    // Every piece of text the canvas draws at zoom `scale`, in scene coordinates: element
    // names and addresses, finding badges, endpoint chips, link labels, step badges and
    // callouts (what is too small to be drawn at that zoom left out), each with what it is.
    // None should overlap another (the label test counts the pairs that do).
    struct TextBox
    {
        QRectF rect;
        QString what;
    };
    std::vector<TextBox> textBoxes(double scale) const;

    // Draws the design without transient items (hints, the connect line), for the minimap.
    void renderOverview(QPainter* painter, const QRectF& target, const QRectF& source);

    // The area the design's elements cover (not hints, overlays or markers, whose size
    // depends on the zoom): what "fit to window" and the minimap show.
    QRectF designBounds() const;
    // Cards cache their pixmap on screen; exports switch that off so that text stays text and
    // nothing is rasterised in vector output.
    void setItemCaching(bool enabled);

    static QRectF rectOf(const Element& element);
    // Default size of a newly placed element.
    static QSizeF defaultSize(ElementKind kind);

signals:
    // A message for the status bar (hints, refusals).
    void message(const QString& text);
    // The person double-clicked an element: the inspector focuses its name.
    void elementActivated(const QString& id);
    // The element's properties asked for (the context menu): the inspector brought forward.
    void propertiesRequested(const QString& id);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    void rebuild();
    void followChange(const DesignChange& change);
    void showFindings();
    void showEndpoints();
    QPointF pointOf(const std::string& id) const;
    void addElementItem(const Element& e);
    void addLinkItem(const std::string& id);
    void updateLinksOf(const std::string& id);
    void updateDepth(ElementItem* item);
    void repaintViews();
    void growSceneRect();
    CanvasTool* tool() const;

    void applyBuildUp();

    DesignDocument* m_document;
    std::optional<std::set<std::string>> m_buildUp;
    QHash<QString, ElementItem*> m_items;
    std::map<std::string, std::array<int, 3>> m_comparison;
    QHash<QString, LinkItem*> m_links;
    std::vector<EndpointItem*> m_endpoints;
    std::map<std::string, std::map<EndpointKind, QPointF>> m_endpointPos;
    std::vector<PathOverlay*> m_overlays;
    std::vector<Path> m_shownPaths; // what the overlays show, to lay them out again after moves
    int m_focusedPath = -1;
    bool m_relayoutScheduled = false;
    bool m_growScheduled = false;
    // Elements the endpoint markers are placed by (clusters, their outermost containers, the
    // subnets that hold ENIs or the ILB), and the elements moved since the last relayout.
    std::set<std::string> m_markerAnchors;
    std::set<std::string> m_moved;
    void scheduleRelayout();
    // Places the labels drawn at the scene's scale (endpoint chips, link labels) where they
    // cover no element's words and no card, and keeps what they take for arrangeCallouts.
    // Only what lies in and around the view is placed (a 10,000-element estate at 100 % shows a
    // few dozen cards); zoomed out past the chips' and labels' level of detail nothing is, as
    // nothing of them is drawn. `everything` (pictures) places them all.
    void arrangeLabels(bool everything = false);
    // The area the label pass works in for the view: the visible area grown by its own size
    // (small scrolls stay inside it); null when the view is zoomed out too far for labels;
    // empty for no view (everything).
    std::optional<QRectF> labelRegion() const;
    std::optional<QRectF> m_labelRegion; // what the last pass covered
    // The step badges and callouts at `scale` (view pixels per scene unit; 1 when they scale
    // with the scene), callouts inside `area` and off `covered` (what widgets over the view
    // hide); compact callouts when zoomed far out.
    void placeBadgesAndCallouts(double scale, const QRectF& area, bool compact,
                                const std::vector<QRectF>& covered = {});
    LabelPlacer m_labelSpace;
    bool m_labelsEverywhere = false;
    unsigned m_stages = 0xF;
    std::set<std::string> m_previewed;
    HintItem* m_hint = nullptr;
    std::string m_highlighted;
    CanvasTool* m_select = nullptr;
    CanvasTool* m_connect = nullptr;
    ToolKind m_toolKind = ToolKind::Select;
    bool m_gridVisible = true;
    bool m_snap = true;
    int m_gridSize = 20;
};

} // namespace kg::ui
