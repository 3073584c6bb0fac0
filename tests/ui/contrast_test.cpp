// SPDX-License-Identifier: MIT
// WCAG AA contrast, computed from the colours the app actually uses, in both themes: the widget palettes, the
// check box outline of the app style, the reader's style sheet, the advisor's HTML colours, the diagram
// themes (node text on every kind's fill, edge labels on their pills) and the legend swatches. Text
// needs 4.5:1; graphics 3:1.
#include "diagram/kinds.h"
#include "diagram/theme.h"
#include "draw/chartstyle.h"
#include "ui/advisor/resultdetails.h"
#include "ui/advisor/resultslist.h"
#include "ui/appstyle.h"
#include "ui/reader/documentstyle.h"
#include "ui/theme.h"

#include <QRegularExpression>
#include <QTest>

using ae::draw::contrastRatio;

namespace {

QString describe(const char *what, const QColor &fg, const QColor &bg)
{
    return QStringLiteral("%1: %2 on %3 = %4:1")
        .arg(QLatin1String(what), fg.name(), bg.name())
        .arg(contrastRatio(fg, bg), 0, 'f', 2);
}

#define VERIFY_CONTRAST(what, fg, bg, min)                                                                   \
    QVERIFY2(contrastRatio(fg, bg) >= (min), qPrintable(describe(what, fg, bg)))

// "selector { ... property: #rrggbb ... }" -> the colour.
QColor cssColor(const QString &css, const QString &selector, const QString &property)
{
    const QRegularExpression re(QRegularExpression::escape(selector) + QStringLiteral("\\s*\\{[^}]*?\\b") +
                                QRegularExpression::escape(property) +
                                QStringLiteral("\\s*:\\s*(#[0-9a-fA-F]{6})"));
    const QRegularExpressionMatch m = re.match(css);
    return m.hasMatch() ? QColor(m.captured(1)) : QColor();
}

} // namespace

class ContrastTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void themes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void widgetPalette_data() { themes_data(); }
    void widgetPalette()
    {
        QFETCH(bool, dark);
        const QPalette p = dark ? ae::ui::Theme::darkPalette() : ae::ui::Theme::lightPalette();
        VERIFY_CONTRAST("window text", p.color(QPalette::WindowText), p.color(QPalette::Window), 4.5);
        VERIFY_CONTRAST("text", p.color(QPalette::Text), p.color(QPalette::Base), 4.5);
        VERIFY_CONTRAST("button text", p.color(QPalette::ButtonText), p.color(QPalette::Button), 4.5);
        VERIFY_CONTRAST("tooltip", p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase), 4.5);
        VERIFY_CONTRAST("selection", p.color(QPalette::HighlightedText), p.color(QPalette::Highlight), 4.5);
        VERIFY_CONTRAST("link", p.color(QPalette::Link), p.color(QPalette::Base), 4.5);
        VERIFY_CONTRAST("visited link", p.color(QPalette::LinkVisited), p.color(QPalette::Base), 4.5);
        VERIFY_CONTRAST("placeholder", p.color(QPalette::PlaceholderText), p.color(QPalette::Base), 4.5);
        const QColor outline = ae::ui::AppStyle::indicatorOutline(p);
        VERIFY_CONTRAST("check box outline on window", outline, p.color(QPalette::Window), 3.0);
        VERIFY_CONTRAST("check box outline on base", outline, p.color(QPalette::Base), 3.0);
    }

    void documentStyleSheet_data() { themes_data(); }
    void documentStyleSheet()
    {
        QFETCH(bool, dark);
        const QPalette p = dark ? ae::ui::Theme::darkPalette() : ae::ui::Theme::lightPalette();
        const QString css = ae::ui::documentStyleSheet(p, 11, 100);
        QVERIFY(!css.isEmpty());
        const QColor base = p.color(QPalette::Base);
        const QColor text = cssColor(css, QStringLiteral("body"), QStringLiteral("color"));
        QVERIFY(text.isValid());
        VERIFY_CONTRAST("body", text, base, 4.5);
        VERIFY_CONTRAST("h1", cssColor(css, QStringLiteral("h1"), QStringLiteral("color")), base, 4.5);
        VERIFY_CONTRAST("h4", cssColor(css, QStringLiteral("h4, h5, h6"), QStringLiteral("color")), base,
                        4.5);
        VERIFY_CONTRAST("link", cssColor(css, QStringLiteral("a"), QStringLiteral("color")), base, 4.5);
        VERIFY_CONTRAST("quote", cssColor(css, QStringLiteral("blockquote"), QStringLiteral("color")), base,
                        4.5);
        VERIFY_CONTRAST("code", text,
                        cssColor(css, QStringLiteral("code"), QStringLiteral("background-color")), 4.5);
        VERIFY_CONTRAST("table head", text,
                        cssColor(css, QStringLiteral("th"), QStringLiteral("background-color")), 4.5);
        VERIFY_CONTRAST("raw html", cssColor(css, QStringLiteral("pre.rawhtml"), QStringLiteral("color")),
                        cssColor(css, QStringLiteral("pre"), QStringLiteral("background-color")), 4.5);
    }

    void advisorHtml_data() { themes_data(); }
    void advisorHtml()
    {
        QFETCH(bool, dark);
        const QPalette p = dark ? ae::ui::Theme::darkPalette() : ae::ui::Theme::lightPalette();
        const ae::ui::advisor::HtmlColors c = ae::ui::advisor::HtmlColors::from(p);
        const QColor base = p.color(QPalette::Base);
        VERIFY_CONTRAST("reason", QColor(c.text), base, 4.5);
        VERIFY_CONTRAST("answer (muted)", QColor(c.muted), base, 4.5);
        VERIFY_CONTRAST("points against", QColor(c.negative), base, 4.5);
        VERIFY_CONTRAST("evidence link", QColor(c.link), base, 4.5);
        for (int i = 0; i < 6; ++i)
            VERIFY_CONTRAST("factor swatch", ae::ui::advisor::factorColor(i), p.color(QPalette::Window), 3.0);
    }

    void diagramThemes_data() { themes_data(); }
    void diagramThemes()
    {
        QFETCH(bool, dark);
        const ae::diagram::Theme t = dark ? ae::diagram::Theme::dark() : ae::diagram::Theme::light();
        for (int k = 0; k <= int(ae::diagram::NodeKind::Generic); ++k) {
            const auto kind = ae::diagram::NodeKind(k);
            const ae::diagram::KindPalette kp = t.kindPalette(kind);
            const QByteArray name = ae::diagram::kindNames().value(k).toUtf8();
            VERIFY_CONTRAST(name.constData(), t.text, kp.fill, 4.5);
            VERIFY_CONTRAST(name.constData(), t.secondaryText, kp.fill, 4.5);
            VERIFY_CONTRAST(name.constData(), kp.accent, kp.fill, 3.0);
        }
        VERIFY_CONTRAST("edge label", t.edgeText, t.edgeLabelFill, 4.5);
        VERIFY_CONTRAST("edge", t.edge, t.background, 3.0);
        VERIFY_CONTRAST("group title", t.groupText, t.background, 4.5);
        VERIFY_CONTRAST("title", t.text, t.background, 4.5);
    }
};

QTEST_MAIN(ContrastTest)
#include "contrast_test.moc"
