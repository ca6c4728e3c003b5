#pragma once

#include "model/Design.h"

#include <QString>

namespace kg::ui {

// Writes an uncompressed diagrams.net (draw.io) file: one vertex per element with the same
// geometry (relative to its container, as draw.io nests), containers as containers, the name and
// kind as the label, the cloud's colour; one edge per link labelled with its kind. Labels are
// plain text (html=0), so nothing a person typed can become markup in draw.io.
class DrawioWriter
{
public:
    static bool handles(const QString& path);
    static bool write(const Design& design, const QString& path, QString* error);
};

} // namespace kg::ui
