// SPDX-License-Identifier: MIT
// Link resolution: a pure function of the library's document list, the linking document and the href.
#include "content/links.h"

#include "content/library.h"

#include <QUrl>

namespace ae::content {

namespace {

bool isMarkdownPath(const QString &path)
{
    return path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive);
}

// "scheme:" with a scheme of 2+ letters (so a Windows drive "C:" is not a scheme).
QString schemeOf(const QString &href)
{
    const int colon = href.indexOf(QLatin1Char(':'));
    if (colon < 2)
        return {};
    for (int i = 0; i < colon; ++i) {
        const QChar c = href.at(i);
        if (!(c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('-') ||
              c == QLatin1Char('.')))
            return {};
    }
    return href.left(colon).toLower();
}

} // namespace

QString resolveRelative(const QString &fromDoc, const QString &relative)
{
    QStringList parts = fromDoc.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!parts.isEmpty())
        parts.removeLast(); // the document's own file name
    for (const QString &p : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String("."))
            continue;
        if (p == QLatin1String("..")) {
            if (parts.isEmpty())
                return QString(); // above the root
            parts.removeLast();
            continue;
        }
        parts.append(p);
    }
    return parts.join(QLatin1Char('/'));
}

LinkTarget resolveLink(const Library &library, const QString &fromDoc, const QString &href)
{
    LinkTarget t;
    t.href = href;
    const QString h = href.trimmed();
    if (h.isEmpty())
        return t; // Rejected: cmark blanks unsafe URLs (javascript:) to ""
    if (h.startsWith(QLatin1Char('#'))) {
        t.kind = LinkTarget::Kind::Anchor;
        t.anchor = QUrl::fromPercentEncoding(h.mid(1).toUtf8());
        t.path = fromDoc;
        return t;
    }
    const QString scheme = schemeOf(h);
    if (scheme == QLatin1String("diagram")) {
        bool ok = false;
        const int n = h.mid(8).toInt(&ok);
        if (ok && n >= 0) {
            t.kind = LinkTarget::Kind::Diagram;
            t.diagramIndex = n;
        }
        return t;
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
        scheme == QLatin1String("mailto")) {
        t.kind = LinkTarget::Kind::External;
        t.url = h;
        return t;
    }
    if (!scheme.isEmpty())
        return t; // file:, javascript:, data:, ftp:, ... never opened from a document

    const int hash = h.indexOf(QLatin1Char('#'));
    QString pathPart = hash >= 0 ? h.left(hash) : h;
    const int query = pathPart.indexOf(QLatin1Char('?'));
    if (query >= 0)
        pathPart.truncate(query);
    pathPart = QUrl::fromPercentEncoding(pathPart.toUtf8());
    t.anchor = hash >= 0 ? QUrl::fromPercentEncoding(h.mid(hash + 1).toUtf8()) : QString();
    if (pathPart.startsWith(QLatin1Char('/')) || pathPart.startsWith(QLatin1Char('\\')) ||
        pathPart.startsWith(QLatin1Char('~')))
        return t; // absolute paths point outside the library by definition
    const QString resolved = resolveRelative(fromDoc, pathPart);
    if (resolved.isNull() || resolved.isEmpty()) {
        // Above the root: a Markdown link is a document we do not ship (say so); anything else is refused.
        if (isMarkdownPath(pathPart)) {
            t.kind = LinkTarget::Kind::Missing;
            t.path = pathPart;
        }
        return t;
    }
    t.path = resolved;
    t.kind = library.find(resolved) ? LinkTarget::Kind::Internal : LinkTarget::Kind::Missing;
    return t;
}

} // namespace ae::content
