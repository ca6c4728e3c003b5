#include "document/DesignMimeData.h"

#include "Application.h"
#include "export/DiagramExporter.h"
#include "import/Importer.h"
#include "io/DesignJson.h"
#include "io/JsonText.h"
#include "io/SourceDetector.h"
#include "model/Limits.h"

#include <QCoreApplication>
#include <QImage>
#include <set>

namespace kg::ui {

namespace {

const QString kPng = QStringLiteral("image/png");
const QString kSvg = QStringLiteral("image/svg+xml");
const QString kText = QStringLiteral("text/plain");

// The name clipboard problems are reported under ("clipboard:1:2: ...", "clipboard: at ..."),
// in the interface language.
std::string sourceName()
{
    //: The name problems with pasted text are reported under, as a file's would be
    return QCoreApplication::translate("kg::ui::DesignMimeData", "clipboard").toStdString();
}

QString joined(const std::vector<LoadError>& errors)
{
    QStringList lines;
    for (std::size_t i = 0; i < errors.size() && i < 3; ++i)
        lines << QString::fromStdString(errors[i].format(sourceName(), Application::language()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

const QString DesignMimeData::kFragmentType =
    QStringLiteral("application/vnd.kubegate.fragment+json");

DesignMimeData::DesignMimeData(const Design& design, const std::vector<std::string>& ids, bool data,
                               const void* origin)
    : m_design(design), m_data(data), m_origin(origin), m_whole(ids.empty())
{
    std::vector<std::string> roots = ids;
    if (m_whole)
        for (const auto& e : design.elements())
            roots.push_back(e.id);
    m_fragment = Fragment::extract(design, roots);
    if (m_data) {
        // The whole design's text is the design itself (a file others can open); a piece keeps
        // its parents' and references' ids for the design it is pasted into.
        const std::string text =
            m_whole ? DesignJson::save(design) : DesignJson::save(m_fragment.asDesign());
        const QByteArray bytes = QByteArray::fromStdString(text);
        setData(kFragmentType, bytes);
        setText(QString::fromUtf8(bytes));
    }
}

QStringList DesignMimeData::formats() const
{
    QStringList out = QMimeData::formats();
    out << kPng << kSvg;
    return out;
}

bool DesignMimeData::hasFormat(const QString& mimeType) const
{
    return mimeType == kPng || mimeType == kSvg || QMimeData::hasFormat(mimeType);
}

QVariant DesignMimeData::retrieveData(const QString& mimeType, QMetaType type) const
{
    const bool png = mimeType == kPng || mimeType == QStringLiteral("application/x-qt-image");
    if (!png && mimeType != kSvg)
        return QMimeData::retrieveData(mimeType, type);
    QByteArray& cached = png ? m_png : m_svg;
    if (cached.isEmpty()) {
        DiagramExporter::Options options;
        options.scale = 2.0; // sharp on high-density screens and in slides
        // A piece is drawn alone and framed tightly; the whole design with its legend.
        if (!m_whole)
            for (const auto& e : m_fragment.elements)
                options.only.push_back(e.id);
        options.legend = m_whole;
        QString error;
        auto bytes = DiagramExporter::render(
            m_design, png ? DiagramExporter::Format::Png : DiagramExporter::Format::Svg, options,
            &error);
        if (!bytes)
            return {};
        cached = std::move(*bytes);
    }
    if (png && type.id() == QMetaType::QImage)
        return QImage::fromData(cached, "PNG");
    return cached;
}

std::optional<DesignMimeData::Decoded> DesignMimeData::decode(const QMimeData* mime, QString* error,
                                                              const void* origin)
{
    // Copied in this program: the fragment itself, without a round trip through text.
    if (const auto* own = qobject_cast<const DesignMimeData*>(mime); own && own->m_data)
        return Decoded{
            own->m_fragment, tr("the copied elements"), {}, origin && own->m_origin == origin};
    QByteArray bytes;
    if (mime && mime->hasFormat(kFragmentType))
        bytes = mime->data(kFragmentType);
    else if (mime && mime->hasText())
        bytes = mime->text().toUtf8();
    if (bytes.trimmed().isEmpty()) {
        *error = tr("The clipboard holds nothing Kubegate can paste: copy elements in Kubegate, "
                    "the text of a .kubegate design, or the JSON of az aks show, aws eks "
                    "describe-cluster or terraform show -json.");
        return std::nullopt;
    }
    if (static_cast<std::size_t>(bytes.size()) > limits::kMaxFileBytes) {
        *error = tr("The clipboard's text is %1 MB, more than the %2 MB a design may have.")
                     .arg(bytes.size() / (1024 * 1024))
                     .arg(limits::kMaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    const std::string text = bytes.toStdString();
    std::vector<LoadError> errors;
    JsonText::Options options;
    options.what = Sentence("phrase.what.design-or-cloud");
    options.describeNonJson = &SourceDetector::describeNonJson;
    const auto document = JsonText::parse(text, options, errors);
    if (!document) {
        *error = tr("The clipboard's text cannot be pasted:\n%1").arg(joined(errors));
        return std::nullopt;
    }
    switch (SourceDetector::detect(*document)) {
    case SourceKind::KubegateDesign: {
        LoadResult loaded = DesignJson::loadFragment(text);
        if (!loaded.ok()) {
            *error = tr("The clipboard holds a Kubegate design that cannot be pasted:\n%1")
                         .arg(joined(loaded.errors));
            return std::nullopt;
        }
        std::vector<std::string> all;
        for (const auto& e : loaded.design->elements())
            all.push_back(e.id);
        Decoded out{Fragment::extract(*loaded.design, all), tr("a Kubegate design"), {}};
        if (out.fragment.elements.size() != loaded.design->elements().size()) {
            // Elements whose parents form a cycle are never reached from a root.
            *error = tr("The clipboard holds a Kubegate design whose elements contain each "
                        "other in a circle; nothing was pasted.");
            return std::nullopt;
        }
        return out;
    }
    case SourceKind::AzAksShow:
    case SourceKind::AwsEksDescribe:
    case SourceKind::TerraformShowJson: {
        Importer::Result imported = Importer::run({{sourceName(), text}}, Importer::Source::Detect,
                                                  Application::language());
        if (!imported.ok()) {
            QStringList lines;
            for (const auto& e : imported.errors)
                lines << QString::fromStdString(e.text(Application::language()));
            *error = tr("The clipboard's cloud JSON cannot be imported:\n%1")
                         .arg(lines.join(QLatin1Char('\n')));
            return std::nullopt;
        }
        std::vector<std::string> all;
        for (const auto& e : imported.design->elements())
            all.push_back(e.id);
        return Decoded{Fragment::extract(*imported.design, all), tr("imported cloud JSON"),
                       imported.notes};
    }
    default:
        *error = tr("The clipboard's JSON cannot be pasted: %1")
                     .arg(Application::render(SourceDetector::describeForeignJson(*document), {}));
        return std::nullopt;
    }
}

} // namespace kg::ui
