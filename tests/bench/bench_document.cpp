// SPDX-License-Identifier: MIT
// Opening a case study with its diagrams drawn, against the floor: cmark-gfm + QTextDocument::setHtml + layout of
// the same document with no diagrams; Qt's own setMarkdown is a second, slower anchor.
#include "bench.h"

#include "content/library.h"
#include "markdown/markdown.h"
#include "ui/diagram/documentdiagramrenderer.h"
#include "ui/reader/documentstyle.h"
#include "ui/reader/documentview.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v[v.size() / 2];
}

// Largest case study of the bundled library (the "30 KB case study").
const ae::content::Document *largestStudy(const ae::content::Library &library)
{
    const ae::content::Document *best = nullptr;
    for (const ae::content::Document &d : library.documents())
        if (d.path.startsWith(QLatin1String("case-studies/")) && (!best || d.source.size() > best->source.size()))
            best = &d;
    return best;
}

} // namespace

AE_BENCH_SECTION("document")
{
    ae::content::Library library;
    QString error;
    if (!library.load(QStringLiteral(AE_SOURCE_DIR "/content"), &error)) {
        ctx.out << "cannot load content/: " << error << "\n";
        return;
    }
    const ae::content::Document *doc = largestStudy(library);
    if (!doc) {
        ctx.out << "no case study found\n";
        return;
    }
    const int runs = ctx.quick ? 3 : 9;
    const int width = 900;
    int diagrams = 0;
    for (const auto &b : doc->md.codeBlocks)
        diagrams += ae::markdown::isDiagramInfo(b.info) ? 1 : 0;
    ctx.out << "document: " << doc->path << ", " << doc->source.toUtf8().size() / 1024 << " KB, " << diagrams
            << " diagrams, median of " << runs << " runs\n";

    QVector<double> floorMs, styledFloorMs, markdownMs, coldMs, warmMs;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const ae::markdown::MarkdownDocument md = ae::markdown::parse(doc->source);
        QTextDocument text;
        text.setTextWidth(width);
        text.setHtml(md.html);
        (void)text.documentLayout()->documentSize();
        {
            // Paint the first screen too, as the view does, so both sides include drawing.
            QImage first(width, 800, QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&first);
            text.drawContents(&painter, QRectF(0, 0, width, 800));
        }
        floorMs << ae::bench::ms(t);

        // The same floor dressed as the reader dresses it (its style sheet, font and reading measure), so the ratio
        // below isolates what drawing the diagrams adds.
        ae::ui::DocumentView probe; // for its font and palette only, made before the clock starts
        t.restart();
        {
            const ae::markdown::MarkdownDocument styledMd = ae::markdown::parse(doc->source);
            QTextDocument styled;
            QFont font = probe.document()->defaultFont();
            const qreal basePt = qMax<qreal>(10.5, probe.font().pointSizeF() * 1.15);
            font.setPointSizeF(basePt);
            styled.setDefaultFont(font);
            styled.setDefaultStyleSheet(ae::ui::documentStyleSheet(probe.palette(), basePt, 100));
            styled.setTextWidth(ae::ui::kReadingMeasureChars * QFontMetricsF(font).averageCharWidth() + 48);
            styled.setHtml(styledMd.html);
            (void)styled.documentLayout()->documentSize();
            QImage first(width, 800, QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&first);
            styled.drawContents(&painter, QRectF(0, 0, width, 800));
        }
        styledFloorMs << ae::bench::ms(t);

        t.restart();
        QTextDocument qtmd;
        qtmd.setTextWidth(width);
        qtmd.setMarkdown(doc->source);
        (void)qtmd.documentLayout()->documentSize();
        markdownMs << ae::bench::ms(t);

        // Ours, cold: a fresh renderer (no layouts cached in memory) drawing every diagram.
        {
            ae::ui::DocumentDiagramRenderer renderer;
            ae::ui::DocumentView view;
            view.resize(width + 40, 800);
            view.setLibrary(&library);
            view.setDiagramRenderer(&renderer);
            t.restart();
            view.showDocument(doc->path);
            (void)view.document()->documentLayout()->documentSize();
            (void)view.grab(); // the first screen painted, diagram images included
            coldMs << ae::bench::ms(t);
            // Warm: the same view opens the document again, layouts and images cached.
            view.showDocument(QStringLiteral("overview.md"));
            t.restart();
            view.showDocument(doc->path);
            (void)view.document()->documentLayout()->documentSize();
            (void)view.grab();
            warmMs << ae::bench::ms(t);
        }
    }
    const double floor = median(floorMs);
    ctx.out << QStringLiteral("  floor (cmark-gfm + setHtml + layout, no diagrams): %1 ms\n").arg(floor, 0, 'f', 1);
    ctx.out << QStringLiteral("  Qt setMarkdown + layout:                          %1 ms  (%2x floor)\n")
                   .arg(median(markdownMs), 0, 'f', 1)
                   .arg(median(markdownMs) / floor, 0, 'f', 2);
    ctx.out << QStringLiteral("  ours, diagrams drawn, cold renderer:               %1 ms  (%2x floor)\n")
                   .arg(median(coldMs), 0, 'f', 1)
                   .arg(median(coldMs) / floor, 0, 'f', 2);
    ctx.out << QStringLiteral("  ours, diagrams drawn, layouts cached:              %1 ms  (%2x floor; target <= 1.3x)\n")
                   .arg(median(warmMs), 0, 'f', 1)
                   .arg(median(warmMs) / floor, 0, 'f', 2);
    const double styled = median(styledFloorMs);
    ctx.out << QStringLiteral("  floor with the reader's style sheet and measure:   %1 ms  (%2x floor)\n")
                   .arg(styled, 0, 'f', 1)
                   .arg(styled / floor, 0, 'f', 2);
    ctx.out << QStringLiteral("  ours, layouts cached, vs that styled floor:        %1x (target <= 1.3x: what the diagrams add)\n")
                   .arg(median(warmMs) / styled, 0, 'f', 2);
}
