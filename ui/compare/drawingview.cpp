// SPDX-License-Identifier: MIT
#include "ui/compare/drawingview.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace ae::ui::compare {

DrawingView::DrawingView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void DrawingView::setLayout(Layout layout, const QString &emptyText)
{
    m_layout = std::move(layout);
    m_emptyText = emptyText;
    m_laidOutWidth = -1;
    relayout();
}

void DrawingView::relayout()
{
    if (m_laidOutWidth == width())
        return;
    m_laidOutWidth = width();
    m_drawing = m_layout ? m_layout(width()) : draw::DrawList{};
    setAccessibleDescription(m_drawing.title);
    setMinimumHeight(m_drawing.ops.isEmpty() ? 120 : int(std::ceil(m_drawing.size.height())));
    // A drawing wider than asked (a word or value longer than the room) is scrolled to, never cut.
    setMinimumWidth(m_drawing.size.width() > width() ? int(std::ceil(m_drawing.size.width())) : 0);
    update();
}

void DrawingView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void DrawingView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_drawing.ops.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    p.fillRect(rect(), m_drawing.background);
    draw::paint(m_drawing, &p);
}

void DrawingView::mousePressEvent(QMouseEvent *event)
{
    const int target = draw::hitTest(m_drawing, event->position());
    if (event->button() == Qt::LeftButton && target >= 0)
        Q_EMIT activated(target);
    QWidget::mousePressEvent(event);
}

void DrawingView::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(draw::hitTest(m_drawing, event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

bool DrawingView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = draw::tipAt(m_drawing, help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace ae::ui::compare
