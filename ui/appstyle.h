// SPDX-License-Identifier: MIT
// The application's style: Fusion, with check box and radio button indicators outlined in a colour that keeps
// 3:1 against the window in both themes (Fusion's own outline is the window colour darkened, which on the
// dark palette left unchecked boxes all but invisible).
#pragma once
#include <QProxyStyle>

namespace ae::ui {

class AppStyle : public QProxyStyle
{
public:
    AppStyle();
    // The outline drawn around indicators for `palette` (exposed for the contrast test).
    static QColor indicatorOutline(const QPalette &palette);
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    // The clear button of a line edit and the extension arrows of menu and tool bars: icons every such widget
    // makes when it is built, and seldom shows (an empty field has no clear button; a bar shows its arrow
    // only when it overflows). Fusion reads them from PNGs, the first one loading the image readers: they are
    // read when first drawn or measured, and are then Fusion's own.
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace ae::ui
