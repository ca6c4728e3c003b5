#include "export/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace kg::ui {

namespace {

// The preview shows this much text of a long file.
constexpr int kPreviewChars = 40'000;
// A preview picture about this wide, whatever the design's size.
constexpr double kPreviewWidth = 900;

double previewScale(const Design& design)
{
    double left = 1e300, right = -1e300;
    for (const auto& e : design.elements()) {
        left = std::min(left, e.geometry.x);
        right = std::max(right, e.geometry.x + e.geometry.width);
    }
    if (right <= left)
        return 1.0;
    return std::clamp(kPreviewWidth / (right - left + 400), 0.1, 1.0);
}

} // namespace

ExportDialog::ExportDialog(const Design& design, const QString& designPath,
                           const std::string& selected, QWidget* parent)
    : QDialog(parent), m_design(design), m_selected(selected)
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    layout->addLayout(top, 1);

    m_formats = new QListWidget(this);
    m_formats->setObjectName(QStringLiteral("exportFormats"));
    for (const auto& f : ExportFormats::all()) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1  (.%2)").arg(f.name, f.extension), m_formats);
        item->setData(Qt::UserRole, static_cast<int>(f.id));
    }
    m_formats->setMaximumWidth(m_formats->sizeHintForColumn(0) + 24);
    top->addWidget(m_formats);

    auto* right = new QVBoxLayout;
    top->addLayout(right, 1);
    m_preview = new QStackedWidget(this);
    auto* imageArea = new QScrollArea(m_preview);
    m_image = new QLabel;
    m_image->setAlignment(Qt::AlignCenter);
    imageArea->setWidget(m_image);
    imageArea->setWidgetResizable(true);
    m_text = new QPlainTextEdit(m_preview);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->addWidget(imageArea);
    m_preview->addWidget(m_text);
    m_preview->setMinimumSize(560, 360);
    right->addWidget(m_preview, 1);
    m_previewNote = new QLabel(this);
    m_previewNote->setWordWrap(true);
    m_previewNote->setForegroundRole(QPalette::PlaceholderText);
    right->addWidget(m_previewNote);

    auto* optionsBox = new QGroupBox(tr("Options"), this);
    auto* form = new QFormLayout(optionsBox);
    m_scale = new QDoubleSpinBox(optionsBox);
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_scale->setRange(0.5, 8.0);
    m_scale->setSingleStep(0.5);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_scale->setToolTip(tr("Pixels per canvas unit of the PNG image"));
    form->addRow(tr("Scale"), m_scale);
    m_theme = new QComboBox(optionsBox);
    m_theme->setObjectName(QStringLiteral("exportTheme"));
    m_theme->addItem(tr("Light"), false);
    m_theme->addItem(tr("Dark"), true);
    form->addRow(tr("Theme"), m_theme);
    m_legend = new QCheckBox(tr("Legend beside the diagram"), optionsBox);
    m_legend->setObjectName(QStringLiteral("exportLegend"));
    form->addRow(QString(), m_legend);
    m_paths = new QComboBox(optionsBox);
    m_paths->setObjectName(QStringLiteral("exportPaths"));
    m_paths->addItem(tr("None"), static_cast<int>(DiagramExporter::Overlays::None));
    m_paths->addItem(tr("Every client's best path"),
                     static_cast<int>(DiagramExporter::Overlays::All));
    if (const Element* e = design.element(selected))
        m_paths->addItem(tr("The paths of %1").arg(QString::fromStdString(e->label())),
                         static_cast<int>(DiagramExporter::Overlays::Element));
    form->addRow(tr("Paths drawn"), m_paths);
    right->addWidget(optionsBox);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File"), this));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("exportFile"));
    fileRow->addWidget(m_file, 1);
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    fileRow->addWidget(browseButton);
    layout->addLayout(fileRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    layout->addWidget(buttons);

    // Choices of the last export, and a file named after the design in its folder.
    QSettings settings;
    m_scale->setValue(settings.value(QStringLiteral("export/scale"), 2.0).toDouble());
    m_theme->setCurrentIndex(settings.value(QStringLiteral("export/dark"), false).toBool() ? 1 : 0);
    m_legend->setChecked(settings.value(QStringLiteral("export/legend"), true).toBool());
    const QString folder = designPath.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(designPath).absolutePath();
    const QString base =
        designPath.isEmpty() ? QStringLiteral("design") : QFileInfo(designPath).completeBaseName();
    m_file->setText(QDir(folder).filePath(base + QStringLiteral(".svg")));
    const int last = settings.value(QStringLiteral("export/format"), 0).toInt();
    m_formats->setCurrentRow(0);
    for (int i = 0; i < m_formats->count(); ++i)
        if (m_formats->item(i)->data(Qt::UserRole).toInt() == last)
            m_formats->setCurrentRow(i);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    connect(m_formats, &QListWidget::currentRowChanged, this, &ExportDialog::formatChanged);
    auto later = [this] { m_previewTimer->start(); };
    connect(m_theme, &QComboBox::currentIndexChanged, this, later);
    connect(m_legend, &QCheckBox::toggled, this, later);
    connect(m_paths, &QComboBox::currentIndexChanged, this, later);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportNow())
            accept();
    });
    formatChanged();
    resize(980, 640);
}

