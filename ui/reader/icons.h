// SPDX-License-Identifier: MIT
// Toolbar icons: monochrome SVGs from resources/icons, tinted with the palette's text colour so they follow the theme.
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace ae::ui {

// name: file name in resources/icons without ".svg" ("go-back"). Null icon when the resource is missing.
QIcon themedIcon(const QString &name, const QPalette &palette);

} // namespace ae::ui
