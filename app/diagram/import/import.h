// SPDX-License-Identifier: MIT
// One entry point for every diagram source format: .arch, Graphviz DOT, Mermaid flowcharts, D2 and
// Structurizr DSL all become a ParseResult (Diagram + located diagnostics). The CLI, the Draw workspace and
// the document renderer call this.
#pragma once

#include "diagram/parser.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ae::diagram {

enum class DiagramFormat { Arch, Dot, Mermaid, D2, Structurizr };

// From a file name's extension (case-insensitive): .arch, .dot/.gv, .mmd/.mermaid, .d2, .dsl; nullopt
// otherwise.
std::optional<DiagramFormat> diagramFormatFromPath(const QString &path);
// From a fenced code block's info word or a --from option: "arch", "dot"/"gv"/"graphviz", "mermaid"/"mmd",
// "d2", "structurizr"/"dsl".
std::optional<DiagramFormat> diagramFormatFromInfo(const QString &info);
QString diagramFormatName(DiagramFormat format); // "arch", "dot", "mermaid", "d2", "structurizr"

// What a diagram file is, by its extension first and then by its first meaningful line: one of the formats
// read here, or a language recognised but not read (PlantUML), named in `recognised`
// with how it was told ("by its .d2 extension", "by its first line `workspace {`"). A text that is none of
// these is .arch.
struct DetectedFormat
{
    std::optional<DiagramFormat> format; // empty: recognised but not supported
    QString recognised; // "D2", "Structurizr DSL", "PlantUML", "Graphviz DOT", "Mermaid", ".arch"
    QString how;
};
DetectedFormat detectDiagramFormat(const QString &path, const QString &text);
// The one line a command prints for an unsupported format ("FILE: this is a D2 diagram (by ...); ...").
QString unsupportedFormatMessage(const QString &fileName, const DetectedFormat &detected);

// File bytes -> text. UTF-8 (BOM stripped by the parsers), except DOT files declaring charset=latin1 /
// iso-8859-1, which are decoded as Latin-1.
QString decodeDiagramBytes(const QByteArray &bytes, DiagramFormat format);

// Parses `text` in `format`. Never throws, never hangs; an input that cannot be read at all gives an empty
// diagram and at least one error. `sourcePath` is the file the text came from (empty for standard input and
// document blocks): a Structurizr `!include` reads files relative to it, inside its folder only.
ParseResult parseAnyDiagram(const QString &text, DiagramFormat format, const QString &sourcePath = QString());

} // namespace ae::diagram
