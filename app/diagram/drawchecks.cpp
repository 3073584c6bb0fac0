// SPDX-License-Identifier: MIT
// Markers and the path summary as drawing-list items (see drawchecks.h).
#include "diagram/drawchecks.h"

#include "diagram/checks/quantity.h"
#include "diagram/drawdiagram.h"
#include "diagram/views.h"
#include "draw/chartstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>

#include <cmath>

namespace ae::diagram {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ae::diagram::drawchecks", text, disambiguation, n);
}

constexpr qreal kPad = 10;
constexpr qreal kTextPx = 12;
constexpr qreal kTitlePx = 13;
constexpr qreal kMaxSummaryWidth = 480;
constexpr int kMaxFindingsInTip = 5;

QColor readable(const QVector<QColor> &candidates, const QColor &on, const QColor &fallback, double ratio)
{
    for (const QColor &c : candidates)
        if (draw::contrastRatio(c, on) >= ratio)
            return c;
    return fallback;
}

QColor summaryFill(const Theme &theme)
{
    return theme.isDark ? theme.background.lighter(135) : QColor(0xf7, 0xf5, 0xff);
}

// The drawn edge of a finding: the first laid-out edge between its two ends (either way for two-way edges).
int findingEdge(const LaidOutDiagram &d, const checks::Finding &f)
{
    if (f.edgeFrom.isEmpty())
        return -1;
    for (int i = 0; i < d.edges.size(); ++i) {
        const int e = d.edges[i].index;
        if (e < 0 || e >= d.diagram.edges.size() || d.diagram.edges[e].invisible)
            continue;
        const Edge &edge = d.diagram.edges[e];
        if ((edge.from == f.edgeFrom && edge.to == f.edgeTo) ||
            (edge.from == f.edgeTo && edge.to == f.edgeFrom && (edge.bothWays || !edge.directed)))
            return i;
    }
    return -1;
}

int findingNode(const LaidOutDiagram &d, const QHash<QString, int> &nodes, const checks::Finding &f)
{
    const int i = f.node.isEmpty() ? -1 : nodes.value(f.node, -1);
    if (i < 0 || d.nodes[i].rect.isEmpty() || d.diagram.nodes[d.nodes[i].index].invisible)
        return -1;
    return i;
}

QHash<QString, int> nodeIndex(const LaidOutDiagram &d)
{
    QHash<QString, int> out;
    for (int i = 0; i < d.nodes.size(); ++i)
        if (d.nodes[i].index >= 0 && d.nodes[i].index < d.diagram.nodes.size())
            out.insert(d.diagram.nodes[d.nodes[i].index].id, i);
    return out;
}

QPointF markerCentre(const LaidOutDiagram &d, const QHash<QString, int> &nodes, const checks::Finding &f,
                     bool *found)
{
    *found = true;
    const int n = findingNode(d, nodes, f);
    if (n >= 0)
        return d.nodes[n].rect.topRight() + QPointF(-2, 2);
    const int e = findingEdge(d, f);
    if (e >= 0) {
        const LaidOutEdge &edge = d.edges[e];
        if (!edge.labelRect.isEmpty()) // beside the label, which sits on the middle of the line
            return QPointF(edge.labelRect.right() + kMarkerSize / 2 + 2, edge.labelRect.center().y());
        const QPainterPath path = edge.path();
        if (!path.isEmpty())
            return path.pointAtPercent(0.5);
    }
    *found = false;
    return {};
}

QString findingTip(const checks::Finding &f)
{
    const checks::Rule *rule = checks::RuleCatalog::bundled().find(f.rule);
    QString tip = f.rule + QStringLiteral(" (") + severityName(f.diagnostic.severity) + QLatin1Char(')');
    if (rule && !rule->summary.isEmpty())
        tip += QStringLiteral(": ") + rule->summary;
    tip += u'\n' + f.diagnostic.message;
    if (!f.diagnostic.hint.isEmpty())
        tip += u'\n' + tr("Hint: ") + f.diagnostic.hint;
    return tip;
}

QPainterPath diamond(const QPointF &c, qreal half)
{
    QPainterPath p;
    p.moveTo(c.x(), c.y() - half);
    p.lineTo(c.x() + half, c.y());
    p.lineTo(c.x(), c.y() + half);
    p.lineTo(c.x() - half, c.y());
    p.closeSubpath();
    return p;
}

