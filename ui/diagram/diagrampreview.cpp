// SPDX-License-Identifier: MIT
// Preview painting and navigation. The diagram is drawn at m_offset + zoom * (p - bounds.topLeft()).
#include "ui/diagram/diagrampreview.h"

#include "diagram/drawdiagram.h"
#include "diagram/painterparts.h"
#include "ui/diagram/documentdiagramrenderer.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace ae::ui {

namespace {
constexpr qreal kMinZoom = 0.05;
constexpr qreal kMaxZoom = 8.0;
constexpr qreal kZoomStep = 1.25;
constexpr int kMargin = 16;
constexpr int kSummaryInset = 8; // the summary box's distance from the preview's edges

QLabel *makeBanner(QWidget *parent, const QString &objectName, const QString &style)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setMargin(6);
    label->setAutoFillBackground(false);
    label->setStyleSheet(style);
    label->hide();
    return label;
}
} // namespace

DiagramPreview::DiagramPreview(QWidget *parent) : QWidget(parent), m_theme(diagram::Theme::light())
{
    setObjectName(QStringLiteral("diagramPreview"));
    setAccessibleName(tr("Diagram preview"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);

    m_staleBanner = makeBanner(this, QStringLiteral("previewStaleBanner"),
                               QStringLiteral("background:#fff3cd;color:#5c4400;border:1px solid #e0c060;"));
    m_notice = makeBanner(this, QStringLiteral("previewNotice"),
                          QStringLiteral("background:#e7f1ff;color:#0b3d75;border:1px solid #9cc2f0;"));
    m_error = makeBanner(this, QStringLiteral("previewError"),
                         QStringLiteral("background:#fde2e1;color:#7a1010;border:1px solid #e09090;"));

    m_busyBox = new QWidget(this);
    m_busyBox->setObjectName(QStringLiteral("previewBusy"));
    auto *busyLayout = new QHBoxLayout(m_busyBox);
    busyLayout->setContentsMargins(6, 4, 6, 4);
    auto *busyLabel = new QLabel(tr("Laying out…"), m_busyBox);
    auto *bar = new QProgressBar(m_busyBox);
    bar->setRange(0, 0); // indeterminate: the helper reports no progress
    bar->setMaximumWidth(120);
    m_cancel = new QPushButton(tr("Cancel"), m_busyBox);
    m_cancel->setObjectName(QStringLiteral("previewCancel"));
    m_cancel->setAccessibleName(tr("Cancel layout"));
    busyLayout->addWidget(busyLabel);
    busyLayout->addWidget(bar);
    busyLayout->addWidget(m_cancel);
    m_busyBox->setAutoFillBackground(true);
    m_busyBox->hide();
    connect(m_cancel, &QPushButton::clicked, this, &DiagramPreview::cancelRequested);

    // Quick layouts never flash the bar.
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(400);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        if (m_busy) {
            m_busyBox->show();
            layoutOverlays();
        }
    });
}

void DiagramPreview::setDiagram(const diagram::LaidOutDiagram &diagram)
{
    // A drawing whose size changed by more than half (a large diagram replaced by a small text) is fitted
    // again, unless the user zoomed or panned since the last fit: the old view would show an empty corner of
    // it.
    const QSizeF before = m_hasDiagram ? m_diagram.bounds.size() : QSizeF();
    const QSizeF after = diagram.bounds.size();
    auto changedByHalf = [](qreal a, qreal b) { return a <= 0 || b <= 0 || qMax(a, b) / qMin(a, b) > 1.5; };
    if (!m_userMoved &&
        (changedByHalf(before.width(), after.width()) || changedByHalf(before.height(), after.height())))
        m_fit = true;
    m_diagram = diagram;
    m_hasDiagram = true;
    invalidateDrawing();
    m_notice->setText(diagram.simplifiedLayout ? diagram.notice : QString());
    m_notice->setVisible(diagram.simplifiedLayout && !diagram.notice.isEmpty());
    if (m_fit)
        applyFit();
    revealPending();
    layoutOverlays();
    update();
}

