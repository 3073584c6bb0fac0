// SPDX-License-Identifier: MIT
// The small pieces every SVG 1.1 writer of the project needs: numbers with fixed precision, XML-escaped text,
// fill/stroke attributes with opacity (SVG 1.1 has no #rrggbbaa).
#pragma once
#include <QByteArray>
#include <QColor>
#include <QPointF>
#include <QString>

namespace ae::draw {

QByteArray svgNumber(qreal v);             // 2 decimals at most, no trailing zeros, never "-0"
QByteArray svgEscape(const QString &text); // &, <, >, " escaped; characters XML 1.0 forbids dropped
QByteArray svgPaint(const char *attribute,
                    const QColor &color); // ` fill="#rrggbb" fill-opacity=".5"` or `="none"`
QByteArray svgHeader(qreal width, qreal height, const QString &fontFamily,
                     const QPointF &origin = {}); // XML declaration, DOCTYPE, <svg ...>

} // namespace ae::draw