QString budgetActual(const checks::BudgetResult &r)
{
    switch (r.term.measure) {
    case checks::BudgetTerm::Measure::P50:
    case checks::BudgetTerm::Measure::P99:
        return checks::formatMs(r.actual);
    case checks::BudgetTerm::Measure::Availability:
        return checks::formatPercent(r.actual);
    case checks::BudgetTerm::Measure::Capacity:
        return checks::formatRate(r.actual);
    }
    return {};
}
} // namespace

QString edgeKey(const QString &from, const QString &to)
{
    return from + QStringLiteral(" -> ") + to;
}

CheckOverlay checkOverlay(const Diagram &model, const checks::CheckReport &report, const QString &viewId)
{
    CheckOverlay overlay;
    overlay.findings = report.findings;
    // A path with no figure and no budget (a Structurizr dynamic view, a sequence drawn for its steps) has
    // nothing to sum up: three "unknown" lines would only cover the drawing.
    const auto hasFigures = [](const checks::PathFigures &p) {
        return p.latencyAnnotated > 0 || p.availabilityAnnotated > 0 || p.hasCapacity || !p.budget.isEmpty();
    };
    const checks::PathFigures *chosen = nullptr;
    for (const checks::PathFigures &p : report.paths)
        if (!viewId.isEmpty() && p.id == viewId)
            chosen = &p;
    if (!chosen) // the whole model or a static view: the model's first path with figures
        for (const checks::PathFigures &p : report.paths)
            if (!chosen && hasFigures(p))
                chosen = &p;
    if (!chosen || !hasFigures(*chosen))
        return overlay;
    overlay.path = *chosen;
    const int v = indexOfView(model, chosen->id);
    if (v >= 0)
        for (const ViewStep &step : model.views[v].steps) {
            overlay.pathEdges.insert(edgeKey(step.from, step.to));
            overlay.pathEdges.insert(edgeKey(step.to, step.from));
        }
    return overlay;
}

QColor checkColor(const Theme &theme)
{
    return readable(theme.isDark ? QVector<QColor>{QColor(0xc4b5fd), QColor(0xddd6fe)}
                                 : QVector<QColor>{QColor(0x6d28d9), QColor(0x4c1d95)},
                    theme.background, theme.text, 4.5);
}

QColor budgetColor(const Theme &theme, bool met)
{
    const QColor fill = summaryFill(theme);
    if (met)
        return readable(theme.isDark ? QVector<QColor>{QColor(0x86efac), QColor(0xbbf7d0)}
                                     : QVector<QColor>{QColor(0x15803d), QColor(0x14532d)},
                        fill, theme.text, 4.5);
    return readable(theme.isDark ? QVector<QColor>{QColor(0xfca5a5), QColor(0xfecaca)}
                                 : QVector<QColor>{QColor(0xb91c1c), QColor(0x7f1d1d)},
                    fill, theme.text, 4.5);
}

QRectF markerRect(const LaidOutDiagram &d, const QVector<checks::Finding> &findings, int index)
{
    if (index < 0 || index >= findings.size())
        return {};
    bool found = false;
    const QPointF c = markerCentre(d, nodeIndex(d), findings[index], &found);
    if (!found)
        return {};
    return QRectF(c.x() - kMarkerSize / 2, c.y() - kMarkerSize / 2, kMarkerSize, kMarkerSize);
}

