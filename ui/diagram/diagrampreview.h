// SPDX-License-Identifier: MIT
// The live drawing beside the editor: paints a LaidOutDiagram's drawing list, zooms (Ctrl+wheel, buttons),
// pans (drag), fits, shows a tooltip per node, a "stale" banner while the text has errors, the
// simplified-layout notice, and a busy bar with Cancel while a long layout runs. Architecture-check findings
// show as markers on their nodes and edges (drawchecks.h; a click on one activates its finding), and the
// summary of a request path sits in the bottom left corner, outside the zoom.
#pragma once

#include "diagram/drawchecks.h"
#include "diagram/laidout.h"
#include "diagram/theme.h"
#include "draw/drawlist.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace ae::ui {

class DiagramPreview : public QWidget
{
    Q_OBJECT
public:
    explicit DiagramPreview(QWidget *parent = nullptr);

    void setDiagram(const diagram::LaidOutDiagram &diagram);
    const diagram::LaidOutDiagram &diagram() const { return m_diagram; }
    bool hasDiagram() const { return m_hasDiagram; }
    void clear();

    void setTheme(const diagram::Theme &theme);
    const diagram::Theme &theme() const { return m_theme; }

    // Stale: the drawing is the last good one and no longer matches the text (message, a sentence, says why).
    void setStale(bool stale, const QString &message = QString());
    bool isStale() const { return m_stale; }
    QString staleMessage() const;
    // Busy: a layout is running; the bar (with Cancel) appears if it takes more than a moment.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // A layout failure to show over the drawing (empty = none).
    void setError(const QString &message);

    qreal zoom() const { return m_zoom; }
    bool isFitting() const { return m_fit; }
    // Diagram coordinates of a widget position.
    QPointF mapToDiagram(const QPointF &widgetPos) const;
    QPointF mapFromDiagram(const QPointF &diagramPos) const;
    // Text of the tooltip for the node under a widget position (empty when none).
    QString toolTipAt(const QPointF &widgetPos) const;

    // Nodes drawn with a highlight outline (kept across new drawings while their ids exist). With reveal, the
    // first of them is brought into view, at a readable zoom, as soon as it is drawn.
    void setHighlightedNodes(const QSet<QString> &ids, bool reveal = true);
    const QSet<QString> &highlightedNodes() const { return m_highlighted; }
    // The node's rectangle in widget coordinates (empty when it is not in the drawing).
    QRectF nodeWidgetRect(const QString &id) const;

    // The check findings and path of the text (markers matched to the drawing by node and edge ids).
    void setCheckOverlay(const diagram::CheckOverlay &overlay);
    const diagram::CheckOverlay &checkOverlay() const { return m_checks; }
    // Markers on or off (the summary box stays).
    void setShowFindings(bool show);
    bool showsFindings() const { return m_showFindings; }
    // The marker of finding `index` in widget coordinates; empty when it is not drawn.
    QRectF markerWidgetRect(int index) const;
    // What the preview draws: the diagram's list with its markers, and the summary box (empty without a
    // path) with where it is in the widget.
    const draw::DrawList &drawing() const;
    const draw::DrawList &pathSummary() const { return m_summary; }
    QRectF summaryWidgetRect() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToView();
    void setZoom(qreal zoom, const QPointF &anchor = QPointF(-1, -1));

Q_SIGNALS:
    void cancelRequested();
    void zoomChanged(qreal zoom);
    // A click (press and release without dragging) on a node: index into diagram().diagram.nodes.
    void nodeActivated(int nodeIndex, const QPoint &globalPos);
    // A click on a check marker: index into checkOverlay().findings of the marker's first finding.
    void findingActivated(int findingIndex);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void applyFit();
    bool revealPending();
    void layoutOverlays();
    QTransform transform() const;
    void invalidateDrawing();
    qreal reservedBottom() const; // the summary box's height and gap, kept free by a fit

    diagram::LaidOutDiagram m_diagram;
    diagram::Theme m_theme;
    bool m_hasDiagram = false;
    bool m_stale = false;
    bool m_busy = false;
    bool m_fit = true;
    bool m_userMoved = false; // zoomed or panned by the user since the last fit
    qreal m_zoom = 1.0;
    QPointF m_offset; // widget position of the diagram's bounds.topLeft()
    QPoint m_dragStart;
    QPointF m_offsetAtDragStart;
    bool m_dragging = false;
    bool m_dragMoved = false;
    QSet<QString> m_highlighted;
    QString m_reveal; // a highlighted node to bring into view once drawn
    diagram::CheckOverlay m_checks;
    bool m_showFindings = true;
    mutable draw::DrawList m_drawing; // built on first paint after a change
    mutable bool m_drawingValid = false;
    draw::DrawList m_summary;

    QLabel *m_staleBanner = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_busyBox = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_busyDelay = nullptr;
};

} // namespace ae::ui
