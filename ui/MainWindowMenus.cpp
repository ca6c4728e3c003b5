// MainWindow's menus and tool bar: the commands of the ActionRegistry arranged for people.
#include "ActionRegistry.h"
#include "MainWindow.h"
#include "Retranslator.h"
#include "document/VariantController.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QToolBar>

namespace kg::ui {

void MainWindow::createMenus()
{
    ActionRegistry& a = *m_actions;
    auto act = [&a](const char* id) { return a.action(QString::fromLatin1(id)); };
    // A menu's title follows the interface language (`title` is a source text).
    auto titled = [](QMenu* menu, const char* title) {
        Retranslator::bind(menu, [menu, title] { menu->setTitle(tr(title)); });
        return menu;
    };
    QMenu* file = titled(menuBar()->addMenu(QString()), QT_TR_NOOP("&File"));
    file->addAction(act("file.new"));
    file->addAction(act("file.newFromTemplate"));
    file->addAction(act("file.open"));
    m_recentMenu = titled(file->addMenu(QString()), QT_TR_NOOP("Open &Recent"));
    file->addSeparator();
    file->addAction(act("file.save"));
    file->addAction(act("file.saveAs"));
    file->addSeparator();
    file->addAction(act("file.import"));
    file->addAction(act("file.export"));
    file->addSeparator();
    file->addAction(act("file.quit"));
    updateRecentMenu();

    QMenu* edit = titled(menuBar()->addMenu(QString()), QT_TR_NOOP("&Edit"));
    for (const char* id : {"edit.undo", "edit.redo"})
        edit->addAction(act(id));
    edit->addSeparator();
    for (const char* id :
         {"edit.cut", "edit.copy", "edit.copyImage", "edit.paste", "edit.duplicate", "edit.delete"})
        edit->addAction(act(id));
    edit->addSeparator();
    for (const char* id : {"edit.find", "edit.findNext", "edit.findPrevious", "edit.selectAll"})
        edit->addAction(act(id));
    QMenu* layout = titled(menuBar()->addMenu(QString()), QT_TR_NOOP("&Layout"));
    layout->addAction(act("layout.tidy"));
    layout->addSeparator();
    QMenu* align = titled(layout->addMenu(QString()), QT_TR_NOOP("A&lign"));
    for (const char* id : {"edit.alignLeft", "edit.alignCentre", "edit.alignRight"})
        align->addAction(act(id));
    align->addSeparator();
    for (const char* id : {"edit.alignTop", "edit.alignMiddle", "edit.alignBottom"})
        align->addAction(act(id));
    QMenu* distribute = titled(layout->addMenu(QString()), QT_TR_NOOP("D&istribute"));
    distribute->addAction(act("edit.distributeH"));
    distribute->addAction(act("edit.distributeV"));
    layout->addSeparator();
    layout->addAction(act("layout.front"));
    layout->addAction(act("layout.back"));
    menuBar()->addMenu(m_variants->createMenu(a));

    QMenu* view = titled(menuBar()->addMenu(QString()), QT_TR_NOOP("&View"));
    for (const char* id :
         {"view.zoomIn", "view.zoomOut", "view.actualSize", "view.fit", "view.zoomSelection"})
        view->addAction(act(id));
    view->addSeparator();
    for (const char* id : {"view.grid", "view.snap", "view.minimap", "view.dark"})
        view->addAction(act(id));
    view->addSeparator();
    view->addAction(act("view.paths"));
    QMenu* stageMenu = titled(view->addMenu(QString()), QT_TR_NOOP("Path &Stages"));
    for (const char* id :
         {"view.stage.dns", "view.stage.network", "view.stage.admission", "view.stage.identity"})
        stageMenu->addAction(act(id));
    view->addAction(act("view.legend"));
    view->addSeparator();
    QMenu* language = titled(view->addMenu(QString()), QT_TR_NOOP("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    for (const auto& [code, name] :
         {std::pair{QString(), QString()},
          std::pair{QStringLiteral("en"), QStringLiteral("English")},
          std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}) {
        // Each language is named in its own words; only "System default" is translated.
        QAction* l = language->addAction(name);
        if (code.isEmpty())
            Retranslator::bind(l, [l] { l->setText(tr("System default")); });
        l->setCheckable(true);
        l->setChecked(code == current);
        languages->addAction(l);
        const QString c = code;
        connect(l, &QAction::triggered, this, [this, c] { setLanguage(c); });
    }
    view->addSeparator();
    QMenu* panels = titled(view->addMenu(QString()), QT_TR_NOOP("&Panels"));
    for (QDockWidget* d : findChildren<QDockWidget*>())
        panels->addAction(d->toggleViewAction());

    // Teach: what a trainer uses in front of a room.
    QMenu* teach = titled(menuBar()->addMenu(QString()), QT_TR_NOOP("Te&ach"));
    teach->addAction(act("view.walkthrough"));
    teach->addSeparator();
    teach->addAction(act("view.presentation"));
    QMenu* scale = titled(teach->addMenu(QString()), QT_TR_NOOP("Presentation Sc&ale"));
    for (const char* id : {"view.presentationScale.100", "view.presentationScale.150",
                           "view.presentationScale.200", "view.presentationScale.300"})
        scale->addAction(act(id));
    teach->addSeparator();
    for (const char* id :
         {"view.buildUp", "view.buildUpNext", "view.buildUpBack", "view.buildUpOrder"})
        teach->addAction(act(id));
    teach->addSeparator();
    teach->addAction(act("quiz.mode"));
    QMenu* predict = titled(teach->addMenu(QString()), QT_TR_NOOP("&Predict"));
    for (const char* id : {"quiz.predict.reachable", "quiz.predict.dns", "quiz.predict.network",
                           "quiz.predict.admission", "quiz.predict.identity"})
        predict->addAction(act(id));
    for (const char* id : {"quiz.reveal", "quiz.next", "quiz.previous", "quiz.restart"})
        teach->addAction(act(id));
    QMenu* questions = titled(teach->addMenu(QString()), QT_TR_NOOP("Quiz &Questions"));
    for (const char* id : {"quiz.add", "quiz.remove", "quiz.moveUp", "quiz.moveDown"})
        questions->addAction(act(id));

    QMenu* tools = titled(menuBar()->addMenu(QString()), QT_TR_NOOP("&Tools"));
    tools->addAction(act("tool.select"));
    tools->addAction(act("tool.connect"));

    QMenu* help = titled(menuBar()->addMenu(QString()), QT_TR_NOOP("&Help"));
    for (const char* id : {"help.gettingStarted", "help.shortcuts", "help.rules", "help.about"})
        help->addAction(act(id));
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(QString());
    Retranslator::bind(bar, [bar] { bar->setWindowTitle(tr("Main")); });
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    auto act = [this](const char* id) { return m_actions->action(QString::fromLatin1(id)); };
    for (const char* id : {"file.new", "file.open", "file.save"})
        bar->addAction(act(id));
    bar->addSeparator();
    bar->addAction(act("edit.undo"));
    bar->addAction(act("edit.redo"));
    bar->addSeparator();
    bar->addAction(act("tool.select"));
    bar->addAction(act("tool.connect"));
    bar->addSeparator();
    bar->addAction(act("view.fit"));
    bar->addSeparator();
    bar->addWidget(m_variants->createSwitcher(bar));
}

} // namespace kg::ui
