// SPDX-License-Identifier: MIT
// How the Draw workspace plugs into a window (through WorkspaceHost), so the main window needs one call per
// hook and the workspace never sees the window.
#pragma once

#include <QString>

class QObject;
class QWidget;

namespace ae::ui {

class DiagramWorkspace;
class DocumentView;
class WorkspaceHost;

// Builds the "Draw" workspace (the window builds it when its tab is first shown): it follows the host's
// light/dark theme, and an export says in the status bar where it went, with its folder one click away.
DiagramWorkspace *createDiagramWorkspace(WorkspaceHost *host, QWidget *parent = nullptr);

// From the start, whether or not Draw exists yet: the diagrams in the reader's documents are drawn by a
// DocumentDiagramRenderer that lives as long as `owner`.
void installDocumentDiagrams(DocumentView *view, QObject *owner);

// True for a code block's info string that Draw can edit (arch, dot, mermaid...).
bool isDiagramInfo(const QString &info);
// True for a path Draw opens: .arch, .dot/.gv, .mmd/.mermaid.
bool isDiagramPath(const QString &path);

// A diagram block clicked in a document, opened in `draw` (asks to save unsaved text first). False when the
// info is no diagram notation or the user keeps the current text.
bool openDiagramText(DiagramWorkspace *draw, const QString &info, const QString &text,
                     const QString &docPath);

// Diagram block `block` of library document docPath in `draw` (asks to save unsaved text first). False when
// there is no such block or the user keeps the current text.
bool openDiagramBlock(WorkspaceHost *host, DiagramWorkspace *draw, const QString &docPath, int block);
// Outlines node `nodeId` of the text in `draw`, and names it in the host's status bar.
void outlineDiagramNode(WorkspaceHost *host, DiagramWorkspace *draw, const QString &nodeId);

} // namespace ae::ui