ExportFormats::Id ExportDialog::format() const
{
    const QListWidgetItem* item = m_formats->currentItem();
    return static_cast<ExportFormats::Id>(item ? item->data(Qt::UserRole).toInt() : 0);
}

void ExportDialog::setFormat(ExportFormats::Id id)
{
    for (int i = 0; i < m_formats->count(); ++i)
        if (m_formats->item(i)->data(Qt::UserRole).toInt() == static_cast<int>(id))
            m_formats->setCurrentRow(i);
}

QString ExportDialog::filePath() const
{
    return m_file->text().trimmed();
}

void ExportDialog::setFilePath(const QString& path)
{
    m_file->setText(path);
}

DiagramExporter::Options ExportDialog::options() const
{
    DiagramExporter::Options o;
    o.scale = m_scale->value();
    o.dark = m_theme->currentData().toBool();
    o.legend = m_legend->isChecked();
    o.overlays = static_cast<DiagramExporter::Overlays>(m_paths->currentData().toInt());
    if (o.overlays == DiagramExporter::Overlays::Element)
        o.overlayElement = m_selected;
    return o;
}

void ExportDialog::drawPathsOfSelection()
{
    const int i = m_paths->findData(static_cast<int>(DiagramExporter::Overlays::Element));
    if (i >= 0)
        m_paths->setCurrentIndex(i);
}

void ExportDialog::formatChanged()
{
    const auto& f = ExportFormats::info(format());
    // The file name follows the format.
    QFileInfo file(filePath());
    if (!filePath().isEmpty())
        m_file->setText(QDir(file.absolutePath())
                            .filePath(file.completeBaseName() + QLatin1Char('.') + f.extension));
    m_scale->setEnabled(f.id == ExportFormats::Id::Png);
    m_theme->setEnabled(f.picture || f.report);
    m_legend->setEnabled(f.picture);
    m_paths->setEnabled(f.picture || f.report);
    m_previewTimer->start();
}

void ExportDialog::browse()
{
    const auto& f = ExportFormats::info(format());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export As"), filePath(), QStringLiteral("%1 (*.%2)").arg(f.name, f.extension));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ExportDialog::refreshPreview()
{
    m_previewTimer->stop();
    const auto& f = ExportFormats::info(format());
    QTemporaryDir folder;
    DiagramExporter::Options o = options();
    QString why;
    if (f.picture) {
        // Every picture format draws the same picture: shown as a PNG at a size that fits.
        o.scale = previewScale(m_design);
        const QString png = folder.filePath(QStringLiteral("preview.png"));
        if (ExportFormats::write(m_design, png, ExportFormats::Id::Png, o, &why)) {
            m_picture = QPixmap(png);
            m_preview->setCurrentIndex(0);
            showPicture();
            m_previewNote->setText(f.id == ExportFormats::Id::Pdf
                                       ? tr("Page 1 holds this picture; the findings follow.")
                                       : QString());
            return;
        }
    } else {
        const QString path = folder.filePath(QStringLiteral("preview.") + f.extension);
        if (ExportFormats::write(m_design, path, f.id, o, &why)) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.read(kPreviewChars);
                m_text->setPlainText(QString::fromUtf8(bytes));
                m_preview->setCurrentIndex(1);
                m_previewNote->setText(file.size() > kPreviewChars ? tr("The first %1 KB of %2 KB.")
                                                                         .arg(kPreviewChars / 1024)
                                                                         .arg(file.size() / 1024)
                                                                   : QString());
                return;
            }
        }
    }
    m_text->setPlainText(QString());
    m_preview->setCurrentIndex(1);
    m_previewNote->setText(tr("Nothing to write in this format: %1").arg(why));
}

void ExportDialog::showPicture()
{
    // The whole picture in the space there is: scaled down, never up.
    const QSize room = m_preview->size() - QSize(8, 8);
    m_image->setPixmap(m_picture.width() > room.width() || m_picture.height() > room.height()
                           ? m_picture.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                           : m_picture);
}

void ExportDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (!m_picture.isNull())
        showPicture();
}

QPixmap ExportDialog::previewImage() const
{
    return m_preview->currentIndex() == 0 ? m_picture : QPixmap();
}

QString ExportDialog::previewText() const
{
    return m_preview->currentIndex() == 1 ? m_text->toPlainText() : QString();
}

bool ExportDialog::exportNow()
{
    const QString path = filePath();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot export"), tr("Choose a file to write."));
        return false;
    }
    QString why;
    if (!ExportFormats::write(m_design, path, format(), options(), &why)) {
        QMessageBox::warning(
            this, tr("Cannot export"),
            tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), why));
        return false;
    }
    saveChoices();
    emit exported(path);
    return true;
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/format"), static_cast<int>(format()));
    settings.setValue(QStringLiteral("export/scale"), m_scale->value());
    settings.setValue(QStringLiteral("export/dark"), m_theme->currentData().toBool());
    settings.setValue(QStringLiteral("export/legend"), m_legend->isChecked());
}

} // namespace kg::ui
