// SPDX-License-Identifier: MIT
#include "draw/matrixdraw.h"

#include "metrics/format.h"

#include <QFontMetricsF>
#include <QObject>

#include <cmath>

namespace ae::draw {

DrawList layoutMatrix(const metrics::MeasureMatrix &m, const ChartPalette &p, qreal fs)
{
    const QFont textFont = font(fs), boldFont = font(fs, true), smallFont = font(fs * 0.85),
                titleFont = font(fs * 1.25, true);
    const QFontMetricsF fm(textFont), bm(boldFont), sm(smallFont), tm(titleFont);
    const qreal margin = 16, pad = 8;
    DrawList list;
    list.background = p.background;
    list.title = QObject::tr("Measures compared across case studies");

    // Column widths: the widest cell text (value line, factor line) or head word of each study column.
    QVector<qreal> colW(m.studies.size(), 0);
    for (int c = 0; c < m.studies.size(); ++c) {
        for (const QString &w : m.shortNames.value(c).split(u' ', Qt::SkipEmptyParts))
            colW[c] = std::max(colW[c], bm.horizontalAdvance(w));
        colW[c] = std::max(colW[c], std::min<qreal>(bm.horizontalAdvance(m.shortNames.value(c)), 140));
        for (const metrics::MatrixRow &r : m.rows) {
            const metrics::MatrixCell &cell = r.cells.at(c);
            colW[c] = std::max(colW[c], fm.horizontalAdvance(cell.text));
            if (cell.factor)
                colW[c] = std::max(colW[c], sm.horizontalAdvance(metrics::formatFactor(*cell.factor) +
                                                                 QObject::tr(" vs baseline")));
            colW[c] = std::max(colW[c], sm.horizontalAdvance(cell.computedText));
        }
        colW[c] = std::ceil(colW[c]) + 2 * pad;
    }
    qreal nameW = 0;
    for (const metrics::MatrixRow &r : m.rows)
        nameW = std::max(nameW, fm.horizontalAdvance(r.name));
    nameW = std::ceil(std::min<qreal>(nameW, 260)) + 2 * pad;
    qreal width = margin * 2 + nameW;
    for (qreal w : colW)
        width += w;

    qreal y = margin;
    for (const QString &line : wrapText(list.title, titleFont, width - 2 * margin)) {
        list.text(QRectF(margin, y, width - 2 * margin, tm.height()), line, p.text, titleFont.pixelSize(),
                  true)
            .role = QStringLiteral("title");
        y += tm.height();
    }
    bool anyComputed = false, anyOwnRequests = false;
    for (const metrics::MatrixRow &r : m.rows) {
        anyOwnRequests = anyOwnRequests || r.ownRequests;
        for (const metrics::MatrixCell &cell : r.cells)
            anyComputed = anyComputed || !cell.computedText.isEmpty();
    }
    QString legend =
        QObject::tr("Each cell: the result, shaded by its ratio to the best of its row (green best, "
                    "red 100x worse or more); below it the improvement over the study's baseline.");
    if (anyOwnRequests)
        legend +=
            u' ' +
            QObject::tr(
                "A row of each study's own main request (latency, peak requests) names the request in each "
                "cell and is not shaded: different requests are not ranked.");
    if (anyComputed)
        legend += u' ' + QObject::tr("Where a study's diagram has a request path, the figure computed from "
                                     "it follows, with the measured figure's difference.");
    for (const QString &line : wrapText(legend, smallFont, width - 2 * margin)) {
        list.text(QRectF(margin, y, width - 2 * margin, sm.height()), line, p.mutedText,
                  smallFont.pixelSize())
            .role = QStringLiteral("subtitle");
        y += sm.height();
    }
    y += pad;

    // Heads: wrapped study names.
    int headLines = 1;
    QVector<QStringList> heads;
    for (int c = 0; c < m.studies.size(); ++c) {
        heads << wrapText(m.shortNames.value(c), boldFont, colW[c] - 2 * pad);
        headLines = std::max(headLines, int(heads.last().size()));
    }
    const qreal headH = headLines * bm.height() + pad;
    qreal x = margin + nameW;
    list.text(QRectF(margin + pad, y + headH - bm.height() - pad / 2, nameW - 2 * pad, bm.height()),
              QObject::tr("Measure"), p.text, boldFont.pixelSize(), true)
        .role = QStringLiteral("head");
    for (int c = 0; c < m.studies.size(); ++c) {
        qreal hy = y + headH - heads[c].size() * bm.height() - pad / 2;
        for (const QString &line : heads[c]) {
            Op &op = list.text(QRectF(x + pad, hy, colW[c] - 2 * pad, bm.height()), line, p.text,
                               boldFont.pixelSize(), true, Qt::AlignHCenter | Qt::AlignVCenter);
            op.role = QStringLiteral("head");
            op.tip = m.titles.value(c);
            hy += bm.height();
        }
        x += colW[c];
    }
    y += headH;
    list.line(QLineF(margin, y, width - margin, y), p.axis, 1);

    for (int r = 0; r < m.rows.size(); ++r) {
        const metrics::MatrixRow &row = m.rows.at(r);
        const QStringList nameLines = wrapText(row.name, textFont, nameW - 2 * pad);
        // A line more for a figure computed from the study's diagram (computed vs measured).
        bool computed = false;
        for (const metrics::MatrixCell &cell : row.cells)
            computed = computed || !cell.computedText.isEmpty();
        const qreal cellH = fm.height() + sm.height() * (computed ? 2 : 1) + pad;
        const qreal rowH = std::max(cellH, nameLines.size() * fm.height() + pad);
        qreal ny = y + (rowH - nameLines.size() * fm.height()) / 2;
        for (const QString &line : nameLines) {
            Op &op = list.text(QRectF(margin + pad, ny, nameW - 2 * pad, fm.height()), line, p.text,
                               textFont.pixelSize());
            op.role = QStringLiteral("measure");
            op.tip = row.about;
            ny += fm.height();
        }
        x = margin + nameW;
        for (int c = 0; c < row.cells.size(); ++c) {
            const metrics::MatrixCell &cell = row.cells.at(c);
            const QRectF box(x + 1, y + 1, colW[c] - 2, rowH - 2);
            Op &bg = list.rect(box, cell.isMissing() ? p.missingFill : shade(cell.ratio, p), p.cellBorder, 1);
            bg.role = QStringLiteral("cell");
            bg.dashed = cell.isMissing();
            const qreal ty = cell.factor ? y + (rowH - cellH) / 2 + pad / 2 : y + (rowH - fm.height()) / 2;
            list.text(QRectF(x + pad, ty, colW[c] - 2 * pad, fm.height()),
                      cell.metricIndex < 0 ? QObject::tr("not reported") : cell.text,
                      cell.isMissing() ? p.missingText : p.text,
                      cell.metricIndex < 0 ? smallFont.pixelSize() : textFont.pixelSize(), false,
                      Qt::AlignHCenter | Qt::AlignVCenter)
                .role = QStringLiteral("cell-value");
            if (cell.factor)
                list.text(QRectF(x + pad, ty + fm.height(), colW[c] - 2 * pad, sm.height()),
                          metrics::formatFactor(*cell.factor) + QObject::tr(" vs baseline"), p.mutedText,
                          smallFont.pixelSize(), false, Qt::AlignHCenter | Qt::AlignVCenter)
                    .role = QStringLiteral("cell-factor");
            if (!cell.computedText.isEmpty())
                list.text(QRectF(x + pad, ty + fm.height() + (cell.factor ? sm.height() : 0),
                                 colW[c] - 2 * pad, sm.height()),
                          cell.computedText, p.text, smallFont.pixelSize(), false,
                          Qt::AlignHCenter | Qt::AlignVCenter)
                    .role = QStringLiteral("cell-computed");
            x += colW[c];
        }
        y += rowH;
    }
    if (m.hiddenRows > 0) {
        y += pad;
        list.text(QRectF(margin, y, width - 2 * margin, sm.height()),
                  m.hiddenRows == 1
                      ? QObject::tr("1 more measure reported by one study only is not shown.")
                      : QObject::tr("%1 more measures reported by one study only are not shown.")
                            .arg(m.hiddenRows),
                  p.mutedText, smallFont.pixelSize())
            .role = QStringLiteral("note");
        y += sm.height();
    }
    list.size = QSizeF(std::ceil(width), std::ceil(y + margin));
    return list;
}

} // namespace ae::draw
