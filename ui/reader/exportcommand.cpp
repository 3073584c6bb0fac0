// SPDX-License-Identifier: MIT
// The export command: loads the document's library (its folder, or --library), renders the document in an
// off-screen DocumentView with the Draw workspace's renderer, waits for its diagrams to be laid out, then
// writes PDF (printing.cpp) or HTML (htmlexport.cpp). Exit codes: 0 written, 1 a diagram could not be laid
// out in time (nothing written), 2 usage or I/O error.
#include "ui/reader/exportcommand.h"

#include "content/library.h"
#include "ui/diagram/documentdiagramrenderer.h"
#include "ui/reader/documentview.h"
#include "ui/reader/printing.h"

#include <QDir>
#include <QFileInfo>

namespace ae::ui {

namespace {

constexpr const char *kUsage = "usage: archexplorer export DOC.md -o OUT.pdf|OUT.html [--library DIR] "
                               "[--timeout SECONDS]\n";

int run(const QStringList &args, cli::Io &io)
{
    QString input, output, root;
    int timeoutS = 60;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && hasValue) {
            output = args.at(++i);
        } else if (a == QLatin1String("--library") && hasValue) {
            root = args.at(++i);
        } else if (a == QLatin1String("--timeout") && hasValue) {
            bool ok = false;
            timeoutS = args.at(++i).toInt(&ok);
            if (!ok || timeoutS < 1)
                return io.err << "archexplorer export: --timeout needs a whole number of seconds\n",
                       cli::UsageOrIoError;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return io.err << "archexplorer export: unknown option " << a << "\n"
                          << kUsage,
                   cli::UsageOrIoError;
        } else if (input.isEmpty()) {
            input = a;
        } else {
            return io.err << "archexplorer export: one document at a time\n" << kUsage, cli::UsageOrIoError;
        }
    }
    if (input.isEmpty() || output.isEmpty())
        return io.err << kUsage, cli::UsageOrIoError;
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("html") && suffix != QLatin1String("htm"))
        return io.err << "archexplorer export: " << output << ": the output must end in .pdf or .html\n",
               cli::UsageOrIoError;
    const QFileInfo doc(input);
    if (!doc.isFile())
        return io.err << "archexplorer export: cannot read " << input << ": no such file\n",
               cli::UsageOrIoError;
    // The library is the document's folder unless given: links and images resolve inside it, never outside.
    const QString libraryRoot = QDir(root.isEmpty() ? doc.absolutePath() : root).absolutePath();
    const QString relative = QDir(libraryRoot).relativeFilePath(doc.absoluteFilePath());
    if (relative.startsWith(QLatin1String("../")))
        return io.err << "archexplorer export: " << input << " is not inside the library " << libraryRoot
                      << "\n",
               cli::UsageOrIoError;
    content::Library library;
    QString error;
    if (!library.load(libraryRoot, &error))
        return io.err << "archexplorer export: " << error << "\n", cli::UsageOrIoError;
    if (!library.find(relative))
        return io.err << "archexplorer export: " << input << " is not a Markdown document of the library\n",
               cli::UsageOrIoError;

    DocumentDiagramRenderer renderer;
    renderer.setTimeoutMs(timeoutS * 1000);
    DocumentView view;
    view.resize(1000, 800); // the page the diagrams are drawn for: an A4 page's width at 100 %
    view.setLibrary(&library);
    view.setDiagramRenderer(&renderer);
    view.showDocument(relative);
    // Diagrams are laid out by the layout helper, then drawn on a worker: the page with them, whatever the
    // time limit allows.
    view.waitForDiagrams((timeoutS + 5) * 1000);
    if (view.hasPendingDiagrams())
        return io.err << "archexplorer export: " << input << ": the diagrams were not laid out within "
                      << timeoutS << " s; nothing written (try --timeout " << timeoutS * 4 << ")\n",
               cli::InputErrors;
    const bool ok =
        suffix == QLatin1String("pdf") ? exportPdf(&view, output, &error) : exportHtml(&view, output, &error);
    if (!ok)
        return io.err << "archexplorer export: " << error << "\n", cli::UsageOrIoError;
    return cli::Success;
}

} // namespace

cli::Command exportCommand()
{
    return {
        QStringLiteral("export"),
        QStringLiteral("export DOC.md -o OUT.pdf|OUT.html [--library DIR] [--timeout SECONDS]"),
        QStringLiteral("write a document as the reader shows it (diagrams drawn) to PDF, or to one "
                       "self-contained HTML file (styles inline, diagrams as inline SVG, images embedded); "
                       "the library is the document's folder unless --library names another"),
        run};
}

} // namespace ae::ui
