#include "panels/TemplateGallery.h"

#include "canvas/CanvasTheme.h"
#include "canvas/ElementItem.h"
#include "canvas/LinkItem.h"
#include "document/FileController.h"
#include "io/DesignJson.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kg::ui {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kNoteRole = Qt::UserRole + 2;

// A picture of the design as the canvas draws it (elements and links, no analysis).
QPixmap preview(const Design& d, const QSize& size)
{
    QGraphicsScene scene;
    scene.setBackgroundBrush(CanvasTheme::current().background);
    QRectF area;
    for (const auto& e : d.elements()) {
        auto* item = new ElementItem(e);
        int depth = 0;
        for (const Element* p = d.element(e.parent); p && depth < 16; p = d.element(p->parent))
            ++depth;
        item->setZValue(depth * 10 + (ElementItem::isContainer(e.kind) ? 0 : 5));
        scene.addItem(item);
        area |= QRectF(e.geometry.x, e.geometry.y, e.geometry.width, e.geometry.height);
    }
    for (const auto& l : d.links()) {
        const Element* a = d.element(l.from);
        const Element* b = d.element(l.to);
        if (a && b)
            scene.addItem(new LinkItem(
                l, QRectF(a->geometry.x, a->geometry.y, a->geometry.width, a->geometry.height),
                QRectF(b->geometry.x, b->geometry.y, b->geometry.width, b->geometry.height)));
    }
    QPixmap pixmap(size);
    pixmap.fill(CanvasTheme::current().background);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF source = area.adjusted(-20, -20, 20, 20);
    scene.render(&painter, QRectF(QPointF(0, 0), size), source, Qt::KeepAspectRatio);
    return pixmap;
}

} // namespace

TemplateGallery::TemplateGallery(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New from Template"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setMinimumWidth(340);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSpacing(2);
    row->addWidget(m_list);
    auto* right = new QVBoxLayout;
    m_preview = new QLabel(this);
    m_preview->setFixedSize(560, 340);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAlignment(Qt::AlignCenter);
    right->addWidget(m_preview);
    m_note = new QTextBrowser(this);
    m_note->setMinimumHeight(140);
    right->addWidget(m_note);
    row->addLayout(right, 1);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateGallery::showCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    for (const auto& [path, title] : FileController::templates()) {
        const QString note = FileController::templateText(path).second;
        const bool misconfig = path.contains(QStringLiteral("misconfig"));
        // Misconfiguration templates say so in their title; red marks them in the list too.
        auto* item = new QListWidgetItem(title, m_list);
        item->setData(kPathRole, path);
        item->setData(kNoteRole, note);
        if (misconfig)
            item->setForeground(QColor(0xC6, 0x28, 0x28));
    }
    m_list->setCurrentRow(0);
    resize(980, 580);
}

QString TemplateGallery::chosen() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kPathRole).toString() : QString();
}

void TemplateGallery::showCurrent()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    m_note->setPlainText(item->data(kNoteRole).toString());
    QFile f(item->data(kPathRole).toString());
    if (!f.open(QIODevice::ReadOnly))
        return;
    LoadResult r = DesignJson::load(f.readAll().toStdString());
    if (r.ok())
        m_preview->setPixmap(preview(*r.design, m_preview->size() - QSize(4, 4)));
}

} // namespace kg::ui
