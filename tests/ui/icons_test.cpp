// SPDX-License-Identifier: MIT
// Toolbar and menu icons (resources/icons/yaru): every bundled icon renders, and its shape reaches 3:1
// against the window colour (what a toolbar shows behind its buttons) in the light and the dark theme; every
// toolbar action of the main window has an icon, and after a theme switch each is recoloured for the new
// palette.
#include "draw/chartstyle.h"
#include "ui/mainwindow.h"
#include "ui/reader/icons.h"
#include "ui/reader/readerpage.h"
#include "ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWidgetAction>

using ae::ui::MainWindow;
using ae::ui::Theme;

namespace {

const QString kIconDir = QStringLiteral(":/ae/icons/yaru");

struct Ink
{
    int drawn = 0;          // pixels with any coverage
    int body = 0;           // pixels at least half covered: the shape itself, without its anti-aliased fringe
    double minContrast = 0; // lowest contrast of a body pixel, composited over the background
};

// The pixels of `pm` composited over `background`, measured as a person sees them.
Ink measure(const QPixmap &pm, const QColor &background)
{
    const QImage img = pm.toImage().convertToFormat(QImage::Format_ARGB32);
    Ink ink;
    ink.minContrast = 21;
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const QRgb px = line[x];
            const int a = qAlpha(px);
            if (a == 0)
                continue;
            ++ink.drawn;
            if (a < 128)
                continue;
            ++ink.body;
            const double f = a / 255.0;
            const QColor over =
                QColor::fromRgbF(float(qRed(px) / 255.0 * f + background.redF() * (1 - f)),
                                 float(qGreen(px) / 255.0 * f + background.greenF() * (1 - f)),
                                 float(qBlue(px) / 255.0 * f + background.blueF() * (1 - f)));
            ink.minContrast = std::min(ink.minContrast, ae::draw::contrastRatio(over, background));
        }
    }
    return ink;
}

QStringList bundledIcons()
{
    QStringList names = QDir(kIconDir).entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
    for (QString &n : names)
        n.chop(4);
    return names;
}

QString describe(const QObject *o)
{
    QString text = o->property("text").toString();
    text.remove(u'&');
    return o->objectName() + QStringLiteral(" (") + text + QLatin1Char(')');
}

// The actions and buttons a person sees on the window's toolbars, the Draw workspace's included.
QList<QObject *> toolbarItems(MainWindow &w)
{
    QList<QObject *> items;
    for (QToolBar *bar : w.findChildren<QToolBar *>()) {
        for (QAction *a : bar->actions()) {
            if (a->isSeparator())
                continue;
            if (auto *wa = qobject_cast<QWidgetAction *>(a)) {
                // A widget on the bar: a button (Draw's Export menu) counts, labels, spacers and fields do
                // not.
                if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(wa)))
                    items.append(button);
                continue;
            }
            items.append(a);
        }
    }
    return items;
}

QIcon iconOf(const QObject *o)
{
    return o->property("icon").value<QIcon>();
}

} // namespace

class IconsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY2(bundledIcons().size() >= 20, qPrintable(bundledIcons().join(u' ')));
    }

    void bundledIcon_isVisibleInBothThemes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dark");
        for (const QString &name : bundledIcons()) {
            QTest::newRow(qPrintable(name + QStringLiteral("/light"))) << name << false;
            QTest::newRow(qPrintable(name + QStringLiteral("/dark"))) << name << true;
        }
    }

    void bundledIcon_isVisibleInBothThemes()
    {
        QFETCH(QString, name);
        QFETCH(bool, dark);
        const QPalette pal = dark ? Theme::darkPalette() : Theme::lightPalette();
        const QIcon icon = ae::ui::themedIcon(name, pal);
        QVERIFY(!icon.isNull());
        const QColor window = pal.color(QPalette::Window);
        for (const int size : {16, 20, 24}) { // menus and tree rows, the main toolbar, Draw's toolbar
            const Ink ink = measure(icon.pixmap(QSize(size, size)), window);
            const QString where =
                QStringLiteral("%1 at %2 px: %3 drawn, %4 body pixels, lowest contrast %5:1")
                    .arg(name)
                    .arg(size)
                    .arg(ink.drawn)
                    .arg(ink.body)
                    .arg(ink.minContrast, 0, 'f', 2);
            QVERIFY2(ink.body >= 10, qPrintable(where));         // (a) not empty, not a faint smear
            QVERIFY2(ink.minContrast >= 3.0, qPrintable(where)); // (b) WCAG 1.4.11 non-text contrast
        }
    }

    // At 1.5x and 2x a toolbar icon is drawn at the screen's pixels for its box and fills the box as at 1x
    // (it was drawn for a box as many device pixels wide, then shown a third smaller at 1.5x, or from a 4x
    // bitmap at 2x).
    void icon_atHighScale_fillsItsBoxAsAt1x()
    {
        const QPalette pal = Theme::lightPalette();
        // The width of the drawn shape, in the pixmap's own pixels.
        const auto inkWidth = [](const QPixmap &pm) {
            const QImage img = pm.toImage().convertToFormat(QImage::Format_ARGB32);
            int left = img.width(), right = -1;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    if (qAlpha(img.pixel(x, y)) > 128) {
                        left = qMin(left, x);
                        right = qMax(right, x);
                    }
            return right < left ? 0 : right - left + 1;
        };
        for (const QString &name : bundledIcons()) {
            const QIcon icon = ae::ui::themedIcon(name, pal);
            for (const int box : {16, 24}) {
                const int at1x = inkWidth(icon.pixmap(QSize(box, box), 1.0));
                for (const qreal scale : {1.5, 2.0}) {
                    const QPixmap pm = icon.pixmap(QSize(box, box), scale);
                    const QString where = QStringLiteral("%1 in a %2 px box at %3x: %4 px, ratio %5")
                                              .arg(name)
                                              .arg(box)
                                              .arg(scale)
                                              .arg(pm.width())
                                              .arg(pm.devicePixelRatio());
                    QVERIFY2(pm.size() == QSize(box, box) * scale, qPrintable(where));
                    QVERIFY2(pm.devicePixelRatio() == scale, qPrintable(where));
                    // Seen at its logical size: as wide as at 1x, give or take a pixel's anti-aliasing.
                    const qreal seen = inkWidth(pm) / pm.devicePixelRatio();
                    QVERIFY2(qAbs(seen - at1x) <= 1.5,
                             qPrintable(where +
                                        QStringLiteral(": shape %1 px wide, %2 at 1x").arg(seen).arg(at1x)));
                }
            }
        }
    }

    // An icon drawn ahead on a worker (the tool bars' at start) is the drawing the paint would have made: the
    // same shape, pixel for pixel, in the colour of its mode, at the size and ratio asked for.
    void aPreparedIcon_isTheDrawingItWouldHaveBeen()
    {
        // Colours no other test uses, so the icons are fresh (nothing drawn yet).
        QPalette prepared = Theme::lightPalette();
        prepared.setColor(QPalette::Active, QPalette::ButtonText, QColor(10, 20, 30));
        prepared.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(110, 120, 130));
        QPalette asked = Theme::lightPalette();
        asked.setColor(QPalette::Active, QPalette::ButtonText, QColor(40, 50, 60));
        asked.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(140, 150, 160));
        const std::pair<QIcon::Mode, QColor> modes[] = {{QIcon::Normal, QColor(10, 20, 30)},
                                                        {QIcon::Disabled, QColor(110, 120, 130)}};
        for (const QString &name : bundledIcons()) {
            const QIcon ahead = ae::ui::themedIcon(name, prepared);
            const QIcon onTheSpot = ae::ui::themedIcon(name, asked);
            for (const auto &[mode, colour] : modes) {
                for (const qreal scale : {1.0, 1.5, 2.0}) {
                    ae::ui::prepareIcon(ahead, 20, mode, scale);
                    const QPixmap pm = ahead.pixmap(QSize(20, 20), scale, mode);
                    const QPixmap ref = onTheSpot.pixmap(QSize(20, 20), scale, mode);
                    const QString where =
                        QStringLiteral("%1, mode %2, %3x").arg(name).arg(int(mode)).arg(scale);
                    QVERIFY2(pm.size() == ref.size() && pm.devicePixelRatio() == ref.devicePixelRatio(),
                             qPrintable(where));
                    const QImage a = pm.toImage().convertToFormat(QImage::Format_ARGB32);
                    const QImage b = ref.toImage().convertToFormat(QImage::Format_ARGB32);
                    int ink = 0;
                    for (int y = 0; y < a.height(); ++y) {
                        for (int x = 0; x < a.width(); ++x) {
                            QVERIFY2(qAlpha(a.pixel(x, y)) == qAlpha(b.pixel(x, y)), qPrintable(where));
                            if (qAlpha(a.pixel(x, y)) >= 128) { // its colour, give or take the rounding
                                ++ink;
                                const QRgb p = a.pixel(x, y);
                                QVERIFY2(qAbs(qRed(p) - colour.red()) <= 3 &&
                                             qAbs(qGreen(p) - colour.green()) <= 3 &&
                                             qAbs(qBlue(p) - colour.blue()) <= 3,
                                         qPrintable(where));
                            }
                        }
                    }
                    QVERIFY2(ink > 0, qPrintable(where));
                }
            }
        }
    }

    void missingIcon_isNull()
    {
        QVERIFY(ae::ui::themedIcon(QStringLiteral("no-such-icon"), Theme::lightPalette()).isNull());
    }

    // (c), and the refresh path: after each theme switch every icon the window shows is the new palette's.
    void toolbarActions_haveIconsRecolouredForTheTheme()
    {
        MainWindow w;
        w.buildAllWorkspaces(); // Draw's toolbar too (built on first show otherwise)
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QList<QObject *> items = toolbarItems(w);
        QVERIFY2(items.size() >= 20, qPrintable(QString::number(items.size()))); // Read's and Draw's toolbars
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("libraryTree"));
        QVERIFY(tree);
        QTRY_VERIFY(tree->model()->rowCount() > 0); // the bundled library has loaded
        for (const char *mode : {"dark", "light", "dark"}) {
            auto *themeAction = w.findChild<QAction *>(QStringLiteral("actionTheme_") + QLatin1String(mode));
            QVERIFY(themeAction);
            themeAction->trigger();
            const QPalette pal = QApplication::palette();
            QCOMPARE(Theme::isDarkPalette(pal), qstrcmp(mode, "dark") == 0);
            QTRY_COMPARE(w.palette().color(QPalette::Window),
                         pal.color(QPalette::Window)); // PaletteChange arrived
            QCoreApplication::processEvents();         // and reached every child

            for (QObject *item : items) {
                QVERIFY2(!iconOf(item).isNull(), qPrintable(describe(item) + QStringLiteral(" has no icon")));
                QVERIFY2(!ae::ui::themedIconName(item).isEmpty(),
                         qPrintable(describe(item) + QStringLiteral(" has an icon from outside the set")));
            }
            // Toolbars, menus and the find bar sit on the window colour.
            for (QObject *o : w.findChildren<QObject *>()) {
                if (ae::ui::themedIconName(o).isEmpty())
                    continue;
                const Ink ink = measure(iconOf(o).pixmap(QSize(20, 20)), pal.color(QPalette::Window));
                QVERIFY2(ink.body >= 10 && ink.minContrast >= 3.0,
                         qPrintable(QStringLiteral("%1 in %2: %3 body pixels, lowest contrast %4:1")
                                        .arg(describe(o), QLatin1String(mode))
                                        .arg(ink.body)
                                        .arg(ink.minContrast, 0, 'f', 2)));
            }
            // The library panel's rows (documents, folders) sit on the base colour.
            const QModelIndex first = tree->model()->index(0, 0);
            const QIcon row = first.data(Qt::DecorationRole).value<QIcon>();
            QVERIFY2(!row.isNull(), qPrintable(first.data().toString()));
            const Ink ink = measure(row.pixmap(QSize(16, 16)), pal.color(QPalette::Base));
            QVERIFY2(ink.body >= 10 && ink.minContrast >= 3.0,
                     qPrintable(QStringLiteral("library row in %1: lowest contrast %2:1")
                                    .arg(QLatin1String(mode))
                                    .arg(ink.minContrast, 0, 'f', 2)));
        }
    }

    // Every icon the window names (menus, toolbars, the find bar) is one of the bundled files.
    void everyNamedIcon_isBundled()
    {
        MainWindow w;
        w.buildAllWorkspaces();
        w.readerPage()->findBar(); // built when first asked for
        QStringList used;
        for (QObject *o : w.findChildren<QObject *>()) {
            const QString name = ae::ui::themedIconName(o);
            if (name.isEmpty())
                continue;
            QVERIFY2(QFile::exists(kIconDir + u'/' + name + QStringLiteral(".svg")),
                     qPrintable(describe(o) + QStringLiteral(" names ") + name));
            QVERIFY2(!iconOf(o).isNull(), qPrintable(describe(o)));
            used << name;
        }
        for (const char *expected : {"zoom-in", "zoom-fit-best", "edit-copy", "document-save-as",
                                     "go-previous", "sidebar-show", "window-close"})
            QVERIFY2(used.contains(QLatin1String(expected)), expected);
    }
};

QTEST_MAIN(IconsTest)
#include "icons_test.moc"
