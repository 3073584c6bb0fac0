// SPDX-License-Identifier: MIT
// DiagramViewer: a bar (title, zoom out, zoom in, fit, actual size, edit, close) over the picture, sized to
// the host.
#include "ui/reader/diagramviewer.h"

#include "ui/reader/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ae::ui {

namespace {

QToolButton *barButton(QWidget *parent, const QString &name, const QString &text, const QString &icon,
                       const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    if (!icon.isEmpty()) {
        setThemedIcon(button, icon, parent->window()->palette());
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    return button;
}

} // namespace

DiagramViewer::DiagramViewer(const DiagramViewerParts &parts, const QString &title, QWidget *host)
    : QWidget(host), m_parts(parts)
{
    setObjectName(QStringLiteral("diagramViewer"));
    setAccessibleName(tr("Diagram viewer"));
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);

    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("diagramViewerBar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    auto *heading = new QLabel(title.isEmpty() ? tr("Diagram") : title, bar);
    heading->setObjectName(QStringLiteral("diagramViewerTitle"));
    heading->setWordWrap(true); // a long title wraps; it is never cut
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    barLayout->addWidget(heading, 1);
    const struct
    {
        const char *name;
        QString text, icon, tip;
        std::function<void()> call;
    } buttons[] = {
        {"viewerZoomOut", tr("Zoom Out"), QStringLiteral("zoom-out"), tr("Zoom out (Ctrl+wheel)"),
         parts.zoomOut},
        {"viewerZoomIn", tr("Zoom In"), QStringLiteral("zoom-in"), tr("Zoom in (Ctrl+wheel)"), parts.zoomIn},
        {"viewerFit", tr("Fit"), QStringLiteral("zoom-fit-best"), tr("Fit the diagram to the window"),
         parts.fit},
        {"viewerActualSize", tr("Actual Size"), QStringLiteral("zoom-original"), tr("Show at 100 %"),
         parts.actualSize},
    };
    for (const auto &b : buttons) {
        QToolButton *button = barButton(bar, QLatin1String(b.name), b.text, b.icon, b.tip);
        connect(button, &QToolButton::clicked, this, [call = b.call] {
            if (call)
                call();
        });
        barLayout->addWidget(button);
    }
    QToolButton *edit = barButton(bar, QStringLiteral("viewerEdit"), tr("Edit in Draw"), QString(),
                                  tr("Open this diagram's text in the Draw workspace"));
    connect(edit, &QToolButton::clicked, this, [this] {
        Q_EMIT editRequested();
        close();
    });
    barLayout->addWidget(edit);
    QToolButton *done =
        barButton(bar, QStringLiteral("viewerClose"), tr("Back to the Document"),
                  QStringLiteral("window-close"), tr("Back to the same place in the document (Esc)"));
    connect(done, &QToolButton::clicked, this, &DiagramViewer::close);
    barLayout->addWidget(done);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    if (parts.widget) {
        parts.widget->setParent(this);
        layout->addWidget(parts.widget, 1);
    }
    host->installEventFilter(this);
    setGeometry(host->rect());
    raise();
    show();
    setFocus(Qt::OtherFocusReason);
}

void DiagramViewer::close()
{
    if (parentWidget())
        parentWidget()->removeEventFilter(this);
    hide();
    Q_EMIT closed();
    deleteLater();
}

bool DiagramViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void DiagramViewer::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::ZoomIn) && m_parts.zoomIn) {
        m_parts.zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) && m_parts.zoomOut) {
        m_parts.zoomOut();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ae::ui
