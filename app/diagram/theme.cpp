// SPDX-License-Identifier: MIT
// The light and dark palettes, and the rules for colour overrides.
#include "diagram/theme.h"

#include "draw/chartstyle.h"

#include <algorithm>
#include <cmath>

namespace ae::diagram {

namespace {

// `c` made lighter (on dark fills) or darker until it keeps `ratio`:1 against `background`.
QColor withContrast(QColor c, const QColor &background, double ratio, bool lighten)
{
    for (int i = 0; i < 60; ++i) {
        if (draw::contrastRatio(c, background) >= ratio)
            break;
        c = QColor::fromHslF(c.hslHueF() < 0 ? 0 : c.hslHueF(), c.hslSaturationF(),
                             std::clamp(c.lightnessF() + (lighten ? 0.02 : -0.02), 0.0, 1.0));
    }
    return c;
}

QFont pixelFont(int px, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(px);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    f.setHintingPreference(QFont::PreferNoHinting); // same advances on screen, PNG and PDF
    return f;
}

// Hue per kind family: databases blue, caches/key-value red, messaging amber, storage green, compute slate,
// ...
int kindHue(NodeKind kind)
{
    switch (kind) {
    case NodeKind::User:
        return 265;
    case NodeKind::Client:
        return 250;
    case NodeKind::Service:
        return 215;
    case NodeKind::Worker:
        return 195;
    case NodeKind::Gateway:
        return 180;
    case NodeKind::LoadBalancer:
        return 170;
    case NodeKind::Database:
        return 210;
    case NodeKind::DocumentStore:
        return 140;
    case NodeKind::KeyValue:
        return 5;
    case NodeKind::Cache:
        return 350;
    case NodeKind::Queue:
        return 35;
    case NodeKind::Stream:
        return 25;
    case NodeKind::ObjectStorage:
        return 100;
    case NodeKind::SearchIndex:
        return 290;
    case NodeKind::Warehouse:
        return 230;
    case NodeKind::GraphDatabase:
        return 310;
    case NodeKind::VectorDatabase:
        return 275;
    case NodeKind::TimeSeries:
        return 160;
    case NodeKind::Cdn:
        return 200;
    case NodeKind::External:
        return 0;
    case NodeKind::Note:
        return 50;
    case NodeKind::Generic:
        return 0;
    }
    return 0;
}

bool isNeutral(NodeKind kind)
{
    return kind == NodeKind::External || kind == NodeKind::Generic;
}

QColor pick(bool dark, const QColor &plain, const QColor &darkColor)
{
    if (dark && darkColor.isValid())
        return darkColor;
    return plain;
}

} // namespace

Theme Theme::light()
{
    Theme t;
    t.isDark = false;
    t.font = pixelFont(13);
    t.smallFont = pixelFont(11);
    t.titleFont = pixelFont(12, true);
    t.background = QColor(0xff, 0xff, 0xff);
    t.text = QColor(0x1f, 0x29, 0x37);
    t.secondaryText = QColor(0x5b, 0x65, 0x73);
    t.edge = QColor(0x5f, 0x6b, 0x7a);
    t.edgeText = QColor(0x37, 0x41, 0x51);
    t.edgeLabelFill = QColor(0xff, 0xff, 0xff);
    t.groupText = QColor(0x37, 0x41, 0x51);
    t.highlight = QColor(0xf5, 0x9e, 0x0b);
    t.shadow = QColor(0x0f, 0x17, 0x2a, 0x18);
    return t;
}

Theme Theme::dark()
{
    Theme t = light();
    t.isDark = true;
    t.background = QColor(0x16, 0x1b, 0x22);
    t.text = QColor(0xe6, 0xed, 0xf3);
    t.secondaryText = QColor(0x9d, 0xa7, 0xb3);
    t.edge = QColor(0x8b, 0x95, 0xa1);
    t.edgeText = QColor(0xc9, 0xd1, 0xd9);
    t.edgeLabelFill = QColor(0x16, 0x1b, 0x22);
    t.groupText = QColor(0xc9, 0xd1, 0xd9);
    t.highlight = QColor(0xfb, 0xbf, 0x24);
    t.shadow = QColor(0, 0, 0, 0);
    return t;
}

Theme Theme::named(const QString &name)
{
    return name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0 ? dark() : light();
}

KindPalette Theme::kindPalette(NodeKind kind) const
{
    const int hue = kindHue(kind);
    const int sat = isNeutral(kind) ? 0 : 255;
    KindPalette p;
    if (kind == NodeKind::Note) {
        p.fill = isDark ? QColor(0x3a, 0x34, 0x1c) : QColor(0xfe, 0xf9, 0xe3);
        p.stroke = isDark ? QColor(0x8a, 0x7a, 0x3a) : QColor(0xd6, 0xc2, 0x6e);
        p.accent = withContrast(p.stroke, p.fill, 3.0, isDark);
        return p;
    }
    if (isDark) {
        p.fill = QColor::fromHsl(hue, sat * 30 / 100, 46);
        p.stroke = QColor::fromHsl(hue, sat * 45 / 100, 120);
        p.accent = QColor::fromHsl(hue, sat * 70 / 100, 170);
    } else {
        p.fill = QColor::fromHsl(hue, sat * 70 / 100, 244);
        p.stroke = QColor::fromHsl(hue, sat * 45 / 100, 130);
        p.accent = QColor::fromHsl(hue, sat * 60 / 100, 105);
    }
    // The icon is a graphic that carries meaning: 3:1 on its fill (WCAG 1.4.11), whatever the hue's
    // luminance.
    p.accent = withContrast(p.accent, p.fill, 3.0, isDark);
    return p;
}

KindPalette Theme::groupPalette(const QString &groupKind) const
{
    int hue = 215;
    int sat = 40;
    if (groupKind == QLatin1String("region")) {
        hue = 210;
        sat = 60;
    } else if (groupKind == QLatin1String("zone")) {
        hue = 150;
        sat = 45;
    } else if (groupKind == QLatin1String("vpc")) {
        hue = 30;
        sat = 60;
    } else if (groupKind == QLatin1String("tier")) {
        hue = 265;
        sat = 40;
    } else if (groupKind == QLatin1String("cluster")) {
        hue = 185;
        sat = 45;
    } else {
        sat = 10;
    }
    KindPalette p;
    if (isDark) {
        p.fill = QColor::fromHsl(hue, sat, 34, 140);
        p.stroke = QColor::fromHsl(hue, sat, 95);
        p.accent = QColor::fromHsl(hue, sat + 40, 170);
    } else {
        p.fill = QColor::fromHsl(hue, sat + 60, 247);
        p.stroke = QColor::fromHsl(hue, sat, 190);
        p.accent = QColor::fromHsl(hue, sat + 40, 95);
    }
    return p;
}

QColor Theme::nodeFill(const Node &node) const
{
    const QColor c = pick(isDark, node.colors.fill, node.colors.darkFill);
    return c.isValid() ? c : kindPalette(node.kind).fill;
}

QColor Theme::nodeStroke(const Node &node) const
{
    const QColor c = pick(isDark, node.colors.stroke, node.colors.darkStroke);
    return c.isValid() ? c : kindPalette(node.kind).stroke;
}

QColor Theme::nodeText(const Node &node) const
{
    const QColor c = pick(isDark, node.colors.text, node.colors.darkText);
    return c.isValid() ? c : text;
}

QColor Theme::edgeStroke(const Edge &e) const
{
    const QColor c = pick(isDark, e.colors.stroke, e.colors.darkStroke);
    return c.isValid() ? c : edge;
}

QColor Theme::edgeLabelText(const Edge &e) const
{
    const QColor c = pick(isDark, e.colors.text, e.colors.darkText);
    return c.isValid() ? c : edgeText;
}

QColor Theme::groupFill(const Group &group) const
{
    const QColor c = pick(isDark, group.colors.fill, group.colors.darkFill);
    return c.isValid() ? c : groupPalette(group.kind).fill;
}

QColor Theme::groupStroke(const Group &group) const
{
    const QColor c = pick(isDark, group.colors.stroke, group.colors.darkStroke);
    return c.isValid() ? c : groupPalette(group.kind).stroke;
}

QString Theme::svgFontFamily()
{
    return QStringLiteral("DejaVu Sans, Verdana, Arial, sans-serif");
}

} // namespace ae::diagram