void DiagramPreview::setHighlightedNodes(const QSet<QString> &ids, bool reveal)
{
    m_highlighted = ids;
    invalidateDrawing();
    m_reveal.clear();
    if (reveal && !ids.isEmpty()) {
        QStringList sorted = ids.values();
        sorted.sort();
        m_reveal = sorted.first();
    }
    if (m_hasDiagram)
        revealPending();
    update();
}

bool DiagramPreview::revealPending()
{
    if (m_reveal.isEmpty() || m_diagram.nodeRect(m_reveal).isEmpty())
        return false; // nothing to show, or not drawn yet (the layout of the new text is still running)
    // After the events already queued: a workspace just brought to the front gets its final size from them.
    QTimer::singleShot(0, this, [this] {
        const QRectF node = m_diagram.nodeRect(m_reveal);
        m_reveal.clear();
        if (node.isEmpty())
            return;
        const QRectF view = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
        if (m_zoom >= 0.6 && view.contains(transform().mapRect(node)))
            return; // already in sight and readable: leave the view alone
        // Centre it at 100% (or the current zoom if larger).
        m_fit = false;
        m_zoom = qMax<qreal>(m_zoom, 1.0);
        m_offset =
            QPointF(width() / 2.0, height() / 2.0) - (node.center() - m_diagram.bounds.topLeft()) * m_zoom;
        Q_EMIT zoomChanged(m_zoom);
        update();
    });
    return true;
}

QRectF DiagramPreview::nodeWidgetRect(const QString &id) const
{
    const QRectF node = m_hasDiagram ? m_diagram.nodeRect(id) : QRectF();
    return node.isEmpty() ? QRectF() : transform().mapRect(node);
}

void DiagramPreview::invalidateDrawing()
{
    m_drawingValid = false;
}

const draw::DrawList &DiagramPreview::drawing() const
{
    if (!m_drawingValid) {
        m_drawing = diagram::diagramDrawList(m_diagram, m_theme, m_highlighted);
        if (m_showFindings)
            diagram::addCheckMarkers(m_drawing, m_diagram,
                                     diagram::effectiveTheme(m_diagram.diagram, m_theme), m_checks.findings);
        m_drawingValid = true;
    }
    return m_drawing;
}

void DiagramPreview::setCheckOverlay(const diagram::CheckOverlay &overlay)
{
    const bool hadSummary = !m_summary.ops.isEmpty();
    m_checks = overlay;
    m_summary = overlay.path ? diagram::pathSummaryDrawing(*overlay.path, m_theme) : draw::DrawList{};
    invalidateDrawing();
    if (m_fit && hadSummary != !m_summary.ops.isEmpty())
        applyFit(); // the summary box takes (or gives back) room at the bottom
    update();
}

void DiagramPreview::setShowFindings(bool show)
{
    if (show == m_showFindings)
        return;
    m_showFindings = show;
    invalidateDrawing();
    update();
}

QRectF DiagramPreview::markerWidgetRect(int index) const
{
    if (!m_hasDiagram || !m_showFindings)
        return {};
    const QRectF r = diagram::markerRect(m_diagram, m_checks.findings, index);
    return r.isEmpty() ? QRectF() : transform().mapRect(r);
}

QRectF DiagramPreview::summaryWidgetRect() const
{
    if (m_summary.ops.isEmpty() || !m_hasDiagram)
        return {};
    return QRectF(QPointF(kSummaryInset, height() - kSummaryInset - m_summary.size.height()), m_summary.size);
}

qreal DiagramPreview::reservedBottom() const
{
    return m_summary.ops.isEmpty() ? 0 : m_summary.size.height() + kSummaryInset;
}

void DiagramPreview::clear()
{
    m_diagram = {};
    m_hasDiagram = false;
    invalidateDrawing();
    m_notice->hide();
    update();
}

