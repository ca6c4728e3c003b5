#pragma once

#include "export/DiagramExporter.h"
#include "model/Design.h"

#include <QCoreApplication>
#include <QString>

namespace kg::ui {

// A document to paste into docs: the diagram, the access matrix (clients x clusters), every
// selected path explained step by step with the fix of a blocked one, and the findings with
// their rule IDs. Markdown (`.md`, with the diagram written next to it as an SVG) or HTML
// (`.html`, self-contained, the SVG inline). Everything the user typed is escaped for the format.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    static bool handles(const QString& path);
    // `diagram`: how the report's picture is drawn (overlays, theme, legend), as for an export.
    static bool write(const Design& design, const QString& path, QString* error,
                      const DiagramExporter::Options& diagram = {});

    // Escapes text for Markdown (table cells and prose): HTML specials as entities, Markdown
    // punctuation with a backslash, line breaks as spaces.
    static QString markdownEscaped(const QString& text);
};

} // namespace kg::ui
