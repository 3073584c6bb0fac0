// SPDX-License-Identifier: MIT
#include "ui/appstyle.h"

#include "ui/reader/documentstyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace ae::ui {

AppStyle::AppStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

QColor AppStyle::indicatorOutline(const QPalette &palette)
{
    // Halfway from the window towards the text: 3:1 or more on both palettes (tested).
    return mixColors(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.55);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(indicatorOutline(option->palette), 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(r);
    else
        painter->drawRoundedRect(r, 2, 2);
    painter->restore();
}

} // namespace ae::ui
