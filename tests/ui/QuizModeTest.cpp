// Quiz mode for a class, as a trainer runs it: the matrix hides its verdicts and nothing else
// on screen gives them away, the class's predictions are keys 1 to 5, Reveal shows the answer
// and walks its path, the score names the stages most often missed, and the questions the
// trainer chose are an undo step the file keeps.
#include "ActionRegistry.h"
#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "analysis/Quiz.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/QuizBanner.h"
#include "canvas/WalkthroughBar.h"
#include "document/DesignDocument.h"
#include "document/PathController.h"
#include "document/QuizController.h"
#include "io/DesignJson.h"
#include "panels/AccessMatrixPanel.h"
#include "panels/QuizPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace kg;
using namespace kg::ui;
using namespace kg::ui::test;

namespace {

// Every text of the matrix's cells.
QStringList cellTexts(AccessMatrixPanel* m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            if (QTableWidgetItem* cell = m->item(r, c))
                out << cell->text();
    return out;
}

// The cell of a pair.
QTableWidgetItem* cellOf(AccessMatrixPanel* m, const QuizCell& q)
{
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            if (QTableWidgetItem* cell = m->item(r, c);
                cell && cell->data(Qt::UserRole + 1).toString().toStdString() == q.client &&
                cell->data(Qt::UserRole + 2).toString().toStdString() == q.cluster)
                return cell;
    return nullptr;
}

const Qt::Key kKeys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5};

} // namespace

