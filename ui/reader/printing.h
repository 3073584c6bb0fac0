// SPDX-License-Identifier: MIT
// Print and PDF export of the current document, always in the light style (paper is white). No dialogs here:
// the window asks for the printer or the file name.
#pragma once

#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace ae::ui {

class DocumentView;

// A copy of what view shows, styled for paper; its images come from view's loadResource.
std::unique_ptr<QTextDocument> printableDocument(DocumentView *view);

// Writes the current document as PDF to path atomically (QSaveFile). Returns false with *error set on
// failure.
bool exportPdf(DocumentView *view, const QString &path, QString *error);

// The current document as one self-contained HTML file, the reader's rendering styled for paper: the style
// sheet inline, diagrams as inline SVG, images embedded as data: URLs, nothing that loads from elsewhere and
// no script. Written atomically. Returns false with *error set on failure.
QByteArray selfContainedHtml(DocumentView *view);
bool exportHtml(DocumentView *view, const QString &path, QString *error);

// Prints onto an already-configured device (a QPrinter from the print dialog).
void printDocument(DocumentView *view, QPagedPaintDevice *device);

} // namespace ae::ui
