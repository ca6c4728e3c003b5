#pragma once

#include <QStringList>
#include <QWidget>
#include <functional>

class QLabel;
class QPlainTextEdit;

namespace kg::ui {

// Edits a list of values one per line (CIDR blocks, addresses, principals) and checks each
// line as you type: the first bad line is named with the reason under the box, and the box
// turns red. A valid list is committed when the box loses focus or on Ctrl+Enter; an invalid
// one never is, so the design only ever holds values that passed.
class ListEditor : public QWidget
{
    Q_OBJECT

public:
    // Returns an empty string for a good line, else why it is wrong.
    using LineCheck = std::function<QString(const QString& line)>;

    ListEditor(LineCheck check, QWidget* parent = nullptr);

    void setValues(const QStringList& values);
    QStringList values() const;
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QPlainTextEdit* textEdit() const { return m_edit; }
    void setPlaceholderText(const QString& text);

    // Commits now if valid (what focus-out does).
    void commit();

signals:
    void committed(const QStringList& values);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void validate();

    LineCheck m_check;
    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_message = nullptr;
    QString m_error;
    QStringList m_committed;
};

} // namespace kg::ui