void DiagramPreview::setTheme(const diagram::Theme &theme)
{
    m_theme = theme;
    if (m_checks.path)
        m_summary = diagram::pathSummaryDrawing(*m_checks.path, m_theme);
    invalidateDrawing();
    update();
}

void DiagramPreview::setStale(bool stale, const QString &message)
{
    m_stale = stale;
    m_staleBanner->setText(message.isEmpty() ? tr("Out of date: this drawing may not match the text.")
                                             : message);
    m_staleBanner->setVisible(stale);
    layoutOverlays();
    update();
}

QString DiagramPreview::staleMessage() const
{
    return m_stale ? m_staleBanner->text() : QString();
}

void DiagramPreview::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_busyDelay->start();
    } else {
        m_busyDelay->stop();
        m_busyBox->hide();
    }
}

void DiagramPreview::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    layoutOverlays();
}

void DiagramPreview::layoutOverlays()
{
    int y = 4;
    for (QLabel *banner : {m_staleBanner, m_error, m_notice}) {
        if (!banner->isVisible())
            continue;
        const int w = width() - 8;
        banner->setGeometry(4, y, w, banner->heightForWidth(w));
        y += banner->height() + 4;
    }
    const QSize busy = m_busyBox->sizeHint();
    m_busyBox->setGeometry(width() - busy.width() - 8, height() - busy.height() - 8, busy.width(),
                           busy.height());
    m_busyBox->raise();
}

QTransform DiagramPreview::transform() const
{
    QTransform t;
    t.translate(m_offset.x(), m_offset.y());
    t.scale(m_zoom, m_zoom);
    t.translate(-m_diagram.bounds.left(), -m_diagram.bounds.top());
    return t;
}

QPointF DiagramPreview::mapToDiagram(const QPointF &widgetPos) const
{
    return transform().inverted().map(widgetPos);
}

QPointF DiagramPreview::mapFromDiagram(const QPointF &diagramPos) const
{
    return transform().map(diagramPos);
}

void DiagramPreview::applyFit()
{
    const QSizeF b = m_diagram.bounds.size();
    // The drawing fits above the path summary, which stays in the bottom left corner.
    const qreal h = height() - reservedBottom();
    if (b.isEmpty() || width() <= 2 * kMargin || h <= 2 * kMargin)
        return;
    const qreal z =
        qBound(kMinZoom, qMin((width() - 2 * kMargin) / b.width(), (h - 2 * kMargin) / b.height()),
               1.5); // small diagrams are not blown up past 150%
    m_zoom = z;
    m_offset = QPointF((width() - b.width() * z) / 2, (h - b.height() * z) / 2);
    Q_EMIT zoomChanged(m_zoom);
}

void DiagramPreview::fitToView()
{
    m_fit = true;
    m_userMoved = false;
    applyFit();
    update();
}

void DiagramPreview::setZoom(qreal zoom, const QPointF &anchor)
{
    zoom = qBound(kMinZoom, zoom, kMaxZoom);
    const QPointF a = anchor.x() < 0 ? QPointF(width() / 2.0, height() / 2.0) : anchor;
    const QPointF fixed = mapToDiagram(a); // keep the point under the anchor where it is
    m_fit = false;
    m_userMoved = true;
    m_zoom = zoom;
    m_offset = a - (fixed - m_diagram.bounds.topLeft()) * m_zoom;
    Q_EMIT zoomChanged(m_zoom);
    update();
}

void DiagramPreview::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void DiagramPreview::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void DiagramPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), m_theme.background);
    if (!m_hasDiagram) {
        p.setPen(m_theme.secondaryText);
        p.drawText(rect(), Qt::AlignCenter, tr("Type a diagram on the left; it is drawn here."));
        return;
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setTransform(transform());
    if (m_stale)
        p.setOpacity(0.45); // visibly not the current text
    draw::paint(drawing(), &p);
    if (!m_summary.ops.isEmpty()) {
        // Outside the zoom: the figures stay readable however small the drawing is.
        p.resetTransform();
        p.setOpacity(1.0);
        p.translate(summaryWidgetRect().topLeft());
        draw::paint(m_summary, &p);
    }
}

void DiagramPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fit)
        applyFit();
    layoutOverlays();
}

void DiagramPreview::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        // Plain wheel scrolls (pans); Ctrl+wheel zooms, as in browsers and editors.
        m_fit = false;
        m_userMoved = true;
        m_offset += QPointF(event->angleDelta()) / 4.0;
        update();
        event->accept();
        return;
    }
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        setZoom(m_zoom * std::pow(kZoomStep, steps), event->position());
    event->accept();
}

void DiagramPreview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_dragging = true;
        m_dragMoved = false;
        m_dragStart = event->position().toPoint();
        m_offsetAtDragStart = m_offset;
        setCursor(Qt::ClosedHandCursor);
    }
    QWidget::mousePressEvent(event);
}

void DiagramPreview::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging && !m_dragMoved && (event->position() - QPointF(m_dragStart)).manhattanLength() < 4)
        return; // a click, not yet a drag
    if (m_dragging) {
        m_dragMoved = true;
        m_fit = false;
        m_userMoved = true;
        m_offset = m_offsetAtDragStart + (event->position() - QPointF(m_dragStart));
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void DiagramPreview::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        if (!m_dragMoved && event->button() == Qt::LeftButton && m_hasDiagram) {
            const QPointF at = mapToDiagram(event->position());
            const int finding = m_showFindings ? draw::hitTest(drawing(), at) : -1;
            if (finding >= 0 && finding < m_checks.findings.size()) {
                Q_EMIT findingActivated(finding);
                QWidget::mouseReleaseEvent(event);
                return;
            }
            const int i = m_diagram.nodeAt(at);
            if (i >= 0 && i < m_diagram.diagram.nodes.size())
                Q_EMIT nodeActivated(i, event->globalPosition().toPoint());
        }
    }
    QWidget::mouseReleaseEvent(event);
}

QString DiagramPreview::toolTipAt(const QPointF &widgetPos) const
{
    if (!m_hasDiagram || summaryWidgetRect().contains(widgetPos))
        return {};
    const QPointF at = mapToDiagram(widgetPos);
    if (m_showFindings) {
        const QString marker = draw::tipAt(drawing(), at);
        if (!marker.isEmpty())
            return marker;
    }
    // An element of the shown path adds its own figures.
    const QString pathId = m_checks.path ? m_checks.path->id : QString();
    const auto withFigures = [&pathId](QString tip, const QMap<QString, QString> &properties) {
        const QString figures = diagram::figuresText(properties);
        if (figures.isEmpty())
            return tip;
        // Before the node tooltip's closing "click to…" line.
        const QString line =
            QStringLiteral("<br>") +
            tr("On path <code>%1</code>: %2").arg(pathId.toHtmlEscaped(), figures.toHtmlEscaped());
        const qsizetype small = tip.lastIndexOf(QLatin1String("<br><small>"));
        return small >= 0 ? tip.insert(small, line) : tip + line;
    };
    const int i = m_diagram.nodeAt(at);
    if (i >= 0 && i < m_diagram.diagram.nodes.size()) {
        const diagram::Node &node = m_diagram.diagram.nodes.at(i);
        const QString tip = diagramNodeToolTip(hotspotOf(node));
        return m_checks.path && m_checks.path->elements.contains(node.id) ? withFigures(tip, node.properties)
                                                                          : tip;
    }
    const int e = m_diagram.edgeAt(at);
    if (e >= 0 && m_checks.path) {
        const int index = m_diagram.edges.at(e).index;
        if (index >= 0 && index < m_diagram.diagram.edges.size()) {
            const diagram::Edge &edge = m_diagram.diagram.edges.at(index);
            if (m_checks.pathEdges.contains(diagram::edgeKey(edge.from, edge.to)))
                return withFigures(diagram::edgeTooltip(edge).toHtmlEscaped(), edge.properties);
        }
    }
    return {};
}

bool DiagramPreview::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace ae::ui
