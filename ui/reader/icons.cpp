// SPDX-License-Identifier: MIT
// Tints monochrome SVG icons: the shape's alpha with the palette colour, at the sizes toolbars and menus ask for.
#include "ui/reader/icons.h"

#include <QPainter>
#include <QSvgRenderer>

namespace ae::ui {

namespace {

QPixmap tinted(QSvgRenderer &svg, const QSize &size, const QColor &color, qreal dpr)
{
    QPixmap pm(size * dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    svg.render(&p);
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(pm.rect(), color);
    p.end();
    pm.setDevicePixelRatio(dpr);
    return pm;
}

} // namespace

QIcon themedIcon(const QString &name, const QPalette &palette)
{
    QSvgRenderer svg(QStringLiteral(":/ae/icons/%1.svg").arg(name));
    if (!svg.isValid())
        return {};
    QIcon icon;
    const QColor normal = palette.color(QPalette::Active, QPalette::ButtonText);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::ButtonText);
    for (const int s : {16, 20, 24, 32}) {
        for (const qreal dpr : {1.0, 2.0}) {
            icon.addPixmap(tinted(svg, QSize(s, s), normal, dpr), QIcon::Normal);
            icon.addPixmap(tinted(svg, QSize(s, s), disabled, dpr), QIcon::Disabled);
        }
    }
    return icon;
}

} // namespace ae::ui
