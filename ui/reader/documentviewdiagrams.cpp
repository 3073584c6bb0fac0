// SPDX-License-Identifier: MIT
// DocumentView's diagrams: drawn into the page (renderHtml: the renderer's pictures in place of the blocks,
// with their captions, at the page's width), what a block shows (its view of a model), and its nodes: where
// each drawn node is on screen, its tooltip (kind, technology, note), and a click on it (as opposed to the
// rest of the picture, which opens the diagram in the Draw workspace).
#include "ui/reader/documentview.h"

#include "markdown/markdown.h"
#include "ui/reader/documentstyle.h"

#include <QStyle>

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>

namespace ae::ui {

namespace {

QString diagramPlaceholder(int index)
{
    return QStringLiteral("<p class=\"diagram\"><a href=\"diagram:%1\"><img src=\"diagram:%1\"/></a></p>")
        .arg(index);
}

QString imageName(int block)
{
    return QStringLiteral("diagram:%1").arg(block);
}

} // namespace

QString DocumentView::renderHtml(const content::Document &doc, int htmlChars)
{
    QString html = htmlChars > 0 ? doc.md.html.left(htmlChars) : doc.md.html;
    m_diagrams.clear();
    m_diagramScales.clear();
    m_hotspots.clear();
    const qreal dpr = devicePixelRatioF();
    // Diagrams may use the whole width the page can have (a block wider than the measure widens the page:
    // updateMeasure), so their labels stay readable; one that is still too wide is shrunk to fit, and says
    // so.
    const int maxWidth = diagramWidth();
    m_diagramWidth = maxWidth;
    for (int i = 0; i < doc.md.codeBlocks.size(); ++i) {
        const markdown::CodeBlock &cb = doc.md.codeBlocks.at(i);
        if (!markdown::isDiagramInfo(cb.info) || (htmlChars > 0 && !html.contains(diagramPlaceholder(i))))
            continue;
        QImage image;
        QVector<DiagramHotspot> hotspots;
        qreal scale = 0;
        QString info, text;
        if (m_renderer && diagramBlock(i, &info, &text))
            image = m_renderer->render(info, text, maxWidth, dpr, m_dark, &hotspots, &scale);
        QString replacement;
        if (!image.isNull()) {
            m_diagrams.insert(i, image);
            m_diagramScales.insert(i, scale);
            if (!hotspots.isEmpty())
                m_hotspots.insert(i, hotspots);
            const qreal ratio = qMax<qreal>(1.0, image.devicePixelRatio());
            // A drawing opens in the full-size viewer; placeholders and error pictures open the text in Draw.
            const QString open = scale > 0 ? QStringLiteral("diagramview") : QStringLiteral("diagram");
            replacement = QStringLiteral("<p class=\"diagram\" align=\"center\"><a href=\"%4:%1\"><img "
                                         "src=\"diagram:%1\" width=\"%2\" height=\"%3\"/></a></p>")
                              .arg(i)
                              .arg(qRound(image.width() / ratio))
                              .arg(qRound(image.height() / ratio))
                              .arg(open);
            if (scale > 0) {
                const QString shrunk =
                    scale < kReadableDiagramScale
                        ? tr("Shrunk to %1 % to fit the page.").arg(qRound(scale * 100)) + QLatin1Char(' ')
                        : QString();
                replacement +=
                    QStringLiteral("<p class=\"diagramcaption\" align=\"center\">") + shrunk.toHtmlEscaped() +
                    QStringLiteral(
                        "<a href=\"diagramview:%1\">%2</a> \u00b7 <a href=\"diagram:%1\">%3</a></p>")
                        .arg(i)
                        .arg(tr("Open full size").toHtmlEscaped(), tr("Edit in Draw").toHtmlEscaped());
            }
        } else {
            replacement =
                QStringLiteral("<pre><code>") + cb.text.toHtmlEscaped() + QStringLiteral("</code></pre>");
        }
        html.replace(diagramPlaceholder(i), replacement);
    }
    return layoutImages(html); // documentviewimages.cpp
}

void DocumentView::onDiagramsArrived()
{
    m_diagramsArrived->setInterval(30);
    if (m_diagrams.isEmpty() || m_historyIndex < 0)
        return; // no diagram on this page, so no placeholder to replace
    // A drawing is taller or shorter than its placeholder: a reader still where the page opened them (at
    // a section) stays at that section; one who has scrolled since stays where they are.
    const bool unmoved = verticalScrollBar()->value() == m_openedAtScroll;
    if (unmoved && !m_current.anchor.isEmpty()) {
        display(m_current, -1);
        return;
    }
    const ReadingPosition where = readingPosition();
    display(m_current, verticalScrollBar()->value());
    scrollToReadingPosition(where);
}

void DocumentView::takeDrawnDiagrams()
{
    if (!m_renderer || m_diagrams.isEmpty())
        return;
    const qreal dpr = devicePixelRatioF();
    for (auto it = m_diagrams.begin(); it != m_diagrams.end(); ++it) {
        QString info, text;
        if (!diagramBlock(it.key(), &info, &text))
            continue;
        const QImage image = m_renderer->render(info, text, m_diagramWidth, dpr, m_dark);
        if (image.cacheKey() == it.value().cacheKey() || !image.text(kBlankPicture).isEmpty())
            continue;                            // the same picture, or still being drawn
        if (image.size() != it.value().size()) { // not the picture the page was built for: build it again
            if (!m_diagramsArrived->isActive())
                m_diagramsArrived->start();
            return;
        }
        it.value() = image;
        const QUrl name(imageName(it.key()));
        document()->addResource(QTextDocument::ImageResource, name, pictureResource(image));
        m_givenResources.insert(name);
    }
    viewport()->update();
}

void DocumentView::waitForDiagrams(int ms)
{
    const QDeadlineTimer deadline(ms);
    if (!hasPendingDiagrams() && !m_diagramsArrived->isActive() && !m_diagramsDrawn->isActive())
        return;
    while (hasPendingDiagrams() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    // What arrived is put in now rather than when the coalescing timers fire.
    if (m_diagramsArrived->isActive()) {
        m_diagramsArrived->stop();
        onDiagramsArrived();
    }
    if (m_diagramsDrawn->isActive()) {
        m_diagramsDrawn->stop();
        takeDrawnDiagrams();
    }
    // A page built again just now may have started drawing: once more, within what is left.
    while (hasPendingDiagrams() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    if (m_diagramsDrawn->isActive()) {
        m_diagramsDrawn->stop();
        takeDrawnDiagrams();
    }
}

bool DocumentView::diagramBlock(int block, QString *info, QString *text) const
{
    const content::Document *doc = m_library ? m_library->find(m_current.path) : nullptr;
    if (!doc || block < 0 || block >= doc->md.codeBlocks.size() ||
        !markdown::isDiagramInfo(doc->md.codeBlocks.at(block).info))
        return false;
    const markdown::CodeBlock &cb = doc->md.codeBlocks.at(block);
    const QString view = cb.viewName();
    *info = view.isEmpty() ? cb.info : cb.info + QStringLiteral(" view=") + view;
    *text = markdown::diagramSource(doc->md, block);
    return true;
}

void DocumentView::editDiagram(int block)
{
    // Draw gets the whole model (its views are tabs there).
    QString info, text;
    if (diagramBlock(block, &info, &text))
        Q_EMIT diagramActivated(info.section(QLatin1Char(' '), 0, 0), text);
}

void DocumentView::activateDiagramNode(int block, const DiagramHotspot &node, const QPoint &globalPos)
{
    Q_EMIT diagramNodeActivated(block, node, globalPos);
}

int DocumentView::diagramWidth() const
{
    // As if the vertical scroll bar were shown: a page that gains or loses its scroll bar when diagrams are
    // drawn in does not change the width they are drawn for (which would draw them again, and again).
    int width = viewport()->width();
    if (!verticalScrollBar()->isVisible())
        width -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
    return qMax(columnWidth(), width - 2 * kMinPageMargin - 4);
}

QRectF DocumentView::diagramViewportRect(int block) const
{
    const QImage image = m_diagrams.value(block);
    if (image.isNull())
        return {};
    const QString name = imageName(block);
    const QSizeF size = QSizeF(image.size()) / qMax<qreal>(1.0, image.devicePixelRatio());
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isImageFormat() || f.charFormat().toImageFormat().name() != name)
                continue;
            const QTextLayout *layout = b.layout();
            const int rel = f.position() - b.position();
            const QTextLine line = layout->lineForTextPosition(rel);
            if (!line.isValid())
                return {};
            // An image sits on the baseline: its top is the line's ascent above it.
            const QPointF topLeft =
                layout->position() + QPointF(line.cursorToX(rel), line.y() + line.ascent() - size.height());
            return QRectF(topLeft - scroll, size);
        }
    }
    return {};
}

