// SPDX-License-Identifier: MIT
// The start-up anchor: the smallest Qt Widgets window that shows a text view, paints once and ends (at once,
// as the app does under AE_BENCH_QUIT_AFTER_SHOW, ui/firstframe.h: the time to the first frame is measured,
// not tear-down).
// Built as archexplorer-bench-floor and given a Markdown file, the view shows that document instead, through
// the app's own parser (cmark-gfm and Source-highlight) and Qt's HTML import and layout, with nothing else:
// the floor under the app's start-up to that document.
#ifdef AE_BENCH_FLOOR
#include "markdown/markdown.h"
#endif
#include "ui/firstframe.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QTextBrowser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *view = new QTextBrowser(&window);
#ifdef AE_BENCH_FLOOR
    if (argc < 2)
        return 2;
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    view->setHtml(ae::markdown::parse(QString::fromUtf8(file.readAll())).html);
#else
    (void)argc;
    view->setHtml(QStringLiteral("<h1>Hello</h1><p>A bare window.</p>"));
#endif
    window.setCentralWidget(view);
    window.resize(1280, 800);
    window.show();
    ae::ui::exitAfterNextFrameOf(view->viewport()); // its first frame
    return app.exec();
}
