// SPDX-License-Identifier: MIT
#include "draw/svgbasics.h"

#include <algorithm>

namespace ae::draw {

QByteArray svgNumber(qreal v)
{
    QByteArray s = QByteArray::number(v, 'f', 2);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    if (s == "-0")
        s = "0";
    return s;
}

QByteArray svgEscape(const QString &text)
{
    // Most text needs nothing escaped or dropped: write it as it is.
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == '&' || u == '<' || u == '>' || u == '"' || u < 0x20 || u == 0xFFFE || u == 0xFFFF;
    });
    if (plain)
        return text.toUtf8();
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        default:
            // XML 1.0 forbids most control characters, even escaped.
            if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n'))
                continue;
            if (c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
                continue;
            out += c;
        }
    }
    return out.toUtf8();
}

QByteArray svgPaint(const char *attribute, const QColor &c)
{
    if (!c.isValid() || c.alpha() == 0)
        return QByteArray(" ") + attribute + "=\"none\"";
    QByteArray s = QByteArray(" ") + attribute + "=\"" + c.name(QColor::HexRgb).toLatin1() + "\"";
    if (c.alpha() < 255)
        s += QByteArray(" ") + attribute + "-opacity=\"" + svgNumber(c.alphaF()) + "\"";
    return s;
}

QByteArray svgHeader(qreal width, qreal height, const QString &fontFamily, const QPointF &origin)
{
    QByteArray s;
    s += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n";
    s += "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
         "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n";
    s += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + svgNumber(width) +
         "\" height=\"" + svgNumber(height) + "\" viewBox=\"" + svgNumber(origin.x()) + " " +
         svgNumber(origin.y()) + " " + svgNumber(width) + " " + svgNumber(height) + "\" font-family=\"" +
         svgEscape(fontFamily) + "\">\n";
    return s;
}

} // namespace ae::draw