const DiagramHotspot *DocumentView::diagramNodeAt(const QPoint &viewportPos, int *block) const
{
    if (m_hotspots.isEmpty())
        return nullptr;
    const QPointF docPos =
        QPointF(viewportPos) + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QString name = document()->documentLayout()->imageAt(docPos);
    if (!name.startsWith(QLatin1String("diagram:")))
        return nullptr;
    bool ok = false;
    const int index = name.mid(8).toInt(&ok);
    const auto it = m_hotspots.constFind(index);
    if (!ok || it == m_hotspots.cend())
        return nullptr;
    const QRectF image = diagramViewportRect(index);
    const QPointF inImage = QPointF(viewportPos) - image.topLeft();
    for (const DiagramHotspot &h : *it) {
        if (h.rect.contains(inImage)) {
            if (block)
                *block = index;
            return &h;
        }
    }
    return nullptr;
}

QRectF DocumentView::diagramNodeViewportRect(int block, const QString &nodeId) const
{
    const QRectF image = diagramViewportRect(block);
    if (image.isEmpty())
        return {};
    for (const DiagramHotspot &h : m_hotspots.value(block))
        if (h.id == nodeId)
            return h.rect.translated(image.topLeft());
    return {};
}

void DocumentView::mousePressEvent(QMouseEvent *event)
{
    int block = -1;
    const DiagramHotspot *node =
        event->button() == Qt::LeftButton ? diagramNodeAt(event->position().toPoint(), &block) : nullptr;
    if (!node) {
        m_pressedBlock = -1;
        QTextBrowser::mousePressEvent(event);
        return;
    }
    // Held back from the text browser, so the picture's link does not also open the Draw workspace.
    m_pressedBlock = block;
    m_pressedNode = node->id;
    event->accept();
}

