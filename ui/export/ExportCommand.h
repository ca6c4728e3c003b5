#pragma once

#include <QStringList>
#include <ostream>

namespace kg::ui {

// `kubegate export FILE -o OUT.svg|png|pdf [--scale N] [--theme light|dark]
// [--overlays none|all|ID] [--no-legend]`: the headless side of File > Export. Needs a Qt
// application (the offscreen platform is enough); exits 0 on success, 2 on bad input.
class ExportCommand
{
public:
    static int run(const QStringList& args, std::ostream& out, std::ostream& err);
    static const char* usage();
};

} // namespace kg::ui
