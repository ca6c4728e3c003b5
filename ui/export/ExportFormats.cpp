#include "export/ExportFormats.h"

#include "document/DurableCommit.h"
#include "export/DrawioWriter.h"
#include "export/ReportWriter.h"
#include "iac/IacWriter.h"

#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace kg::ui {

const std::vector<ExportFormats::Format>& ExportFormats::all()
{
    // Built on first use: the names are translated with the language loaded at that time.
    static const std::vector<Format> formats = {
        {Id::Svg, QStringLiteral("svg"), tr("SVG picture"), true, false},
        {Id::Png, QStringLiteral("png"), tr("PNG image"), true, false},
        {Id::Pdf, QStringLiteral("pdf"), tr("PDF document with the findings"), true, false},
        {Id::Html, QStringLiteral("html"), tr("HTML report"), false, true},
        {Id::Markdown, QStringLiteral("md"), tr("Markdown report"), false, true},
        {Id::Drawio, QStringLiteral("drawio"), tr("draw.io diagram"), false, false},
        {Id::AzureCli, QStringLiteral("sh"), tr("Azure CLI and AWS CLI script"), false, false},
        {Id::Bicep, QStringLiteral("bicep"), tr("Bicep (AKS)"), false, false},
        {Id::Terraform, QStringLiteral("tf"), tr("Terraform"), false, false},
        {Id::Eksctl, QStringLiteral("yaml"), tr("eksctl config (EKS)"), false, false},
    };
    return formats;
}

const ExportFormats::Format& ExportFormats::info(Id id)
{
    const auto& formats = all();
    return *std::find_if(formats.begin(), formats.end(),
                         [id](const Format& f) { return f.id == id; });
}

std::optional<ExportFormats::Id> ExportFormats::forPath(const QString& path)
{
    QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QStringLiteral("yml"))
        ext = QStringLiteral("yaml");
    for (const Format& f : all())
        if (f.extension == ext)
            return f.id;
    return std::nullopt;
}

bool ExportFormats::write(const Design& design, const QString& path, Id format,
                          const DiagramExporter::Options& options, QString* error)
{
    std::optional<IacWriter::Format> code;
    switch (format) {
    case Id::Svg:
    case Id::Png:
    case Id::Pdf:
        return DiagramExporter::write(design, path, options, error);
    case Id::Html:
    case Id::Markdown:
        return ReportWriter::write(design, path, error, options);
    case Id::Drawio:
        return DrawioWriter::write(design, path, error);
    case Id::AzureCli:
        code = IacWriter::Format::AzureCli;
        break;
    case Id::Bicep:
        code = IacWriter::Format::Bicep;
        break;
    case Id::Terraform:
        code = IacWriter::Format::Terraform;
        break;
    case Id::Eksctl:
        code = IacWriter::Format::Eksctl;
        break;
    }
    const std::string text = IacWriter::write(design, *code);
    if (text.empty()) {
        if (error)
            *error = tr("the design has no cluster this format covers (Bicep: AKS, eksctl: EKS)");
        return false;
    }
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly) ||
        target.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !commitDurably(target)) {
        if (error)
            *error = target.errorString();
        return false;
    }
    return true;
}

} // namespace kg::ui
