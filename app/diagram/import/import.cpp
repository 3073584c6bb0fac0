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

namespace {

// The first line that is neither blank nor a comment in any of the languages.
QString firstMeaningfulLine(const QString &text)
{
    const QStringList lines = text.left(64 * 1024).split(u'\n');
    bool inBlock = false;
    for (QString line : lines) {
        line = line.trimmed();
        if (inBlock) {
            if (line.contains(QLatin1String("*/")))
                inBlock = false;
            continue;
        }
        if (line.startsWith(QLatin1String("/*"))) {
            inBlock = !line.contains(QLatin1String("*/"));
            continue;
        }
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(QLatin1String("//")) ||
            line.startsWith(QLatin1String("%%")) || line.startsWith(u'\''))
            continue;
        return line;
    }
    return {};
}

} // namespace

DetectedFormat detectDiagramFormat(const QString &path, const QString &text)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (const auto f = diagramFormatFromPath(path))
        return {f, diagramFormatName(*f), QStringLiteral("by its .%1 extension").arg(suffix)};
    if (suffix == u"d2")
        return {std::nullopt, QStringLiteral("D2"), QStringLiteral("by its .d2 extension")};
    if (suffix == u"dsl")
        return {std::nullopt, QStringLiteral("Structurizr DSL"), QStringLiteral("by its .dsl extension")};
    if (suffix == u"puml" || suffix == u"plantuml" || suffix == u"pu")
        return {std::nullopt, QStringLiteral("PlantUML"), QStringLiteral("by its .%1 extension").arg(suffix)};
    const QString first = firstMeaningfulLine(text);
    const QString how = QStringLiteral("by its first line `%1`").arg(first.left(60));
    static const QRegularExpression dot(QStringLiteral("^(strict\\s+)?(di)?graph\\b[^\\n]*\\{"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mermaid(QStringLiteral(
        "^(flowchart|graph|sequenceDiagram|classDiagram|stateDiagram|erDiagram|journey|gantt|pie|"
        "architecture-beta|C4Context|C4Container|mindmap|timeline|gitGraph)\\b"));
    static const QRegularExpression structurizr(QStringLiteral("^workspace\\b.*\\{\\s*$"));
    if (dot.match(first).hasMatch())
        return {DiagramFormat::Dot, diagramFormatName(DiagramFormat::Dot), how};
    if (mermaid.match(first).hasMatch())
        return {DiagramFormat::Mermaid, diagramFormatName(DiagramFormat::Mermaid), how};
    if (structurizr.match(first).hasMatch())
        return {std::nullopt, QStringLiteral("Structurizr DSL"), how};
    if (first.startsWith(QLatin1String("@startuml")))
        return {std::nullopt, QStringLiteral("PlantUML"), how};
    return {DiagramFormat::Arch, diagramFormatName(DiagramFormat::Arch), QStringLiteral("by default")};
}

QString unsupportedFormatMessage(const QString &fileName, const DetectedFormat &detected)
{
    return QStringLiteral(
               "%1: error: this is a %2 diagram (%3), which this version cannot read yet (hint: it reads "
               ".arch, Graphviz DOT (.dot, .gv) and Mermaid (.mmd, .mermaid); --from arch|dot|mermaid "
               "overrides the detection)")
        .arg(fileName, detected.recognised, detected.how);
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