class QuizModeTest : public QObject
{
    Q_OBJECT

private slots:
    void theClassPredictsEachCellAndRevealScoresIt()
    {
        auto w = openTemplateWindow("aks-private-none-no-fqdn-misconfig.kubegate");
        QVERIFY(w);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        AccessMatrixPanel* matrix = w->matrix();
        auto verdictShown = [matrix] {
            const QString all = cellTexts(matrix).join(QString());
            return all.contains(QStringLiteral("✓")) || all.contains(QStringLiteral("✗"));
        };
        QVERIFY(verdictShown());
        QDockWidget* findings = w->findChild<QDockWidget*>(QStringLiteral("findings"));
        QVERIFY(findings->isVisible());
        // The quiz's hidden tab does not push the inspector back at the start either.
        QVERIFY(
            !w->findChild<QDockWidget*>(QStringLiteral("inspector"))->visibleRegion().isEmpty());

        QTest::keyClick(w.get(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QuizController* quiz = w->quiz();
        QVERIFY(quiz->active());
        QVERIFY(quiz->count() > 2);
        QVERIFY(!quiz->prepared());
        // The verdicts are hidden: no tick, no cross; the findings that name the blocked paths
        // are off the screen; selecting a client draws no path.
        for (const QString& text : cellTexts(matrix)) {
            QVERIFY2(!text.contains(QStringLiteral("✓")) && !text.contains(QStringLiteral("✗")),
                     qPrintable(text));
        }
        QVERIFY(!findings->isVisible());
        QVERIFY(w->findChild<QDockWidget*>(QStringLiteral("quiz"))->isVisible());
        const QuizCell first = quiz->questions().front();
        w->scene()->selectIds({first.client.substr(0, first.client.find('/'))});
        QApplication::processEvents();
        QVERIFY(w->paths()->paths().empty());
        QCOMPARE(cellOf(matrix, first)->text(), QStringLiteral("Q1: ?"));

        // Question by question: the class is right on the even ones and says "reachable" on
        // the odd ones whatever the answer.
        QuizScore expected;
        for (int i = 0; i < quiz->count(); ++i) {
            QCOMPARE(quiz->current(), i);
            const auto truth = quiz->answer(i);
            QVERIFY(truth);
            const QuizAnswer said = i % 2 == 0 ? *truth : QuizAnswer::Reachable;
            QTest::keyClick(w.get(), kKeys[static_cast<int>(said)]);
            QCOMPARE(quiz->prediction(i), std::optional(said));
            QVERIFY(cellOf(matrix, quiz->questions()[static_cast<std::size_t>(i)])
                        ->text()
                        .endsWith(QStringLiteral("?")));
            QTest::keyClick(w.get(), Qt::Key_R);
            QVERIFY(quiz->revealed(i));
            expected.add(*truth, said);
            // Revealed: the verdict in the matrix, right or wrong, and the path walked.
            const QString text =
                cellOf(matrix, quiz->questions()[static_cast<std::size_t>(i)])->text();
            QVERIFY2(text.contains(said == *truth ? QStringLiteral("✓") : QStringLiteral("✗")),
                     qPrintable(text));
            QVERIFY(!w->paths()->paths().empty());
            QVERIFY(w->view()->walkthrough()->active());
            // Once revealed, a prediction cannot be changed.
            QTest::keyClick(w.get(), kKeys[(static_cast<int>(said) + 1) % 5]);
            QCOMPARE(quiz->prediction(i), std::optional(said));
            QTest::keyClick(w.get(), Qt::Key_N);
        }
        QVERIFY(quiz->finished());
        const QuizScore score = quiz->score();
        QCOMPARE(score.right, expected.right);
        QCOMPARE(score.missed, expected.missed);
        const QString shown = w->quizPanel()->scoreText();
        QVERIFY2(shown.contains(QStringLiteral("%1 of %2").arg(expected.right).arg(quiz->count())),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Quiz complete")));
        if (!expected.mostMissed().empty())
            QVERIFY(
                shown.contains(QuizController::answerName(expected.mostMissed().front().first)));

        // Presenting: the docks go, and the question stands across the top of the canvas.
        w->actions()->action(QStringLiteral("quiz.restart"))->trigger();
        w->actions()->action(QStringLiteral("view.presentation"))->setChecked(true);
        QApplication::processEvents();
        QVERIFY(!w->findChild<QDockWidget*>(QStringLiteral("quiz"))->isVisible());
        QVERIFY(w->quizBanner()->isVisible());
        QCOMPARE(w->quizBanner()->question(), w->quizPanel()->questionText());
        QVERIFY(w->quizBanner()->question().contains(QStringLiteral("Question 1 of")));
        QTest::keyClick(w.get(), Qt::Key_2);
        QVERIFY(w->quizPanel()->answerText().contains(QStringLiteral("Blocked at DNS")));
        QTest::keyClick(w.get(), Qt::Key_R);
        QVERIFY(w->quizPanel()->answerText().contains(
            quiz->answer(0) == QuizAnswer::Dns ? QStringLiteral("✓") : QStringLiteral("✗")));
        w->actions()->action(QStringLiteral("view.presentation"))->setChecked(false);
        QApplication::processEvents();
        QVERIFY(!w->quizBanner()->isVisible());

        // Restart forgets the class's answers; ending the quiz brings everything back.
        w->actions()->action(QStringLiteral("quiz.restart"))->trigger();
        QVERIFY(!quiz->revealed(0) && !quiz->prediction(0));
        QTest::keyClick(w.get(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!quiz->active());
        QVERIFY(findings->isVisible());
        QVERIFY(verdictShown());
        // The inspector is in front again, as in a window that never quizzed.
        QVERIFY(!w->tabifiedDockWidgets(w->findChild<QDockWidget*>(QStringLiteral("inspector")))
                     .isEmpty());
        QVERIFY(
            !w->findChild<QDockWidget*>(QStringLiteral("inspector"))->visibleRegion().isEmpty());
        // With the quiz off, its keys are plain keys again.
        QVERIFY(!w->actions()->action(QStringLiteral("quiz.reveal"))->isEnabled());
        QVERIFY(!w->actions()->action(QStringLiteral("quiz.predict.dns"))->isEnabled());
    }

    void theTrainersQuestionsAreAnUndoStepTheFileKeeps()
    {
        auto w = openTemplateWindow("aks-private-hub-spoke.kubegate");
        QVERIFY(w);
        w->actions()->action(QStringLiteral("quiz.mode"))->setChecked(true);
        QuizController* quiz = w->quiz();
        const std::vector<QuizCell> chosen = quiz->questions();
        // The first question removed, then asked again from the matrix's cell, after the
        // current one.
        const QuizCell added = chosen.front();
        w->actions()->action(QStringLiteral("quiz.remove"))->trigger();
        QCOMPARE(quiz->count(), static_cast<int>(chosen.size()) - 1);
        QVERIFY(quiz->prepared());
        AccessMatrixPanel* matrix = w->matrix();
        QTableWidgetItem* extra = cellOf(matrix, added);
        QVERIFY(extra);
        QCOMPARE(extra->text(), QString()); // not asked: nothing shown
        matrix->setCurrentItem(extra);
        w->actions()->action(QStringLiteral("quiz.add"))->trigger();
        QCOMPARE(quiz->count(), static_cast<int>(chosen.size()));
        QCOMPARE(quiz->questions()[1], added);
        QCOMPARE(quiz->current(), 1);
        QCOMPARE(w->design().lesson().quiz, quiz->questions());
        // Moved up: first again, and the list is Kubegate's, but now the design's own.
        w->actions()->action(QStringLiteral("quiz.moveUp"))->trigger();
        QCOMPARE(quiz->questions(), chosen);
        QVERIFY(quiz->prepared());
        // Moved down: second.
        w->actions()->action(QStringLiteral("quiz.moveDown"))->trigger();
        QCOMPARE(quiz->questions()[1], added);
        QCOMPARE(w->document()->undoStack()->undoText(), QStringLiteral("Move Quiz Question"));
        // Undo every step: Kubegate's questions again, and no lesson in the design.
        for (int i = 0; i < 4; ++i)
            w->document()->undoStack()->undo();
        QVERIFY(!quiz->prepared());
        QVERIFY(w->design().lesson().empty());
        QCOMPARE(quiz->questions(), chosen);
        for (int i = 0; i < 4; ++i)
            w->document()->undoStack()->redo();
        QCOMPARE(quiz->questions()[1], added);

        // Saved and opened again: the same questions in the same order.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lesson.kubegate"));
        QString error;
        QVERIFY(w->document()->saveAs(path, &error));
        LoadResult loaded = DesignJson::loadFile(path.toStdString());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.design->lesson().quiz, quiz->questions());
        MainWindow again;
        QVERIFY(again.openFile(path));
        again.actions()->action(QStringLiteral("quiz.mode"))->setChecked(true);
        QVERIFY(again.quiz()->prepared());
        QCOMPARE(again.quiz()->questions(), quiz->questions());
    }
};

QTEST_MAIN(QuizModeTest)
#include "QuizModeTest.moc"
