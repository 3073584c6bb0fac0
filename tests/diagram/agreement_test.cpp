// SPDX-License-Identifier: MIT
// The SVG and the painter's PNG are the same picture: for every drawing golden (diagramcases.h),
// rsvg-convert's rendering of the SVG and DiagramPainter's PNG at the same size differ by less than 2/255 per
// channel on average over the whole picture, and over each edge label and drawn note alone (in 4x4-pixel
// cells, see cellDiff), where a back-end that drew labels in another colour or order would show: labels are a
// sliver of the picture, so the whole-picture figure alone would not see that (drawing SVG labels in blue
// moved it by under 0.2/255 but each label's by 5 to 14/255).
#include "diagram/export.h"
#include "diagram/notes.h"
#include "diagram/svgwriter.h"
#include "diagramcases.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ae::diagram;

namespace {

constexpr double kLimit = 2.0; // mean absolute difference per channel, in 1/255

// The mean absolute difference per channel over `area` (clipped to the images).
double meanAbsDiff(const QImage &a, const QImage &b, const QRect &area)
{
    const QRect r = area.intersected(a.rect());
    if (r.isEmpty())
        return 0;
    double sum = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const QRgb *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const QRgb *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = r.left(); x <= r.right(); ++x)
            sum += std::abs(qRed(pa[x]) - qRed(pb[x])) + std::abs(qGreen(pa[x]) - qGreen(pb[x])) +
                   std::abs(qBlue(pa[x]) - qBlue(pb[x]));
    }
    return sum / (3.0 * r.width() * r.height());
}

// The same over `area` cut into kCell x kCell cells, each cell's colour averaged first: two text rasterisers
// spread a glyph's ink over neighbouring pixels differently, but put the same ink, of the same colour, in
// the same place, so what they disagree on averages away while a wrong colour, a missing or misplaced text
// or a shape drawn over it does not.
constexpr int kCell = 4;
double cellDiff(const QImage &a, const QImage &b, const QRect &area)
{
    const QRect r = area.intersected(a.rect());
    double sum = 0;
    int cells = 0;
    for (int cy = r.top(); cy + kCell - 1 <= r.bottom(); cy += kCell) {
        for (int cx = r.left(); cx + kCell - 1 <= r.right(); cx += kCell) {
            int ca[3] = {0, 0, 0}, cb[3] = {0, 0, 0};
            for (int y = cy; y < cy + kCell; ++y) {
                const QRgb *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
                const QRgb *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
                for (int x = cx; x < cx + kCell; ++x) {
                    ca[0] += qRed(pa[x]), ca[1] += qGreen(pa[x]), ca[2] += qBlue(pa[x]);
                    cb[0] += qRed(pb[x]), cb[1] += qGreen(pb[x]), cb[2] += qBlue(pb[x]);
                }
            }
            for (int c = 0; c < 3; ++c)
                sum += std::abs(ca[c] - cb[c]) / double(kCell * kCell);
            ++cells;
        }
    }
    return cells ? sum / (3.0 * cells) : 0;
}

} // namespace

class AgreementTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void svgAndPng_samePicture_data()
    {
        QTest::addColumn<QString>("name");
        for (const testcases::Case &c : testcases::goldenCases())
            QTest::newRow(qPrintable(c.name)) << c.name;
    }
    void svgAndPng_samePicture()
    {
        QFETCH(QString, name);
        const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
        if (rsvg.isEmpty())
            QSKIP("rsvg-convert is not installed (Debian package librsvg2-bin, a test dependency): the SVG "
                  "cannot be rasterised to compare with the painter's PNG");
        testcases::Case c;
        for (const testcases::Case &candidate : testcases::goldenCases())
            if (candidate.name == name)
                c = candidate;
        const Theme t = Theme::named(c.theme);
        const LayoutResult laid = layoutDiagram(c.diagram, t);
        QVERIFY2(laid.ok, qPrintable(laid.error));
        const LaidOutDiagram &d = laid.diagram;

        const QImage painted = renderImage(d, t, 1.0).convertToFormat(QImage::Format_RGB32);
        QTemporaryDir dir;
        QFile svg(dir.filePath(QStringLiteral("in.svg")));
        QVERIFY(svg.open(QIODevice::WriteOnly));
        svg.write(writeSvg(d, t));
        svg.close();
        const QString png = dir.filePath(QStringLiteral("out.png"));
        QProcess p;
        p.start(rsvg, {QStringLiteral("-w"), QString::number(painted.width()), QStringLiteral("-h"),
                       QString::number(painted.height()), QStringLiteral("-o"), png, svg.fileName()});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QImage rendered = QImage(png).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(rendered.size(), painted.size());
        if (const QString keep = qEnvironmentVariable("AE_AGREEMENT_DUMP"); !keep.isEmpty()) {
            // For a person looking into a failure: both pictures side by side in that folder.
            painted.save(keep + u'/' + name + QStringLiteral("-png.png"));
            rendered.save(keep + u'/' + name + QStringLiteral("-svg.png"));
        }

        const QPointF origin = d.bounds.topLeft();
        const double whole = meanAbsDiff(painted, rendered, painted.rect());
        qInfo("%s: mean abs diff %.3f", qPrintable(name), whole);
        QVERIFY2(whole < kLimit, qPrintable(QStringLiteral("whole picture: %1/255").arg(whole)));
        int labels = 0;
        double worst = 0;
        for (const LaidOutEdge &e : d.edges) {
            if (e.labelRect.isEmpty() || d.diagram.edges[e.index].invisible)
                continue;
            ++labels;
            const QRect area = e.labelRect.translated(-origin).toAlignedRect();
            const double diff = cellDiff(painted, rendered, area);
            worst = std::max(worst, diff);
            QVERIFY2(diff < kLimit,
                     qPrintable(QStringLiteral("the label of edge %1 -> %2: %3/255")
                                    .arg(d.diagram.edges[e.index].from, d.diagram.edges[e.index].to)
                                    .arg(diff)));
        }
        for (const LaidOutNode &n : d.nodes) {
            const QRectF card = noteRect(d.diagram.nodes[n.index], n.rect, t);
            if (card.isEmpty())
                continue;
            const double diff = cellDiff(painted, rendered, card.translated(-origin).toAlignedRect());
            worst = std::max(worst, diff);
            QVERIFY2(
                diff < kLimit,
                qPrintable(
                    QStringLiteral("the note of %1: %2/255").arg(d.diagram.nodes[n.index].id).arg(diff)));
        }
        qInfo("%s: %d edge labels and the notes compared, worst %.3f/255 (4x4 cells)", qPrintable(name),
              labels, worst);
    }
};

QTEST_MAIN(AgreementTest)
#include "agreement_test.moc"
