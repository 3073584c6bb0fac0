// SPDX-License-Identifier: MIT
// Out-of-line virtual destructor (anchors DiagramRenderer's vtable here) and the node tooltip every diagram
// shows.
#include "ui/reader/diagramrenderer.h"

#include <QCoreApplication>

namespace ae::ui {

DiagramRenderer::~DiagramRenderer() = default;

QString diagramNodeToolTip(const DiagramHotspot &node)
{
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("ae::ui::DiagramNodeToolTip", s);
    };
    QString label = node.label.toHtmlEscaped();
    label.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    QString tip = QStringLiteral("<b>") + label + QStringLiteral("</b><br>") + node.kind.toHtmlEscaped();
    if (!node.kindDescription.isEmpty())
        tip += QStringLiteral(" \u2014 ") + node.kindDescription.toHtmlEscaped();
    if (!node.technology.isEmpty())
        tip += QStringLiteral("<br>") + tr("Technology: %1").arg(node.technology.toHtmlEscaped());
    if (!node.note.isEmpty())
        tip += QStringLiteral("<br><i>") + node.note.toHtmlEscaped() + QStringLiteral("</i>");
    if (!node.link.isEmpty())
        tip += QStringLiteral("<br>") + tr("Link: %1").arg(node.link.toHtmlEscaped());
    return tip + QStringLiteral("<br><small>") +
           tr("Click to see where the text discusses it").toHtmlEscaped() + QStringLiteral("</small>");
}

} // namespace ae::ui
