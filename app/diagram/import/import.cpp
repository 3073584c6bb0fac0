// SPDX-License-Identifier: MIT
// Format detection and dispatch to the .arch, DOT and Mermaid readers.
#include "diagram/import/import.h"

#include "diagram/import/dotimport.h"
#include "diagram/import/mermaidparser.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace ae::diagram {

std::optional<DiagramFormat> diagramFormatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"arch")
        return DiagramFormat::Arch;
    if (suffix == u"dot" || suffix == u"gv")
        return DiagramFormat::Dot;
    if (suffix == u"mmd" || suffix == u"mermaid")
        return DiagramFormat::Mermaid;
    return std::nullopt;
}

std::optional<DiagramFormat> diagramFormatFromInfo(const QString &info)
{
    const QString word = info.trimmed().section(u' ', 0, 0).toLower();
    if (word == u"arch")
        return DiagramFormat::Arch;
    if (word == u"dot" || word == u"gv" || word == u"graphviz")
        return DiagramFormat::Dot;
    if (word == u"mermaid" || word == u"mmd")
        return DiagramFormat::Mermaid;
    return std::nullopt;
}

QString diagramFormatName(DiagramFormat format)
{
    switch (format) {
    case DiagramFormat::Arch:
        return QStringLiteral("arch");
    case DiagramFormat::Dot:
        return QStringLiteral("dot");
    case DiagramFormat::Mermaid:
        return QStringLiteral("mermaid");
    }
    return {};
}

QString decodeDiagramBytes(const QByteArray &bytes, DiagramFormat format)
{
    if (format == DiagramFormat::Dot) {
        // Graphviz itself only honours charset when rendering; we decide before handing UTF-8 to cgraph.
        static const QRegularExpression latin1(
            QStringLiteral("charset\\s*=\\s*\"?\\s*(latin-?1|iso-?8859-?1|l1|iso-ir-100|csisolatin1)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        if (latin1.match(QString::fromLatin1(bytes.left(1 << 20))).hasMatch())
            return QString::fromLatin1(bytes);
    }
    return QString::fromUtf8(bytes);
}

ParseResult parseAnyDiagram(const QString &text, DiagramFormat format)
{
    switch (format) {
    case DiagramFormat::Dot:
        return importDot(text);
    case DiagramFormat::Mermaid:
        return parseMermaid(text);
    case DiagramFormat::Arch:
        break;
    }
    return parseArch(text);
}

} // namespace ae::diagram
