// MainWindow's menus and tool bar: the commands of the ActionRegistry arranged for people.
#include "ActionRegistry.h"
#include "MainWindow.h"
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
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(act("file.new"));
    file->addAction(act("file.newFromTemplate"));
    file->addAction(act("file.open"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(act("file.save"));
    file->addAction(act("file.saveAs"));
    file->addSeparator();
    file->addAction(act("file.import"));
    file->addAction(act("file.export"));
    file->addSeparator();
    file->addAction(act("file.quit"));
    updateRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    for (const char* id : {"edit.undo", "edit.redo"})
        edit->addAction(act(id));
    edit->addSeparator();
    for (const char* id :
         {"edit.cut", "edit.copy", "edit.copyImage", "edit.paste", "edit.duplicate", "edit.delete"})
        edit->addAction(act(id));
    edit->addSeparator();
    for (const char* id : {"edit.find", "edit.findNext", "edit.findPrevious", "edit.selectAll"})
        edit->addAction(act(id));
    QMenu* layout = menuBar()->addMenu(tr("&Layout"));
    layout->addAction(act("layout.tidy"));
    layout->addSeparator();
    QMenu* align = layout->addMenu(tr("A&lign"));
    for (const char* id : {"edit.alignLeft", "edit.alignCentre", "edit.alignRight"})
        align->addAction(act(id));
    align->addSeparator();
    for (const char* id : {"edit.alignTop", "edit.alignMiddle", "edit.alignBottom"})
        align->addAction(act(id));
    QMenu* distribute = layout->addMenu(tr("D&istribute"));
    distribute->addAction(act("edit.distributeH"));
    distribute->addAction(act("edit.distributeV"));
    layout->addSeparator();
    layout->addAction(act("layout.front"));
    layout->addAction(act("layout.back"));
    menuBar()->addMenu(m_variants->createMenu(a));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (const char* id :
         {"view.zoomIn", "view.zoomOut", "view.actualSize", "view.fit", "view.zoomSelection"})
        view->addAction(act(id));
    view->addSeparator();
    for (const char* id : {"view.grid", "view.snap", "view.minimap", "view.dark"})
        view->addAction(act(id));
    view->addSeparator();
    view->addAction(act("view.paths"));
    QMenu* stageMenu = view->addMenu(tr("Path &Stages"));
    for (const char* id :
         {"view.stage.dns", "view.stage.network", "view.stage.admission", "view.stage.identity"})
        stageMenu->addAction(act(id));
    view->addAction(act("view.legend"));
    view->addAction(act("view.walkthrough"));
    view->addAction(act("view.presentation"));
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    for (const auto& [code, name] :
         {std::pair{QString(), tr("System default")},
          std::pair{QStringLiteral("en"), QStringLiteral("English")},
          std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}) {
        QAction* l = language->addAction(name);
        l->setCheckable(true);
        l->setChecked(code == current);
        languages->addAction(l);
        const QString c = code;
        connect(l, &QAction::triggered, this, [this, c] { setLanguage(c); });
    }
    view->addSeparator();
    QMenu* panels = view->addMenu(tr("&Panels"));
    for (QDockWidget* d : findChildren<QDockWidget*>())
        panels->addAction(d->toggleViewAction());

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(act("tool.select"));
    tools->addAction(act("tool.connect"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    for (const char* id : {"help.gettingStarted", "help.shortcuts", "help.rules", "help.about"})
        help->addAction(act(id));
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
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
