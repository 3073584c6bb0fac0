// SPDX-License-Identifier: MIT
// The start-up anchor: the smallest Qt Widgets window that shows a text view, paints once and exits.
#include <QApplication>
#include <QMainWindow>
#include <QTextBrowser>
#include <QTimer>

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
        app.quit();
    });
    return app.exec();
}
