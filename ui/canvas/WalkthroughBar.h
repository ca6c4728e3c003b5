#pragma once

#include "analysis/Path.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kg::ui {

// Training mode: one path, step by step. A bar across the bottom of the canvas narrates the
// current step (stage, verdict, sentence, rule, and the fix on a blocked step) with Back and
// Next (also the Left and Right keys); the canvas highlights the step's badge.
class WalkthroughBar : public QWidget
{
    Q_OBJECT

public:
    explicit WalkthroughBar(QWidget* parent);

    void start(const Path& path);
    void stop();
    bool active() const { return m_active; }
    int step() const { return m_step; }
    void next();
    void back();
    // Type size relative to the interface's (presentation sets it for the room to read).
    void setScale(double scale);
    double scale() const { return m_scale; }
    // The narration of a step, as the bar shows it (public for tests and exports).
    static QString narrate(const Path& path, int step);

signals:
    void stepChanged(int step);
    void finished();

private:
    void show(int step);
    void place();
    bool eventFilter(QObject* watched, QEvent* event) override;

    Path m_path;
    int m_step = 0;
    double m_scale = 1.0;
    bool m_active = false;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace kg::ui
