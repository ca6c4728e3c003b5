#pragma once

#include <QTableWidget>
#include <string>
#include <utility>

namespace kg {
struct Analysis;
struct PathOutcome;
class Design;
} // namespace kg

namespace kg::ui {

class ComparisonController;
class QuizController;

// The access matrix: a row per client, a column per cluster, each cell the verdict of the pair
// (reachable or blocked, as a glyph and a tint) and the endpoint its path uses, with the
// blocking rule in the tooltip. Activating a cell asks for that path on the canvas.
class AccessMatrixPanel : public QTableWidget
{
    Q_OBJECT

public:
    explicit AccessMatrixPanel(QWidget* parent = nullptr);
    void showAnalysis(const Analysis& analysis, const Design& design);
    // Marks the cells a comparison finds different (▲ gained, ▼ lost, ◆ changed; the other
    // side's verdict in the tooltip) from the next showAnalysis on; nullptr for none.
    void setComparison(const ComparisonController* comparison) { m_comparison = comparison; }
    // In quiz mode the verdicts are hidden: a question's cell shows its number and the class's
    // prediction until it is revealed, and a cell not asked shows nothing. nullptr for none.
    void setQuiz(const QuizController* quiz) { m_quiz = quiz; }
    // The pair of the current cell, empty strings for none.
    std::pair<std::string, std::string> currentPair() const;

    static QString endpointName(int endpointKind);

signals:
    void pairActivated(const QString& client, const QString& cluster);
    // A cell clicked in quiz mode (instead of pairActivated, which would show its verdict).
    void quizCellActivated(const QString& client, const QString& cluster);

private:
    void markChange(QTableWidgetItem* cell, const std::string& client,
                    const std::string& cluster) const;

    void showQuizCell(QTableWidgetItem* cell, const PathOutcome* best, const std::string& client,
                      const std::string& cluster) const;

    const ComparisonController* m_comparison = nullptr;
    const QuizController* m_quiz = nullptr;
};

} // namespace kg::ui
