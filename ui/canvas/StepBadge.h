#pragma once

#include "analysis/Path.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <optional>

namespace kg::ui {

// A step's badge on a path overlay, drawn at screen size: a circle with the stage letter and
// the step number (green tick or red cross for the verdict), and optionally its callout, one
// sentence in a box beside it.
class StepBadge : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    // Passed (a filled green disc with a tick), assumed (a hollow green ring with a hollow
    // tick: the design does not say enough to check the step) or blocked (vermilion, a cross).
    enum class Verdict { Passed, Assumed, Blocked };

    StepBadge(Stage stage, int number, Verdict verdict, const QString& callout,
              QGraphicsItem* parent);
    int type() const override { return Type; }
    void setShowCallout(bool show);
    void setCurrent(bool current);
    bool showsCallout() const { return m_showCallout || m_current; }
    Stage stage() const { return m_stage; }
    int number() const { return m_number; }
    Verdict verdict() const { return m_verdict; }
    const QString& callout() const { return m_callout; }
    // The callout's box relative to the badge, in pixels: beside it by default; moved aside
    // (with a leader line) when it would cover another callout or leave the view.
    QRectF calloutRect() const;
    // The disc and its verdict mark, in pixels around the badge's position.
    QRectF discRect() const;
    // Where the badge belongs: the point it marks and the element (or endpoint chip) it is
    // about, in scene coordinates (an empty rectangle when it marks a point only). The scene
    // places the badge on the element's edge or nearby, where it covers no text.
    void setAnchor(const QPointF& at, const QRectF& near);
    const QPointF& anchor() const { return m_anchor; }
    const QRectF& near() const { return m_near; }
    void placeCallout(const QPointF& topLeft);
    // Zoomed out, the design is smaller than the sentences: a compact callout is one line cut
    // short (the whole sentence stays in the tooltip); the current step of a walkthrough keeps
    // its sentence.
    void setCompact(bool compact);
    bool isCompact() const { return compact(); }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    static QString stageLetter(Stage stage);

private:
    QSizeF calloutSize() const;
    bool compact() const { return m_compact && !m_current; }
    QString shownCallout(const QFontMetricsF& fm) const;

    Stage m_stage;
    int m_number;
    Verdict m_verdict;
    QString m_callout;
    bool m_showCallout = false;
    bool m_current = false;
    bool m_compact = false;
    std::optional<QPointF> m_calloutAt;
    QPointF m_anchor;
    QRectF m_near;
};

} // namespace kg::ui
