// SPDX-License-Identifier: MIT
// The start-up anchor: the smallest Qt Widgets window that shows a text view, paints once and ends (at once,
// as the app does under AE_BENCH_QUIT_AFTER_SHOW: the time to the first frame is measured, not tear-down).
#include <QApplication>
#include <QMainWindow>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *view = new QTextBrowser(&window);
    view->setHtml(QStringLiteral("<h1>Hello</h1><p>A bare window.</p>"));
    window.setCentralWidget(view);
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, &app, [&] {
        (void)window.grab(); // the first frame, painted
        std::fflush(nullptr);
        std::_Exit(0);
    });
    return app.exec();
}
