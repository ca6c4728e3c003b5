#pragma once

#include "model/Design.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kg::ui {

// Writes a design as a picture for documentation: SVG (real text, icons as vector paths,
// self-contained), PNG at a chosen scale, or PDF (the diagram with its legend on the first page,
// the findings table after it). The picture is the canvas itself (same items, colours, endpoint
// markers and path overlays), drawn without the window. Used by File > Export and by
// `kubegate export`.
class DiagramExporter
{
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)

public:
    enum class Format { Svg, Png, Pdf };
    enum class Overlays { None, All, Element };

    struct Options
    {
        double scale = 1.0; // PNG pixels per scene unit (SVG and PDF are vector)
        bool dark = false;
        Overlays overlays = Overlays::None;
        std::string overlayElement; // the client or cluster whose paths are drawn (Element)
        bool legend = true;
        // When not empty: only these elements (list every id of a subtree), the links between
        // two of them and their endpoint markers, framed tightly (Copy as Image).
        std::vector<std::string> only;
    };

    // The format a file name asks for, from its extension.
    static std::optional<Format> formatFor(const QString& path);
    // Writes the file. On failure `error` says why (in English for the CLI, translated in the UI).
    static bool write(const Design& design, const QString& path, const Options& options,
                      QString* error);
    // The picture's bytes (SVG or PNG; PDF is written to files only), for the clipboard.
    static std::optional<QByteArray> render(const Design& design, Format format,
                                            const Options& options, QString* error);

private:
    // Builds the canvas and draws it: SVG and PNG bytes go to `done`, a PDF to `pdfPath`.
    static bool draw(const Design& design, Format format, const Options& options, QString* error,
                     const std::function<void(QByteArray)>& done, const QString& pdfPath = {});
};

} // namespace kg::ui
