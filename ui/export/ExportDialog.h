#pragma once

#include "export/ExportFormats.h"
#include "model/Design.h"

#include <QDialog>
#include <QPixmap>
#include <string>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QTimer;

namespace kg::ui {

// File > Export: every format the command line writes, with its options (scale for PNG; theme,
// legend and which paths for pictures and reports), a preview of what will be written, and a
// file name that starts in the design's folder and follows the chosen format. The preview is
// the file itself, written to a temporary folder by the same code as the export, then shown
// (pictures as an image, everything else as its text).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `designPath` is where the design is saved (empty when it is not); `selected` the client
    // or cluster whose paths may be drawn (empty when none is selected).
    ExportDialog(const Design& design, const QString& designPath, const std::string& selected,
                 QWidget* parent = nullptr);

    ExportFormats::Id format() const;
    void setFormat(ExportFormats::Id format);
    QString filePath() const;
    void setFilePath(const QString& path);
    DiagramExporter::Options options() const;
    // Draws the selected element's paths (the canvas shows them now).
    void drawPathsOfSelection();
    // Writes the file; false with a message box when it cannot (the dialog stays open).
    bool exportNow();

    // For tests: the preview shown now (an image, or the text), once it is up to date.
    QPixmap previewImage() const;
    QString previewText() const;
    void refreshPreview();

signals:
    void exported(const QString& path);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void formatChanged();
    void showPicture();
    void browse();
    void saveChoices() const;

    Design m_design;
    std::string m_selected;
    QListWidget* m_formats = nullptr;
    QStackedWidget* m_preview = nullptr;
    QLabel* m_image = nullptr;
    QPixmap m_picture; // the preview picture at the size it was drawn
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_previewNote = nullptr;
    QDoubleSpinBox* m_scale = nullptr;
    QComboBox* m_theme = nullptr;
    QCheckBox* m_legend = nullptr;
    QComboBox* m_paths = nullptr;
    QLineEdit* m_file = nullptr;
    QTimer* m_previewTimer = nullptr;
};

} // namespace kg::ui
