// SPDX-License-Identifier: MIT
// The style's icons that widgets make when they are built but seldom show (a line edit's clear button, a
// bar's extension arrow) are read when first drawn, not while the window is built: the first frame reads
// none, a field's clear button appears once it has text, shows Fusion's own icon, and clears the field. The
// application's own icon is drawn by the app when first asked for: no icon plugin is loaded at start.
#include "ui/application.h"
#include "ui/appstyle.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QPainter>
#include <QProxyStyle>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QSvgRenderer>
#include <QTest>
#include <QToolButton>

using ae::ui::AppStyle;
using ae::ui::MainWindow;

namespace {

// Fusion, counting the standard icons asked of it.
class CountingStyle : public QProxyStyle
{
public:
    CountingStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override
    {
        ++asked[which];
        return QProxyStyle::standardIcon(which, option, widget);
    }
    mutable QHash<int, int> asked;
};

// The shown clear button of edit, or null.
QToolButton *clearButtonOf(QLineEdit *edit)
{
    for (QToolButton *b : edit->findChildren<QToolButton *>())
        if (b->isVisible() && b->defaultAction() && b->defaultAction()->isEnabled())
            return b;
    return nullptr;
}

// Whether a Qt icon engine plugin is mapped into this process.
bool iconPluginLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("/iconengines/");
}

bool samePixels(const QPixmap &a, const QPixmap &b)
{
    return !a.isNull() && a.size() == b.size() &&
           a.toImage().convertToFormat(QImage::Format_ARGB32) ==
               b.toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class StartupIconsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    // First: no other test has drawn an icon from a file yet.
    void theApplicationIcon_isDrawnByTheApp_noIconPluginAtStart()
    {
        QVERIFY(!iconPluginLoaded());
        ae::ui::setApplicationIdentity();
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(!iconPluginLoaded()); // the window built and painted, its icon not drawn yet
        }
        // Asked for, the icon is the app's SVG in its own colours, filling the size asked for.
        const QString file = QStringLiteral(":/ae/icons/app/io.github.archexplorer.ArchitectureExplorer.svg");
        QSvgRenderer svg(file);
        QVERIFY(svg.isValid());
        for (const int side : {16, 64}) {
            QImage expected(side, side, QImage::Format_ARGB32_Premultiplied);
            expected.fill(Qt::transparent);
            QPainter p(&expected);
            p.setRenderHint(QPainter::Antialiasing);
            svg.render(&p, QRectF(0, 0, side, side));
            p.end();
            const QPixmap drawn = QGuiApplication::windowIcon().pixmap(QSize(side, side), 1.0);
            QCOMPARE(drawn.size(), QSize(side, side));
            QCOMPARE(drawn.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied), expected);
        }
        QVERIFY(QGuiApplication::windowIcon().availableSizes().contains(QSize(64, 64)));
        QVERIFY(!iconPluginLoaded());
    }

    void theDeferredIcons_areFusionsOwn_atEveryScale()
    {
        AppStyle style;
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        for (const QStyle::StandardPixmap which :
             {QStyle::SP_LineEditClearButton, QStyle::SP_ToolBarHorizontalExtensionButton,
              QStyle::SP_ToolBarVerticalExtensionButton}) {
            const QIcon ours = style.standardIcon(which);
            const QIcon theirs = fusion->standardIcon(which);
            QVERIFY(!ours.isNull());
            QCOMPARE(ours.availableSizes(), theirs.availableSizes());
            for (const int side : {12, 16, 24, 32}) {
                QCOMPARE(ours.actualSize(QSize(side, side)), theirs.actualSize(QSize(side, side)));
                for (const qreal dpr : {1.0, 1.5, 2.0})
                    QVERIFY2(
                        samePixels(ours.pixmap(QSize(side, side), dpr),
                                   theirs.pixmap(QSize(side, side), dpr)),
                        qPrintable(QStringLiteral("icon %1 at %2 px, %3x").arg(which).arg(side).arg(dpr)));
            }
        }
    }

    void theFirstFrame_readsNoClearOrExtensionIcon_theClearButtonComesWithText()
    {
        auto *style = new AppStyle;
        auto *counting = new CountingStyle;
        style->setBaseStyle(counting); // the window's widgets ask AppStyle, which asks Fusion through this
        QApplication::setStyle(style);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        (void)w.grab(); // every widget of the first frame painted
        QCOMPARE(counting->asked.value(QStyle::SP_LineEditClearButton), 0);
        QCOMPARE(counting->asked.value(QStyle::SP_ToolBarHorizontalExtensionButton), 0);
        QCOMPARE(counting->asked.value(QStyle::SP_ToolBarVerticalExtensionButton), 0);

        auto *filter = w.findChild<QLineEdit *>(QStringLiteral("libraryFilter"));
        QVERIFY(filter);
        QVERIFY(!clearButtonOf(filter)); // an empty field has none
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("fin"));
        QToolButton *clear = nullptr;
        QTRY_VERIFY((clear = clearButtonOf(filter)));
        (void)filter->grab(); // the button is drawn: its icon is read now, once
        QCOMPARE(counting->asked.value(QStyle::SP_LineEditClearButton), 1);
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(samePixels(clear->icon().pixmap(QSize(16, 16), 1.0),
                           fusion->standardIcon(QStyle::SP_LineEditClearButton).pixmap(QSize(16, 16), 1.0)));
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(filter->text(), QString());
        QTRY_VERIFY(!clearButtonOf(filter));
        QApplication::setStyle(QStringLiteral("Fusion"));
    }
};

QTEST_MAIN(StartupIconsTest)
#include "startup_icons_test.moc"
