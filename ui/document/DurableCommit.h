#pragma once

#include "io/DurableFile.h"

#include <QSaveFile>

namespace kg::ui {

// Commits a QSaveFile (its data synced, renamed over the target) and syncs the folder, so that
// the new file survives a power loss as well as a crash. Every file the program writes through
// Qt ends this way.
inline bool commitDurably(QSaveFile& file)
{
    if (!file.commit())
        return false;
    DurableFile::syncFolder(file.fileName().toStdString());
    return true;
}

} // namespace kg::ui
