#pragma once

#include "export/DiagramExporter.h"
#include "model/Design.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace kg::ui {

// Every format Kubegate writes, for File > Export and `kubegate export` alike: pictures (SVG,
// PNG, PDF with the findings), reports (HTML, Markdown), the draw.io diagram and the access
// settings as code (Azure and AWS CLI script, Bicep, Terraform, eksctl). One place decides how
// each is written, so the dialog and the command line write the same bytes.
class ExportFormats
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormats)

public:
    enum class Id { Svg, Png, Pdf, Html, Markdown, Drawio, AzureCli, Bicep, Terraform, Eksctl };

    struct Format
    {
        Id id;
        QString extension; // without the dot
        QString name;      // translated, e.g. "PNG image"
        bool picture;      // scale (PNG), theme, legend and paths apply
        bool report;       // theme and paths apply
    };

    static const std::vector<Format>& all();
    static const Format& info(Id id);
    // From a file name's extension (".yml" too); nullopt when no format has it.
    static std::optional<Id> forPath(const QString& path);

    // Writes `design` to `path` in `format` (durably: a temporary file, synced, then renamed).
    // On failure `error` says why, in the words the caller shows (translated in the designer).
    static bool write(const Design& design, const QString& path, Id format,
                      const DiagramExporter::Options& options, QString* error);
};

} // namespace kg::ui