void DocumentView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressedBlock < 0 || event->button() != Qt::LeftButton) {
        QTextBrowser::mouseReleaseEvent(event);
        return;
    }
    int block = -1;
    const DiagramHotspot *node = diagramNodeAt(event->position().toPoint(), &block);
    if (node && block == m_pressedBlock && node->id == m_pressedNode)
        Q_EMIT diagramNodeActivated(block, *node, event->globalPosition().toPoint());
    m_pressedBlock = -1;
    event->accept();
}

void DocumentView::mouseMoveEvent(QMouseEvent *event)
{
    QTextBrowser::mouseMoveEvent(event);
    int block = -1;
    const DiagramHotspot *node = diagramNodeAt(event->position().toPoint(), &block);
    const QString key = node ? QString::number(block) + QLatin1Char('/') + node->id : QString();
    if (key == m_hoveredNode)
        return;
    const bool wasOnNode = !m_hoveredNode.isEmpty();
    m_hoveredNode = key;
    if (node) {
        viewport()->setCursor(Qt::PointingHandCursor);
        QString label = node->label;
        label.replace(QLatin1Char('\n'), QLatin1Char(' '));
        Q_EMIT statusMessage(tr("%1 (%2): click to see where the text discusses it").arg(label, node->kind));
    } else if (wasOnNode) {
        // Back on the picture's own link, or off it: say what a click does there now.
        const QString anchor = anchorAt(event->position().toPoint());
        onHighlighted(anchor.isEmpty() ? QUrl() : QUrl(anchor));
    }
}

bool DocumentView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const DiagramHotspot *node = diagramNodeAt(help->pos())) {
            QToolTip::showText(help->globalPos(), diagramNodeToolTip(*node), viewport());
            return true;
        }
    }
    return QTextBrowser::viewportEvent(event);
}

} // namespace ae::ui
