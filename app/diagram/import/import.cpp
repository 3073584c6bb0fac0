// SPDX-License-Identifier: MIT
// Format detection and dispatch to the .arch, DOT, Mermaid, D2 and Structurizr readers.
#include "diagram/import/import.h"

#include "diagram/import/d2import.h"
#include "diagram/import/dotimport.h"
#include "diagram/import/mermaidparser.h"
#include "diagram/import/structurizrimport.h"

#include "diagram/kinds.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

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
    if (suffix == u"d2")
        return DiagramFormat::D2;
    if (suffix == u"dsl")
        return DiagramFormat::Structurizr;
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
    if (word == u"d2")
        return DiagramFormat::D2;
    if (word == u"structurizr" || word == u"dsl")
        return DiagramFormat::Structurizr;
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

// D2 rather than .arch, decided by the first line that tells them apart: .arch declares elements with a kind
// word (`service api "API"`) and quotes a label after ` : `; D2 writes `key: value`, `key: {` and
// `a.shape: cylinder` (`api: API`, `a -> b: calls`).
bool looksLikeD2(const QString &text)
{
    static const QRegularExpression d2Line(
        QStringLiteral("^\\s*[^\\s:{}\\[\\]\"'#/][^:{}\\[\\]\"\\n]*:\\s*(\\{|\\||[^\\s\"\\[])"));
    static const QSet<QString> archWords = [] {
        QSet<QString> words{QStringLiteral("group"), QStringLiteral("style"), QStringLiteral("title"),
                            QStringLiteral("rank"),  QStringLiteral("order"), QStringLiteral("view")};
        for (const QString &w : allKindWords())
            words.insert(w);
        return words;
    }();
    const QStringList lines = text.left(64 * 1024).split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(QLatin1String("//")))
            continue;
        const QString first = line.section(u' ', 0, 0);
        if (archWords.contains(first) && !first.endsWith(u':'))
            return false;
        if (d2Line.match(line).hasMatch())
            return true;
    }
    return false;
}

} // namespace

DetectedFormat detectDiagramFormat(const QString &path, const QString &text)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (const auto f = diagramFormatFromPath(path))
        return {f, diagramFormatName(*f), QStringLiteral("by its .%1 extension").arg(suffix)};
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
        return {DiagramFormat::Structurizr, diagramFormatName(DiagramFormat::Structurizr), how};
    if (first.startsWith(QLatin1String("@startuml")))
        return {std::nullopt, QStringLiteral("PlantUML"), how};
    if (looksLikeD2(text))
        return {DiagramFormat::D2, diagramFormatName(DiagramFormat::D2),
                QStringLiteral("by its content (D2 connections and maps)")};
    return {DiagramFormat::Arch, diagramFormatName(DiagramFormat::Arch), QStringLiteral("by default")};
}

QString unsupportedFormatMessage(const QString &fileName, const DetectedFormat &detected)
{
    return QStringLiteral(
               "%1: error: this is a %2 diagram (%3), which this version cannot read yet (hint: it reads "
               ".arch, Graphviz DOT (.dot, .gv), Mermaid (.mmd, .mermaid), D2 (.d2) and Structurizr DSL "
               "(.dsl); --from arch|dot|mermaid|d2|structurizr overrides the detection)")
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
    case DiagramFormat::D2:
        return QStringLiteral("d2");
    case DiagramFormat::Structurizr:
        return QStringLiteral("structurizr");
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

ParseResult parseAnyDiagram(const QString &text, DiagramFormat format, const QString &sourcePath)
{
    switch (format) {
    case DiagramFormat::Dot:
        return importDot(text);
    case DiagramFormat::Mermaid:
        return parseMermaid(text);
    case DiagramFormat::D2:
        return parseD2(text);
    case DiagramFormat::Structurizr:
        return parseStructurizr(text, sourcePath);
    case DiagramFormat::Arch:
        break;
    }
    return parseArch(text);
}

} // namespace ae::diagram
