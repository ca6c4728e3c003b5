#pragma once

#include "model/Design.h"
#include "model/Fragment.h"

#include <QCoreApplication>
#include <QMimeData>
#include <optional>

namespace kg::ui {

// What Copy puts on the system clipboard: a piece of a design (the selection, or the whole
// design when nothing is selected) as a .kubegate fragment under Kubegate's own MIME type and as
// plain text, and as PNG and SVG pictures for documents and slides. The pictures are drawn only
// when another program asks for them (retrieveData), so copying a large design stays quick.
// decode() reads back what any clipboard holds: a fragment from any Kubegate window, the text of
// a .kubegate design, or cloud JSON that File > Import reads.
class DesignMimeData : public QMimeData
{
    Q_OBJECT

public:
    static const QString kFragmentType; // application/vnd.kubegate.fragment+json

    // `design` is the whole design (the pictures are drawn from it, with its analysis); `ids`
    // the elements copied (empty: all of them). Without `data` only the pictures are offered
    // (Copy as Image).
    // `origin` names the document copied from (any stable address), so that a paste into the same
    // document can keep the copy's coordinates.
    DesignMimeData(const Design& design, const std::vector<std::string>& ids, bool data,
                   const void* origin = nullptr);

    const Fragment& fragment() const { return m_fragment; }
    QStringList formats() const override;
    bool hasFormat(const QString& mimeType) const override;

    struct Decoded
    {
        Fragment fragment;
        QString source; // what it was, for the status bar: "a Kubegate fragment" ...
        std::vector<Sentence> notes; // what an import assumed
        // Copied from the document pasted into (`origin`): its coordinates are that canvas's.
        bool local = false;
    };
    // Empty with `error` set when the clipboard holds nothing Kubegate can paste, or something
    // broken (the reason names where: a line and column, or a JSON pointer).
    static std::optional<Decoded> decode(const QMimeData* mime, QString* error,
                                         const void* origin = nullptr);

protected:
    QVariant retrieveData(const QString& mimeType, QMetaType type) const override;

private:
    Design m_design;
    Fragment m_fragment;
    bool m_data;
    const void* m_origin;
    bool m_whole;
    mutable QByteArray m_png;
    mutable QByteArray m_svg;
};

} // namespace kg::ui
