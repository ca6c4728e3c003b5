#include "canvas/ComparisonBar.h"

#include "Retranslator.h"
#include "document/ComparisonController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kg::ui {

ComparisonBar::ComparisonBar(ComparisonController* comparison, QWidget* parent)
    : QWidget(parent), m_comparison(comparison)
{
    setAutoFillBackground(true);
    setObjectName(QStringLiteral("comparisonBar"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(14, 8, 14, 8);
    auto* texts = new QVBoxLayout;
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    m_apply = new QPushButton(this);
    m_close = new QPushButton(this);
    Retranslator::bind(this, [this] {
        m_apply->setText(tr("&Apply"));
        m_apply->setToolTip(tr("Make the switch: one step you can undo"));
        m_close->setText(tr("Close"));
    });
    row->addLayout(texts, 1);
    row->addWidget(m_apply);
    row->addWidget(m_close);
    connect(m_apply, &QPushButton::clicked, m_comparison, &ComparisonController::apply);
    connect(m_close, &QPushButton::clicked, m_comparison, &ComparisonController::clear);
    connect(m_comparison, &ComparisonController::changed, this, &ComparisonBar::refresh);
    hide();
}

void ComparisonBar::refresh()
{
    if (!m_comparison->active()) {
        hide();
        return;
    }
    m_title->setText(m_comparison->title());
    m_text->setText(m_comparison->summary());
    m_apply->setVisible(m_comparison->isWhatIf());
    show();
}

} // namespace kg::ui
