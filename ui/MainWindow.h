#pragma once

#include "model/Design.h"

#include <QMainWindow>

class QLabel;

namespace kg::ui {

// The designer's main window. For now it opens a design and reports what it holds; the canvas,
// docks and undo stack arrive with the designer canvas.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Loads a design; on failure shows the reasons and keeps the current design.
    bool openFile(const QString& path);
    const Design& design() const { return m_design; }
    QString filePath() const { return m_filePath; }

private:
    void createActions();
    void open();
    void about();
    void updateView();

    Design m_design;
    QString m_filePath;
    QLabel* m_summary = nullptr;
};

} // namespace kg::ui
