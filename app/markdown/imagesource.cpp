// SPDX-License-Identifier: MIT
#include "markdown/imagesource.h"

#include <QUrl>

namespace ae::markdown {

namespace {

// The scheme of a URL as a browser reads it: control characters and spaces ignored, lower-case; empty when
// the text before the first ':' is not a scheme (a relative path such as "a:b/c.png" has a '/' before the
// colon).
QString schemeOf(const QString &url)
{
    QString compact;
    for (const QChar c : url) {
        if (c.unicode() > 0x20)
            compact += c;
    }
    const int colon = compact.indexOf(QLatin1Char(':'));
    if (colon < 1)
        return {};
    for (int i = 0; i < colon; ++i) {
        const QChar c = compact.at(i);
        const bool ok = c.isLetter() || (i > 0 && (c.isDigit() || c == QLatin1Char('+') ||
                                                   c == QLatin1Char('-') || c == QLatin1Char('.')));
        if (!ok || c.unicode() > 0x7f)
            return {};
    }
    return compact.left(colon).toLower();
}

} // namespace

ImageSource classifyImageSource(const QString &src)
{
    ImageSource s;
    const QString t = src.trimmed();
    if (t.isEmpty())
        return s;
    if (t.startsWith(QLatin1String("//"))) {
        s.kind = ImageSource::Kind::Remote;
        s.url = QStringLiteral("https:") + t;
        return s;
    }
    const QString scheme = schemeOf(t);
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        s.kind = ImageSource::Kind::Remote;
        s.url = t;
        return s;
    }
    if (!scheme.isEmpty())
        return s;
    QString path = t;
    for (const QChar stop : {QLatin1Char('?'), QLatin1Char('#')}) {
        const int at = path.indexOf(stop);
        if (at >= 0)
            path.truncate(at);
    }
    path = QUrl::fromPercentEncoding(path.toUtf8());
    if (path.isEmpty() || path.contains(QChar(0)))
        return s;
    s.kind = ImageSource::Kind::Local;
    s.rootRelative = path.startsWith(QLatin1Char('/'));
    s.path = s.rootRelative ? path.mid(1) : path;
    if (s.path.isEmpty())
        s.kind = ImageSource::Kind::Refused;
    return s;
}

bool isAllowedLinkTarget(const QString &href)
{
    const QString scheme = schemeOf(href);
    return scheme.isEmpty() || scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           scheme == QLatin1String("mailto");
}

} // namespace ae::markdown