void addCheckMarkers(draw::DrawList &list, const LaidOutDiagram &d, const Theme &theme,
                     const QVector<checks::Finding> &findings)
{
    if (findings.isEmpty())
        return;
    // One marker per place: the findings of one element share it, in source order.
    const QHash<QString, int> nodes = nodeIndex(d);
    QVector<QPointF> places;
    QVector<QVector<int>> members;
    for (int i = 0; i < findings.size(); ++i) {
        bool found = false;
        const QPointF c = markerCentre(d, nodes, findings[i], &found);
        if (!found)
            continue;
        const int at = int(places.indexOf(c));
        if (at >= 0) {
            members[at].append(i);
        } else {
            places.append(c);
            members.append(QVector<int>{i});
        }
    }
    if (places.isEmpty())
        return;
    const QColor color = checkColor(theme);
    const qreal half = kMarkerSize / 2;
    list.begin(QStringLiteral("check-markers"));
    for (int m = 0; m < places.size(); ++m) {
        const QVector<int> &group = members[m];
        const checks::Finding &first = findings[group.first()];
        QStringList tips;
        for (int k = 0; k < group.size() && k < kMaxFindingsInTip; ++k)
            tips.append(findingTip(findings[group[k]]));
        if (group.size() > kMaxFindingsInTip)
            tips.append(tr("%n more finding(s) here", nullptr, int(group.size()) - kMaxFindingsInTip));
        const QString tip = tips.join(QStringLiteral("\n\n"));
        const QPointF c = places[m];
        list.begin(QStringLiteral("check-marker ") + (first.diagnostic.severity == Diagnostic::Severity::Error
                                                          ? QStringLiteral("error")
                                                          : QStringLiteral("warning")),
                   {}, tip);
        // A ring of the background keeps the diamond apart from the shape or line under it.
        draw::Op &shape = list.path(diamond(c, half), color, theme.background, 1.5);
        shape.rect = QRectF(c.x() - half, c.y() - half, kMarkerSize, kMarkerSize);
        shape.target = group.first();
        shape.tip = tip;
        shape.role = QStringLiteral("check-marker");
        QPainterPath mark; // a check mark inside, like the problems list's icon
        const qreal u = kMarkerSize / 16;
        mark.moveTo(c + QPointF(-3.4, 0.2) * u);
        mark.lineTo(c + QPointF(-0.9, 2.7) * u);
        mark.lineTo(c + QPointF(3.6, -2.3) * u);
        draw::Op &tick = list.path(mark, {}, theme.background, 1.8 * u);
        tick.cap = Qt::RoundCap;
        list.end();
    }
    list.end();
}

QString figuresText(const QMap<QString, QString> &properties)
{
    QStringList parts;
    QString ignored;
    checks::Latency latency;
    if (checks::parseLatency(properties.value(QStringLiteral("latency")), &latency, &ignored))
        parts.append(latency.p50 == latency.p99
                         ? tr("latency %1").arg(checks::formatMs(latency.p50))
                         : tr("latency p50 %1, p99 %2")
                               .arg(checks::formatMs(latency.p50), checks::formatMs(latency.p99)));
    double value = 0;
    if (checks::parseAvailability(properties.value(QStringLiteral("availability")), &value, &ignored))
        parts.append(tr("availability %1").arg(checks::formatPercent(value)));
    if (checks::parseCapacity(properties.value(QStringLiteral("capacity")), &value, &ignored))
        parts.append(tr("capacity %1").arg(checks::formatRate(value)));
    return parts.join(QStringLiteral(" · "));
}

