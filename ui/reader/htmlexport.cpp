// SPDX-License-Identifier: MIT
// Self-contained HTML export: the printable page with every picture inside the file.
#include "common/savefile.h"
#include "content/library.h"
#include "ui/reader/diagramrenderer.h"
#include "ui/reader/documentview.h"
#include "ui/reader/printing.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QTextDocument>

namespace ae::ui {

namespace {

QString dataUrl(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

// An SVG file's text as an element to put inside HTML: no XML declaration or DOCTYPE, and scaled down with
// the page when the page is narrower.
QString inlineSvg(const QByteArray &svg)
{
    QString text = QString::fromUtf8(svg);
    const qsizetype start = text.indexOf(QLatin1String("<svg"));
    if (start < 0)
        return {};
    text.remove(0, start);
    text.insert(4, QStringLiteral(" style=\"max-width:100%;height:auto\""));
    return text;
}

} // namespace

QByteArray selfContainedHtml(DocumentView *view)
{
    QString body = view->printableHtml();
    // Diagrams: the drawing as inline SVG in place of the page's picture and its link to the Draw workspace.
    static const QRegularExpression diagram(
        QStringLiteral("<a href=\"diagram(?:view)?:(\\d+)\"><img src=\"diagram:\\d+\"[^>]*/?></a>"));
    for (QRegularExpressionMatch m = diagram.match(body); m.hasMatch(); m = diagram.match(body)) {
        const int block = m.captured(1).toInt();
        QString svg;
        QString info, text;
        if (view->diagramRenderer() && view->diagramBlock(block, &info, &text))
            svg = inlineSvg(view->diagramRenderer()->svg(info, text, false));
        if (svg.isEmpty()) { // not drawn: the picture the page shows (an error or a placeholder)
            const QImage image = view->loadResource(QTextDocument::ImageResource,
                                                    QUrl(QStringLiteral("diagram:%1").arg(block)))
                                     .value<QImage>();
            svg =
                image.isNull() ? QString() : QStringLiteral("<img src=\"%1\" alt=\"\"/>").arg(dataUrl(image));
        }
        body.replace(m.capturedStart(), m.capturedLength(), svg);
    }
    // The captions' "Open full size / Edit in Draw" mean nothing on paper.
    static const QRegularExpression caption(QStringLiteral("<p class=\"diagramcaption\"[^>]*>.*?</p>"));
    body.remove(caption);
    // Library images and the boxes that stand for missing or remote ones: embedded.
    static const QRegularExpression image(QStringLiteral("src=\"(aeimage:\\d+)\""));
    for (QRegularExpressionMatch m = image.match(body); m.hasMatch(); m = image.match(body)) {
        const QImage picture =
            view->loadResource(QTextDocument::ImageResource, QUrl(m.captured(1))).value<QImage>();
        body.replace(m.capturedStart(1), m.capturedLength(1),
                     picture.isNull() ? QString() : dataUrl(picture));
    }
    // Links inside the app (image:, copy:) lead nowhere in a file: their text stays.
    static const QRegularExpression appLink(
        QStringLiteral("<a href=\"(?:image|copy|diagram|diagramview):[^\"]*\">(.*?)</a>"));
    body.replace(appLink, QStringLiteral("\\1"));
    // Headings carry their anchor as both name and id (Qt needs name); HTML wants the id alone.
    static const QRegularExpression anchor(QStringLiteral("<a name=\"([^\"]*)\" id=\"\\1\"></a>"));
    body.replace(anchor, QStringLiteral("<a id=\"\\1\"></a>"));
    const QString title = view->currentTitle().toHtmlEscaped();
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"generator\" content=\"Architecture Explorer\">\n<title>") +
        title +
        QStringLiteral("</title>\n<style>\nbody { max-width: 60em; margin: 2em auto; "
                       "padding: 0 1em; }\n") +
        view->printableStyleSheet() + QStringLiteral("\n</style>\n</head>\n<body>\n") + body +
        QStringLiteral("\n</body>\n</html>\n");
    return html.toUtf8();
}

bool exportHtml(DocumentView *view, const QString &path, QString *error)
{
    QString why;
    if (!saveFileAtomically(path, selfContainedHtml(view), &why)) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, why);
        return false;
    }
    return true;
}

} // namespace ae::ui
