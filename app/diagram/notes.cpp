// SPDX-License-Identifier: MIT
// Note cards under nodes (see notes.h).
#include "diagram/notes.h"
#include "diagram/shapes.h"
#include "draw/chartstyle.h"
#include "draw/drawlist.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace ae::diagram {

namespace {

// `c` darkened (light card) or lightened (dark card) until it keeps `ratio`:1 against `background`.
QColor withContrast(QColor c, const QColor &background, double ratio, bool lighten)
{
    for (int i = 0; i < 60 && draw::contrastRatio(c, background) < ratio; ++i)
        c = QColor::fromHslF(c.hslHueF() < 0 ? 0 : c.hslHueF(), c.hslSaturationF(),
                             std::clamp(c.lightnessF() + (lighten ? 0.02 : -0.02), 0.0, 1.0));
    return c;
}

} // namespace

bool drawsNote(const Node &node)
{
    return node.showNote && !node.invisible && !node.note.trimmed().isEmpty();
}

QStringList noteLines(const Node &node, const Theme &theme, qreal cardWidth)
{
    return draw::wrapText(node.note.trimmed(), theme.smallFont, cardWidth - 2 * kNotePadX);
}

QSizeF noteSize(const Node &node, const Theme &theme, qreal bodyWidth)
{
    const qreal width = std::max(bodyWidth, kNoteMinWidth);
    const QStringList lines = noteLines(node, theme, width);
    const QFontMetricsF fm(theme.smallFont);
    qreal widest = 0;
    for (const QString &l : lines)
        widest = std::max(widest, fm.horizontalAdvance(l));
    return {std::ceil(std::max(width, widest + 2 * kNotePadX)),
            std::ceil(kNoteGap + 2 * kNotePadY + fm.height() * lines.size())};
}

QRectF nodeBodyRect(const Node &node, const QRectF &box, const Theme &theme)
{
    if (!drawsNote(node))
        return box;
    const QSizeF body = nodeBodySize(node, theme);
    const qreal w = std::min(box.width(), body.width());
    const qreal h = std::max(1.0, box.height() - noteSize(node, theme, body.width()).height());
    return {box.center().x() - w / 2, box.top(), w, h};
}

QRectF noteRect(const Node &node, const QRectF &box, const Theme &theme)
{
    if (!drawsNote(node))
        return {};
    const QRectF body = nodeBodyRect(node, box, theme);
    return QRectF(QPointF(box.left(), body.bottom() + kNoteGap), box.bottomRight());
}

NoteColors noteColors(const Theme &theme)
{
    NoteColors c;
    if (theme.isDark) {
        c.fill = QColor(0x2a, 0x27, 0x18);
        c.stroke = QColor(0x7a, 0x6c, 0x3a);
    } else {
        c.fill = QColor(0xff, 0xf8, 0xdc);
        c.stroke = QColor(0xd4, 0xc0, 0x7a);
    }
    c.text = withContrast(theme.text, c.fill, 4.5, theme.isDark);
    return c;
}

} // namespace ae::diagram
