// SPDX-License-Identifier: MIT
// What a link in a document points at, decided without any UI: the document view and the linter both ask
// here.
#pragma once

#include <QString>

namespace ae::content {

class Library;

struct LinkTarget
{
    enum class Kind {
        Internal, // another document in the library: path (+ anchor)
        Anchor,   // a heading in the same document: anchor
        Missing,  // names a Markdown path that is not in the library: path (normalised), href as written
        External, // http, https or mailto: url
        Diagram,  // "diagram:N": diagramIndex
        Rejected, // leaves the library root, or a scheme we never open (file:, javascript:, ...)
    };
    Kind kind = Kind::Rejected;
    QString path;   // library-relative document path (Internal, Missing)
    QString anchor; // without '#' (Internal, Anchor); may be empty
    QString url;    // External: the URL as written
    int diagramIndex = -1;
    QString href; // the link as written
};

// Resolves href written in document fromDoc (library-relative) against the library. Pure: reads only
// library.find(). Relative paths are resolved against fromDoc's folder; a path that climbs above the library
// root is Missing when it names a .md file (the seed's links to tutorials we do not ship) and Rejected
// otherwise.
LinkTarget resolveLink(const Library &library, const QString &fromDoc, const QString &href);

// Joins a relative path onto a document's folder and normalises "." and ".."; returns a null QString when the
// result climbs above the root. "case-studies/a.md" + "../guide/b.md" -> "guide/b.md".
QString resolveRelative(const QString &fromDoc, const QString &relative);

} // namespace ae::content
