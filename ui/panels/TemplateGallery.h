#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace kg::ui {

// File > New from Template: every shipped scenario with its title, a picture of it and the
// note that explains what it teaches; misconfigurations are marked. Opening one starts an
// untitled design from it.
class TemplateGallery : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateGallery(QWidget* parent = nullptr);
    // The resource path of the chosen template (after exec() returned Accepted).
    QString chosen() const;
    QListWidget* list() const { return m_list; }

private:
    void showCurrent();

    QListWidget* m_list = nullptr;
    QLabel* m_preview = nullptr;
    QTextBrowser* m_note = nullptr;
};

} // namespace kg::ui
