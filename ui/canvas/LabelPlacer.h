#pragma once

#include <QHash>
#include <QLineF>
#include <QRectF>
#include <functional>
#include <optional>
#include <vector>

namespace kg::ui {

// Free space for labels: the rectangles already taken (element names and addresses, cards,
// labels placed before) and the search for a place that covers none of them. Labels are
// placed one after the other, each at the first of its candidate positions that is free, or
// else at the free position nearest its first candidate (the caller draws a leader line back
// to what the label is about). Greedy in a fixed order, so the result is the same every time.
//
// Written here rather than taken from a library: the labelling libraries (pal in QGIS, the
// solvers behind map labelling) place labels for features on a map and bring a map's
// dependencies; the canvas needs a few hundred rectangles tested against a grid.
class LabelPlacer
{
public:
    // `cell`: the grid's cell size in scene units, about the size of a label. `base`, when
    // given, is taken too without being copied (the callouts' pass adds to what the chips and
    // link labels took); it must outlive this placer and not change meanwhile.
    explicit LabelPlacer(double cell = 96, const LabelPlacer* base = nullptr);

    // Takes a rectangle: later labels avoid it.
    void occupy(const QRectF& rect);
    // Whether `rect` overlaps something taken (by more than a hair: touching edges are free).
    bool collides(const QRectF& rect) const;
    // The first candidate that is free and passes `accept` (no test when empty).
    std::optional<QRectF> firstFree(const std::vector<QRectF>& candidates,
                                    const std::function<bool(const QRectF&)>& accept = {}) const;
    // The free rectangle of `start`'s size nearest to it: positions on rings of `step` around
    // it, out to `reach`, inside `within` when given. None within reach: nullopt.
    std::optional<QRectF> nearestFree(const QRectF& start, double step, double reach,
                                      const QRectF& within = QRectF(),
                                      const std::function<bool(const QRectF&)>& accept = {}) const;
    // The candidates first, then the nearest free place to the first; `fallback` (usually the
    // first candidate, overlapping) when there is none. The chosen rectangle is occupied.
    QRectF place(const std::vector<QRectF>& candidates, double step, double reach,
                 const QRectF& within = QRectF(),
                 const std::function<bool(const QRectF&)>& accept = {});
    // Whether the segment passes through a taken rectangle other than `except`.
    bool crosses(const QLineF& line, const QRectF& except = QRectF()) const;

    // How many pairs of `rects` overlap (by more than a hair): what a test of a whole canvas
    // counts. `pairs`, when given, receives the indices of each overlapping pair.
    static int countOverlaps(const std::vector<QRectF>& rects,
                             std::vector<std::pair<int, int>>* pairs = nullptr);

private:
    static QRectF shrunk(const QRectF& r);
    template <typename F> void forCells(const QRectF& r, F f) const;

    bool collidesHere(const QRectF& shrunkRect) const;

    double m_cell;
    const LabelPlacer* m_base = nullptr;
    std::vector<QRectF> m_rects;
    // The grid as linked lists in one array: each cell's head in the hash, each entry a
    // rectangle and the next entry of its cell. Thousands of cells, no allocation per cell.
    struct Entry
    {
        int rect;
        int next;
    };
    std::vector<Entry> m_entries;
    QHash<quint64, int> m_heads;
};

} // namespace kg::ui
