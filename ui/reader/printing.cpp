// SPDX-License-Identifier: MIT
// Printing and PDF export through QTextDocument::print, written atomically so a failed export leaves no
// partial file.
#include "ui/reader/printing.h"

#include "common/savefile.h"
#include "ui/reader/documentview.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace ae::ui {

std::unique_ptr<QTextDocument> printableDocument(DocumentView *view)
{
    // A page just opened may still have diagrams being laid out or drawn: paper gets the drawings.
    view->waitForDiagrams(5000);
    // Parented to the view so images (library files, rendered diagrams) load through its loadResource.
    auto doc = std::make_unique<QTextDocument>(view);
    QFont font = view->document()->defaultFont();
    font.setPointSizeF(10.5);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(view->printableStyleSheet());
    doc->setHtml(view->printableHtml());
    doc->setMetaInformation(QTextDocument::DocumentTitle, view->currentTitle());
    return doc;
}

bool exportPdf(DocumentView *view, const QString &path, QString *error)
{
    // Into memory first, then all or nothing onto disk.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(view->currentTitle());
        writer.setCreator(QStringLiteral("Architecture Explorer"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        printDocument(view, &writer);
    }
    QString why;
    if (!saveFileAtomically(path, buffer.data(), &why)) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, why);
        return false;
    }
    return true;
}

void printDocument(DocumentView *view, QPagedPaintDevice *device)
{
    std::unique_ptr<QTextDocument> doc = printableDocument(view);
    doc->print(device);
}

} // namespace ae::ui
