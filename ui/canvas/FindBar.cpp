#include "canvas/FindBar.h"

#include "ActionRegistry.h"
#include "Application.h"
#include "Retranslator.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/ElementItem.h"
#include "document/DesignDocument.h"
#include "panels/PropertyLabels.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <cctype>

namespace kg::ui {

FindBar::FindBar(DesignDocument* document, DiagramScene* scene, DiagramView* view)
    : QWidget(view), m_document(document), m_scene(scene), m_view(view)
{
    setObjectName(QStringLiteral("findBar"));
    setAutoFillBackground(true);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 6, 8, 6);
    row->setSpacing(6);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(260);
    m_status = new QLabel(this);
    m_status->setMinimumWidth(120);
    m_previous = new QToolButton(this);
    m_next = new QToolButton(this);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    Retranslator::bind(this, [this, close] {
        m_field->setPlaceholderText(tr("Find a name, id, address or rule id"));
        m_previous->setText(tr("Previous"));
        m_previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
        m_next->setText(tr("Next"));
        m_next->setToolTip(tr("Next match (Enter, F3)"));
        close->setToolTip(tr("Close (Esc)"));
        close->setAccessibleName(tr("Close Find"));
    });
    row->addWidget(m_field, 1);
    row->addWidget(m_status);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    row->addWidget(close);
    connect(m_field, &QLineEdit::textChanged, this, [this] { search(); });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previous);
    connect(m_next, &QToolButton::clicked, this, &FindBar::next);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    // Edits change what matches: search again, staying on the same element when it still does.
    connect(m_document, &DesignDocument::analysisUpdated, this, [this] {
        if (isVisible() && !m_field->text().isEmpty())
            search();
    });
    m_field->installEventFilter(this);
    view->installEventFilter(this);
    hide();
}

void FindBar::addActions(ActionRegistry& actions)
{
    connect(actions.add(QStringLiteral("edit.find"), [] { return tr("&Find..."); },
                        {QKeySequence::Find}),
            &QAction::triggered, this, &FindBar::open);
    connect(actions.add(QStringLiteral("edit.findNext"), [] { return tr("Find &Next"); },
                        {QKeySequence::FindNext}),
            &QAction::triggered, this, [this] {
                if (!isVisible())
                    open();
                next();
            });
    connect(actions.add(QStringLiteral("edit.findPrevious"), [] { return tr("Find Pre&vious"); },
                        {QKeySequence::FindPrevious}),
            &QAction::triggered, this, [this] {
                if (!isVisible())
                    open();
                previous();
            });
}

void FindBar::open()
{
    show();
    raise();
    place();
    m_field->setFocus();
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        search();
}

void FindBar::search()
{
    const std::string previous =
        m_current >= 0 && m_current < matchCount() ? m_matches[m_current].element : std::string();
    m_matches =
        DesignSearch::find(m_document->design(), m_document->analysis().findings,
                           m_field->text().trimmed().toStdString(), Application::language());
    int at = m_matches.empty() ? -1 : 0;
    for (int i = 0; i < matchCount(); ++i)
        if (m_matches[i].element == previous)
            at = i;
    if (at >= 0 && m_matches[at].element != previous)
        go(at);
    else {
        m_current = at;
        showStatus();
    }
}

void FindBar::next()
{
    if (m_matches.empty()) {
        search();
        return;
    }
    go((m_current + 1) % matchCount());
}

void FindBar::previous()
{
    if (m_matches.empty()) {
        search();
        return;
    }
    go((m_current - 1 + matchCount()) % matchCount());
}

void FindBar::go(int index)
{
    m_current = index;
    showStatus();
    if (index < 0)
        return;
    const std::string& id = m_matches[index].element;
    m_scene->selectIds({id});
    if (ElementItem* item = m_scene->item(id))
        m_view->showArea(item->sceneBoundingRect());
}

void FindBar::showStatus()
{
    const QString text = m_field->text().trimmed();
    m_previous->setEnabled(matchCount() > 1);
    m_next->setEnabled(matchCount() > 1);
    if (text.isEmpty()) {
        m_status->clear();
        return;
    }
    if (m_matches.empty()) {
        m_status->setText(tr("No match"));
        m_status->setToolTip({});
        return;
    }
    const SearchMatch& m = m_matches[m_current];
    m_status->setText(tr("%1 of %2").arg(m_current + 1).arg(matchCount()));
    // Where the text was found, in words: the name, the id, a property's label; a finding's
    // rule id stays as it is.
    const bool rule = m.where.find('-') != std::string::npos &&
                      m.where.find('.') == std::string::npos && !m.where.empty() &&
                      std::isupper(static_cast<unsigned char>(m.where.front()));
    const QString where = m.where == "name" ? tr("Name")
                          : m.where == "id" ? tr("ID")
                          : rule            ? QString::fromStdString(m.where)
                                            : PropertyLabels::label(m.where);
    //: The Find bar's tooltip: %1 where the text was found (Name, ID, a property), %2 the text
    m_status->setToolTip(tr("%1: %2").arg(where, QString::fromStdString(m.text)));
}

void FindBar::place()
{
    QWidget* host = parentWidget();
    const int width = std::min(host->width() - 24, std::max(520, sizeHint().width()));
    setGeometry(host->width() - width - 12, 12, width, sizeHint().height());
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    // Escape and Enter belong to the field while it has focus (the window's Escape cancels a
    // tool, its Enter would reach the canvas).
    if (watched == m_field && event->type() == QEvent::ShortcutOverride) {
        const int k = static_cast<QKeyEvent*>(event)->key();
        if (k == Qt::Key_Escape || k == Qt::Key_Return || k == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_view->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                previous();
            else
                next();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kg::ui
