#include "panels/ListEditor.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kg::ui {

ListEditor::ListEditor(LineCheck check, QWidget* parent)
    : QWidget(parent), m_check(std::move(check))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QPlainTextEdit(this);
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int line = m_edit->fontMetrics().lineSpacing();
    m_edit->setFixedHeight(line * 4 + 12);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #C62828;"));
    m_message->setVisible(false);
    layout->addWidget(m_message);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ListEditor::validate);
}

void ListEditor::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void ListEditor::setValues(const QStringList& values)
{
    m_committed = values;
    const QSignalBlocker block(m_edit);
    m_edit->setPlainText(values.join(QLatin1Char('\n')));
    validate();
}

QStringList ListEditor::values() const
{
    QStringList out;
    for (const QString& line : m_edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

void ListEditor::validate()
{
    m_error.clear();
    const QStringList lines = m_edit->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size() && m_error.isEmpty(); ++i) {
        const QString t = lines[i].trimmed();
        if (t.isEmpty())
            continue;
        const QString why = m_check(t);
        if (!why.isEmpty())
            m_error = tr("Line %1: %2").arg(i + 1).arg(why);
    }
    m_message->setText(m_error);
    m_message->setVisible(!m_error.isEmpty());
    m_edit->setStyleSheet(m_error.isEmpty() ? QString()
                                            : QStringLiteral("QPlainTextEdit { border: 1px solid "
                                                             "#C62828; }"));
}

void ListEditor::commit()
{
    if (!isValid())
        return;
    const QStringList now = values();
    if (now == m_committed)
        return;
    m_committed = now;
    emit committed(now);
}

bool ListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::FocusOut)
            commit();
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & Qt::ControlModifier)) {
                commit();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kg::ui
