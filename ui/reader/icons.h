// SPDX-License-Identifier: MIT
// Toolbar and menu icons: the symbolic SVGs in resources/icons/yaru (freedesktop names, from the Yaru icon
// theme), recoloured with the palette's button text colour so they read as dark on light and light on dark.
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

class QObject;
class QWidget;

namespace ae::ui {

// name: a freedesktop icon name ("zoom-in", "document-save-as"), a file in resources/icons/yaru without
// ".svg". Normal in ButtonText, Disabled in the disabled ButtonText, Selected in HighlightedText, at 16, 20
// and 24 px (1x and 2x). Null icon when the resource is missing. The one place icons are loaded and
// recoloured. Pass the window's palette (window()->palette()): on a theme change the window hears of it, and
// refreshes its icons, before its children's palettes follow.
QIcon themedIcon(const QString &name, const QPalette &palette);

// Starts drawing a themedIcon() at `size` logical pixels, in `mode`, at `dpr` on a worker, so that the first
// paint that asks for it takes the drawing instead of making it on the UI thread (the window's tool bars,
// drawn while the window is still being built). Other icons are left as they are.
void prepareIcon(const QIcon &icon, int size, QIcon::Mode mode, qreal dpr);

// An SVG file as an icon in its own colours, drawn when first shown at the size asked for, then kept: no icon
// plugin is loaded and nothing is drawn before it is shown (the application's icon, set at start).
QIcon scalableIcon(const QString &file);

// Sets themedIcon(name, palette) as target's "icon" property (a QAction or a QAbstractButton) and remembers
// the name, so refreshThemedIcons() can recolour it when the theme changes.
void setThemedIcon(QObject *target, const QString &name, const QPalette &palette);

// The name setThemedIcon() gave target; empty when it has none.
QString themedIconName(const QObject *target);

// Recolours, for root's current palette, every action and button under root (root included) that
// setThemedIcon() named.
void refreshThemedIcons(QWidget *root);

} // namespace ae::ui
