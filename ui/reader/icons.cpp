// SPDX-License-Identifier: MIT
// Recolours symbolic SVG icons: the shape's coverage (alpha) filled with one palette colour per icon mode.
#include "ui/reader/icons.h"

#include <QAbstractButton>
#include <QAction>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>
#include <QWidget>

#include <cmath>

namespace ae::ui {

namespace {

constexpr char kNameProperty[] = "aeThemedIcon";

// Symbolic icons are drawn on a 16-unit grid with 1-unit strokes. Scaled by a fraction (16 -> 20 px) every
// stroke straddles two pixels and turns into a faint blur, so draw at the largest whole multiple of the grid
// that fits the box (16 px in a 20 or 24 px box, at any device pixel ratio), centred; only a box smaller than
// the grid scales down.
QRectF targetRect(int size, const QSizeF &design, qreal dpr)
{
    const qreal grid = qMax(design.width(), design.height());
    qreal drawn = size;
    if (grid > 0 && size >= grid)
        drawn = std::floor(size / grid) * grid;
    const qreal margin = std::floor((size - drawn) / 2 * dpr);
    return QRectF(margin, margin, drawn * dpr, drawn * dpr);
}

QPixmap tinted(QSvgRenderer &svg, int size, const QColor &color, qreal dpr)
{
    const int side = qRound(size * dpr);
    QPixmap pm(side, side);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    svg.render(&p, targetRect(size, svg.viewBoxF().size(), dpr));
    // Keep the coverage, replace the colour: the file's own grey never reaches the screen.
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(pm.rect(), color);
    p.end();
    pm.setDevicePixelRatio(dpr);
    return pm;
}

} // namespace

QIcon themedIcon(const QString &name, const QPalette &palette)
{
    const std::pair<QIcon::Mode, QColor> modes[] = {
        {QIcon::Normal, palette.color(QPalette::Active, QPalette::ButtonText)},
        {QIcon::Disabled, palette.color(QPalette::Disabled, QPalette::ButtonText)},
        {QIcon::Selected, palette.color(QPalette::Active, QPalette::HighlightedText)},
    };
    // A theme switch, and the window's start, ask for the same icons more than once: render each once per
    // palette (a few dozen names, two or three palettes).
    static QHash<QString, QIcon> cache;
    QString key = name;
    for (const auto &[mode, color] : modes)
        key += QLatin1Char('/') + color.name(QColor::HexArgb);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;

    QSvgRenderer svg(QStringLiteral(":/ae/icons/yaru/%1.svg").arg(name));
    if (!svg.isValid())
        return {};
    QIcon icon;
    for (const int s : {16, 20, 24}) { // menus and rows, the main toolbar, Draw's toolbar (the style's size)
        for (const qreal dpr : {1.0, 2.0}) {
            for (const auto &[mode, color] : modes)
                icon.addPixmap(tinted(svg, s, color, dpr), mode);
        }
    }
    cache.insert(key, icon);
    return icon;
}

void setThemedIcon(QObject *target, const QString &name, const QPalette &palette)
{
    if (!target)
        return;
    target->setProperty(kNameProperty, name);
    target->setProperty("icon", themedIcon(name, palette));
}

QString themedIconName(const QObject *target)
{
    return target ? target->property(kNameProperty).toString() : QString();
}

void refreshThemedIcons(QWidget *root)
{
    if (!root)
        return;
    // root's palette for all: on a theme change the window hears of it before its children's palettes follow.
    const QPalette palette = root->palette();
    QList<QObject *> targets = root->findChildren<QObject *>();
    targets.prepend(root);
    for (QObject *o : std::as_const(targets)) {
        if (!qobject_cast<QAction *>(o) && !qobject_cast<QAbstractButton *>(o))
            continue;
        const QString name = themedIconName(o);
        if (!name.isEmpty())
            o->setProperty("icon", themedIcon(name, palette));
    }
}

} // namespace ae::ui