draw::DrawList pathSummaryDrawing(const checks::PathFigures &path, const Theme &theme)
{
    const QColor text = theme.text;
    const QColor muted = theme.secondaryText;
    const QFont titleFont = draw::font(kTitlePx, true);
    const QFont bodyFont = draw::font(kTextPx);
    const QFont labelFont = draw::font(kTextPx, true);

    // (label, value, colour, role) lines; the budget lines carry their verdict in words.
    struct Line
    {
        QString label, value;
        QColor color;
        QString role;
    };
    QVector<Line> lines;
    if (!path.computed) {
        lines.append({tr("Not computed"), tr("a step names a missing node or edge (see Problems)"), text,
                      QStringLiteral("summary-error")});
    } else {
        lines.append(
            {tr("Latency"),
             path.latencyAnnotated > 0
                 ? tr("p50 %1 · p99 %2").arg(checks::formatMs(path.p50Ms), checks::formatMs(path.p99Ms))
                 : tr("unknown (no hop carries a latency)"),
             text, QStringLiteral("summary-latency")});
        lines.append({tr("Availability"),
                      path.availabilityAnnotated > 0 ? checks::formatPercent(path.availability)
                                                     : tr("unknown (no hop carries one)"),
                      text, QStringLiteral("summary-availability")});
        lines.append({tr("Bottleneck"),
                      path.hasCapacity
                          ? path.bottleneck + QStringLiteral(", ") + checks::formatRate(path.capacity)
                          : tr("unknown (no hop carries a capacity)"),
                      text, QStringLiteral("summary-bottleneck")});
        if (!path.asyncSteps.isEmpty())
            lines.append({tr("Not counted"), tr("async %1").arg(path.asyncSteps.join(QStringLiteral(", "))),
                          muted, QStringLiteral("summary-async")});
        for (const checks::BudgetResult &r : path.budget) {
            QString verdict;
            if (!r.known)
                verdict = tr("? cannot check %1: nothing on the path carries it").arg(r.term.text);
            else if (r.met)
                verdict = tr("✓ met: %1 (computed %2)").arg(r.term.text, budgetActual(r));
            else
                verdict = tr("✗ violated: %1 (computed %2)").arg(r.term.text, budgetActual(r));
            lines.append({tr("Budget"), verdict, r.known ? budgetColor(theme, r.met) : muted,
                          r.known && r.met ? QStringLiteral("summary-budget-met")
                                           : QStringLiteral("summary-budget-violated")});
        }
    }

    // "Card authorisation path (auth)"; a path with no title of its own is "Path auth".
    const QString title = path.title.isEmpty() || path.title == path.id
                              ? tr("Path %1").arg(path.id)
                              : tr("%1 (%2)").arg(path.title, path.id);
    const QFontMetricsF tm(titleFont), bm(bodyFont), lm(labelFont);
    qreal labelW = 0;
    for (const Line &l : lines)
        labelW = std::max(labelW, lm.horizontalAdvance(l.label));
    labelW += 10;
    qreal valueW = 0;
    for (const Line &l : lines)
        valueW = std::max(valueW, bm.horizontalAdvance(l.value));
    valueW = std::min(valueW, kMaxSummaryWidth - labelW - 2 * kPad);
    for (const Line &l : lines) // a word wider than the cap widens the box rather than being cut
        for (const QString &w : draw::wrapText(l.value, bodyFont, valueW))
            valueW = std::max(valueW, bm.horizontalAdvance(w));
    const qreal width = std::ceil(std::max(labelW + valueW, tm.horizontalAdvance(title)) + 2 * kPad);
    const qreal lineH = std::ceil(bm.height() + 3);

    draw::DrawList list;
    list.title = title;
    list.fontFamilies = Theme::svgFontFamily();
    list.background = theme.background;
    qreal y = kPad;
    draw::DrawList content; // the texts, measured before the frame is known
    content.text(QRectF(kPad, y, width - 2 * kPad, tm.height()), title, text, kTitlePx, true).role =
        QStringLiteral("summary-title");
    y += std::ceil(tm.height() + 6);
    for (const Line &l : lines) {
        content.text(QRectF(kPad, y, labelW, lineH), l.label, muted, kTextPx, true).role =
            l.role + QStringLiteral("-label");
        const QStringList wrapped = draw::wrapText(l.value, bodyFont, valueW);
        for (int k = 0; k < wrapped.size(); ++k) {
            content.text(QRectF(kPad + labelW, y, valueW + 1, lineH), wrapped[k], l.color, kTextPx).role =
                l.role;
            y += lineH;
        }
    }
    const qreal height = std::ceil(y + kPad - 3);
    list.size = QSizeF(width, height);
    list.begin(QStringLiteral("path-summary"), QStringLiteral("path-summary"), title);
    draw::Op &frame =
        list.rect(QRectF(0.75, 0.75, width - 1.5, height - 1.5), summaryFill(theme), checkColor(theme), 1.5);
    frame.radius = 6;
    frame.role = QStringLiteral("summary-frame");
    list.ops += content.ops;
    list.end();
    return list;
}

void appendBelow(draw::DrawList &list, const draw::DrawList &box)
{
    constexpr qreal gap = 12;
    const QPointF at(list.origin.x() + gap, list.origin.y() + list.size.height());
    QTransform move;
    move.translate(at.x(), at.y());
    list.begin(QStringLiteral("checks-summary"));
    // The page grows by the box, on the drawing's background.
    list.rect(QRectF(list.origin.x(), at.y(), std::max(list.size.width(), box.size.width() + 2 * gap),
                     box.size.height() + gap),
              list.ops.isEmpty() ? box.background : list.ops.first().fill)
        .role = QStringLiteral("background");
    for (draw::Op op : box.ops) {
        op.rect.translate(at);
        op.line.translate(at);
        op.path = move.map(op.path);
        if (op.baseline)
            op.baseline = *op.baseline + at;
        list.ops.append(op);
    }
    list.end();
    list.size = QSizeF(std::max(list.size.width(), box.size.width() + 2 * gap),
                       list.size.height() + box.size.height() + gap);
}

draw::DrawList checkedDrawList(const LaidOutDiagram &d, const Theme &theme, const CheckOverlay &overlay)
{
    draw::DrawList list = diagramDrawList(d, theme);
    addCheckMarkers(list, d, theme, overlay.findings);
    if (overlay.path)
        appendBelow(list, pathSummaryDrawing(*overlay.path, effectiveTheme(d.diagram, theme)));
    return list;
}

} // namespace ae::diagram
