// SPDX-License-Identifier: MIT
#include "ui/desktopintegration.h"
#include "ui/shortcutscope.h"

#include "ui/mainwindow.h"
#include "ui/settings.h"

#include "content/library.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace ae::ui {
namespace {

QStringList openablePaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && isOpenablePath(url.toLocalFile()))
            paths << url.toLocalFile();
    return paths;
}

// Accepts drops of files and folders anywhere on the window and opens each one.
class DropFilter : public QObject
{
public:
    explicit DropFilter(MainWindow *window) : QObject(window), m_window(window) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_window)
            return false;
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (!openablePaths(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList paths = openablePaths(drop->mimeData());
            if (paths.isEmpty())
                return false;
            drop->acceptProposedAction();
            for (const QString &p : paths) {
                addRecentPath(p);
                m_window->openPath(p);
            }
            return true;
        }
        return false;
    }

private:
    MainWindow *m_window;
};

void showShortcuts(MainWindow *window)
{
    window->buildAllWorkspaces(); // their actions exist once they are built
    QDialog dialog(window);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(QObject::tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(&dialog);
    tree->setObjectName(QStringLiteral("shortcutsList"));
    tree->setAccessibleName(QObject::tr("Keyboard shortcuts"));
    tree->setHeaderLabels({QObject::tr("Action"), QObject::tr("Shortcut"), QObject::tr("Where")});
    tree->setRootIsDecorated(false);
    for (const QString &row : shortcutRows(window))
        tree->addTopLevelItem(new QTreeWidgetItem(row.split(u'\t')));
    tree->resizeColumnToContents(0);
    tree->resizeColumnToContents(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog.resize(560, 560);
    dialog.exec();
}

void rebuildRecentMenu(QMenu *recent, MainWindow *window)
{
    recent->clear();
    const QStringList paths = recentPaths();
    for (const QString &p : paths) {
        QAction *a = recent->addAction(QFileInfo(p).fileName().isEmpty() ? p : QFileInfo(p).fileName());
        a->setToolTip(p);
        a->setData(p);
        QObject::connect(a, &QAction::triggered, window, [window, p] {
            addRecentPath(p);
            window->openPath(p);
        });
    }
    recent->setEnabled(!paths.isEmpty());
}

void addFileActions(MainWindow *window)
{
    QMenu *file = window->fileMenu();
    if (!file)
        return;
    QAction *before = file->actions().value(2); // after Open Library / Open Bundled Library
    auto *openDiagram = new QAction(QObject::tr("Open &Diagram\u2026"), window);
    openDiagram->setObjectName(QStringLiteral("actionOpenDiagram"));
    openDiagram->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QObject::connect(openDiagram, &QAction::triggered, window, [window] {
        const QString path = QFileDialog::getOpenFileName(
            window, QObject::tr("Open Diagram"), QString(),
            QObject::tr("Diagrams (*.arch *.dot *.gv *.mmd *.mermaid *.d2 *.dsl);;All files (*)"));
        if (path.isEmpty())
            return;
        addRecentPath(path);
        window->openPath(path);
    });
    file->insertAction(before, openDiagram);
    auto *recent = new QMenu(QObject::tr("Open &Recent"), file);
    recent->setObjectName(QStringLiteral("menuRecent"));
    file->insertMenu(before, recent);
    QObject::connect(recent, &QMenu::aboutToShow, window,
                     [recent, window] { rebuildRecentMenu(recent, window); });
    rebuildRecentMenu(recent, window);
    // Libraries opened from any path (command line, File > Open Library, drops) join Recent too.
    // Once per library, not on every page (the settings are then written only when the list changes).
    auto lastRoot = std::make_shared<QString>();
    QObject::connect(window, &MainWindow::documentOpened, window, [window, lastRoot] {
        const QString root = window->library()->root();
        if (root.isEmpty() || root.startsWith(u':') || root == *lastRoot)
            return;
        *lastRoot = root;
        addRecentPath(root);
    });
}

void addViewActions(MainWindow *window)
{
    QMenu *view = window->viewMenu();
    if (!view)
        return;
    auto *fullScreen = new QAction(QObject::tr("&Full Screen"), window);
    fullScreen->setObjectName(QStringLiteral("actionFullScreen"));
    // The platform's full-screen key, and F11 where that is another key (on X11 it is F11 already: listing it
    // twice makes Qt's shortcut map ambiguous and the key does nothing).
    QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    if (!fullScreenKeys.contains(QKeySequence(Qt::Key_F11)))
        fullScreenKeys << QKeySequence(Qt::Key_F11);
    fullScreen->setShortcuts(fullScreenKeys);
    fullScreen->setCheckable(true);
    QObject::connect(fullScreen, &QAction::toggled, window, [window](bool on) {
        if (on)
            window->showFullScreen();
        else
            window->showNormal();
    });
    view->addSeparator();
    view->addAction(fullScreen);
}

void addHelpActions(MainWindow *window)
{
    QMenu *help = window->helpMenu();
    if (!help)
        return;
    QAction *about = help->actions().value(0);
    const struct
    {
        const char *name;
        QString text;
        const char *document;
        QKeySequence key;
    } guides[] = {
        {"actionHelpDiagramLanguage", QObject::tr("&Diagram Language"), "guide/diagram-language.md",
         QKeySequence(QKeySequence::HelpContents)},
        {"actionHelpMetrics", QObject::tr("&Metrics Table Format"), "guide/metrics.md", {}},
        {"actionHelpWriting", QObject::tr("&Writing a Case Study"), "guide/writing-case-studies.md", {}},
    };
    for (const auto &g : guides) {
        auto *a = new QAction(g.text, window);
        a->setObjectName(QString::fromLatin1(g.name));
        a->setShortcut(g.key);
        const QString doc = QString::fromLatin1(g.document);
        QObject::connect(a, &QAction::triggered, window, [window, doc] {
            // Guides ship with the app; a user library without them falls back to the bundled one.
            if (!window->openDocument(doc)) {
                window->openLibrary(QStringLiteral(":/library"));
                window->openDocument(doc);
            }
        });
        help->insertAction(about, a);
    }
    auto *shortcuts = new QAction(QObject::tr("&Keyboard Shortcuts"), window);
    shortcuts->setObjectName(QStringLiteral("actionHelpShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QObject::connect(shortcuts, &QAction::triggered, window, [window] { showShortcuts(window); });
    help->insertAction(about, shortcuts);
    help->insertSeparator(about);
}

} // namespace

bool isOpenablePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    static const QStringList suffixes{
        QStringLiteral("md"),      QStringLiteral("markdown"), QStringLiteral("arch"),
        QStringLiteral("dot"),     QStringLiteral("gv"),       QStringLiteral("mmd"),
        QStringLiteral("mermaid"), QStringLiteral("d2"),       QStringLiteral("dsl")};
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

QStringList recentPaths()
{
    QStringList list = Settings().recentPaths();
    list.erase(
        std::remove_if(list.begin(), list.end(), [](const QString &p) { return !QFileInfo::exists(p); }),
        list.end());
    return list;
}

void addRecentPath(const QString &path, int limit)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Settings settings;
    QStringList list = settings.recentPaths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > limit)
        list.removeLast();
    settings.setRecentPaths(list);
}

QStringList shortcutRows(const QWidget *window)
{
    const auto *main = qobject_cast<const MainWindow *>(window);
    const QTabWidget *tabs = main ? main->workspaceTabs() : nullptr;
    QStringList rows;
    for (const QAction *a : window->findChildren<QAction *>()) {
        const QList<QKeySequence> keys = shortcuts::keysOf(a);
        if (keys.isEmpty() || a->text().isEmpty())
            continue;
        QString text = a->text();
        text.remove(u'&');
        text.remove(QChar(0x2026));
        text = text.trimmed();
        QString where = QObject::tr("Everywhere");
        if (const QWidget *scope = shortcuts::scopeOf(a);
            scope && tabs && tabs->indexOf(const_cast<QWidget *>(scope)) >= 0)
            where = tabs->tabText(tabs->indexOf(const_cast<QWidget *>(scope))).remove(u'&');
        QStringList names;
        for (const QKeySequence &k : keys)
            names << k.toString(QKeySequence::NativeText);
        const QString row = text + u'\t' + names.join(QStringLiteral(", ")) + u'\t' + where;
        if (!rows.contains(row))
            rows << row;
    }
    std::sort(rows.begin(), rows.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return rows;
}

void installDesktopIntegration(MainWindow *window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(new DropFilter(window));
    addFileActions(window);
    addViewActions(window);
    addHelpActions(window);
}

} // namespace ae::ui
