// SPDX-License-Identifier: MIT
// What an image source written in a document points at: a file of the library, a remote URL (never fetched),
// or something refused. The reader, the linter and the HTML allowlist all ask here.
#pragma once

#include <QString>

namespace ae::markdown {

struct ImageSource
{
    enum class Kind {
        Local,   // a file: path (percent-decoded, without ?query or #fragment), relative to the document's
                 // folder, or to the library root when rootRelative ("/images/x.png", as GitHub reads it in a
                 // README)
        Remote,  // http(s) or protocol-relative "//host/...": url, never loaded by the app
        Refused, // empty, or any other scheme (file:, data:, javascript:, ...): never loaded
    };
    Kind kind = Kind::Refused;
    QString path;
    bool rootRelative = false;
    QString url;
};

ImageSource classifyImageSource(const QString &src);

// src is a link target the reader may follow: relative, #anchor, http, https or mailto (other schemes are
// refused, also when disguised with entities, case or control characters: "jav&#x61;script:",
// "JAVA\tSCRIPT:").
bool isAllowedLinkTarget(const QString &href);

} // namespace ae::markdown
