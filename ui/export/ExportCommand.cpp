#include "export/ExportCommand.h"

#include "cli/CliSupport.h"
#include "export/DiagramExporter.h"
#include "export/ExportFormats.h"
#include "iac/IacWriter.h"
#include "io/DesignJson.h"

#include <optional>

namespace kg::ui {

namespace {
// The command line's sentences, in the locale's language as every command speaks it
// (LC_ALL, LC_MESSAGES, LANG), not the designer's saved language.
std::string say(const Sentence& sentence)
{
    return render(sentence, cli::localeLanguage());
}

int usageError(std::ostream& err, const Sentence& message)
{
    err << "kubegate: " << say(message) << "\n" << say(Sentence("cli.usage.try")) << "\n";
    return 2;
}
} // namespace

const char* ExportCommand::usage()
{
    return "  kubegate export FILE -o OUT.svg|png|pdf|md|html|drawio [--scale N] [--theme "
           "light|dark]\n"
           "                  [--overlays none|all|ID] [--no-legend]\n"
           "  kubegate export FILE -o OUT.sh|bicep|tf|yaml [--format "
           "azcli|bicep|terraform|eksctl]\n"
           "                                           draw the design as the canvas does\n";
}

int ExportCommand::run(const QStringList& args, std::ostream& out, std::ostream& err)
{
    QString file;
    QString output;
    DiagramExporter::Options options;
    std::optional<IacWriter::Format> iacFormat;
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        // The option's argument, or nothing when the option ends the command line.
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args[++i];
        };
        if (a == QStringLiteral("-o") || a == QStringLiteral("--output")) {
            auto v = value();
            if (!v)
                return usageError(err, Sentence("cli.usage.o-needs"));
            output = *v;
        } else if (a == QStringLiteral("--scale")) {
            auto v = value();
            bool ok = false;
            const double scale = v ? v->toDouble(&ok) : 0;
            if (!ok || scale < 0.1 || scale > 8)
                return usageError(err, Sentence("cli.usage.scale-needs"));
            options.scale = scale;
        } else if (a == QStringLiteral("--theme")) {
            auto v = value();
            if (!v || (*v != QStringLiteral("light") && *v != QStringLiteral("dark")))
                return usageError(err, Sentence("cli.usage.theme-needs"));
            options.dark = *v == QStringLiteral("dark");
        } else if (a == QStringLiteral("--overlays")) {
            auto v = value();
            if (!v)
                return usageError(err, Sentence("cli.usage.overlays-needs"));
            if (*v == QStringLiteral("none")) {
                options.overlays = DiagramExporter::Overlays::None;
            } else if (*v == QStringLiteral("all")) {
                options.overlays = DiagramExporter::Overlays::All;
            } else {
                options.overlays = DiagramExporter::Overlays::Element;
                options.overlayElement = v->toStdString();
            }
        } else if (a == QStringLiteral("--format")) {
            auto v = value();
            if (!v || !IacWriter::formatForName(v->toStdString()))
                return usageError(err, Sentence("cli.usage.export-format-needs"));
            iacFormat = IacWriter::formatForName(v->toStdString());
        } else if (a == QStringLiteral("--no-legend")) {
            options.legend = false;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return usageError(err, Sentence("cli.usage.unknown-option",
                                            {{"command", "export"}, {"option", a.toStdString()}}));
        } else if (!file.isEmpty()) {
            return usageError(err, Sentence("cli.usage.export-one-file"));
        } else {
            file = a;
        }
    }
    if (file.isEmpty() || output.isEmpty())
        return usageError(err, Sentence("cli.usage.export-needs"));
    std::optional<ExportFormats::Id> format = ExportFormats::forPath(output);
    if (iacFormat) {
        switch (*iacFormat) {
        case IacWriter::Format::AzureCli:
            format = ExportFormats::Id::AzureCli;
            break;
        case IacWriter::Format::Bicep:
            format = ExportFormats::Id::Bicep;
            break;
        case IacWriter::Format::Terraform:
            format = ExportFormats::Id::Terraform;
            break;
        case IacWriter::Format::Eksctl:
            format = ExportFormats::Id::Eksctl;
            break;
        }
    }
    if (!format)
        return usageError(
            err, Sentence("cli.usage.export-format-unknown", {{"file", output.toStdString()}}));
    LoadResult loaded = DesignJson::loadFile(file.toStdString());
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors)
            err << e.format(file.toStdString(), cli::localeLanguage()) << "\n";
        return 2;
    }
    if (options.overlays == DiagramExporter::Overlays::Element &&
        !loaded.design->element(options.overlayElement))
        return usageError(err,
                          Sentence("cli.usage.overlays-unknown", {{"id", options.overlayElement}}));
    QString why;
    if (!ExportFormats::write(*loaded.design, output, *format, options, &why)) {
        err << "kubegate: "
            << say(Sentence("cli.export.cannot",
                            {{"file", output.toStdString()}, {"why", why.toStdString()}}))
            << "\n";
        return 2;
    }
    out << say(Sentence("cli.export.wrote", {{"file", output.toStdString()}})) << "\n";
    return 0;
}

} // namespace kg::ui
