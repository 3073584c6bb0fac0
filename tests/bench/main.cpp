// SPDX-License-Identifier: MIT
// archexplorer-bench: runs every registered section (or the ones named on the command line) and prints
// figures.
#include "bench.h"

#include <QApplication>

namespace ae::bench {

std::vector<Section> &sections()
{
    static std::vector<Section> list;
    return list;
}

} // namespace ae::bench

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts without a display
    QApplication app(argc, argv); // widgets: the document view and the compare matrix view need it
    QTextStream out(stdout);
    ae::bench::Context ctx{out, false, {}};
    QStringList wanted;
    const QStringList args = app.arguments().mid(1);
    for (const QString &a : args) {
        if (a == QLatin1String("--quick"))
            ctx.quick = true;
        else if (a.startsWith(QLatin1String("--")))
            ctx.args << a;
        else
            wanted << a;
    }
    for (const ae::bench::Section &s : ae::bench::sections()) {
        if (!wanted.isEmpty() && !wanted.contains(s.name))
            continue;
        out << "== " << s.name << " ==\n";
        out.flush();
        s.run(ctx);
        out << "\n";
        out.flush();
    }
    return 0;
}
