#pragma once

#include "analysis/Analysis.h"
#include "model/Design.h"

#include <QMainWindow>

namespace kg::ui {

// The designer's main window. For now it opens a design and shows it read-only: the canvas with
// finding badges and a findings dock. Editing (palette, inspector, undo) arrives with the
// designer canvas issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Loads a design; on failure shows the reasons and keeps the current design.
    bool openFile(const QString& path);
    const Design& design() const { return m_design; }
    const Analysis& analysis() const { return m_analysis; }
    QString filePath() const { return m_filePath; }
    class DiagramScene* scene() const { return m_scene; }
    class FindingsPanel* findingsPanel() const { return m_findings; }

private:
    void createActions();
    void open();
    void about();
    void updateView();

    void selectElements(const QStringList& ids);

    Design m_design;
    Analysis m_analysis;
    QString m_filePath;
    class DiagramScene* m_scene = nullptr;
    class DiagramView* m_view = nullptr;
    class FindingsPanel* m_findings = nullptr;
};

} // namespace kg::ui
