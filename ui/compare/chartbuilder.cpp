// SPDX-License-Identifier: MIT
// Chart construction. Bar geometry follows QBarSeries: category k spans [k - w/2, k + w/2] (w = barWidth), split
// evenly among the sets; labels are placed from that and mapToPosition, so they match what Qt Charts draws.
#include "ui/compare/chartbuilder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLogValueAxis>
#include <QValueAxis>

#include <cmath>

namespace ae::ui::compare {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ae::ui::compare::Chart", text); }

constexpr double kBarWidth = 0.8;
const char *kLabelsProperty = "aeBarLabels";

struct BarLabel {
    int set = 0;
    int category = 0;
    double value = 0; // where the label sits (top of the bar, or the baseline for a missing bar)
    bool missing = false;
    QGraphicsSimpleTextItem *item = nullptr;
};

// Kept on the chart through a QObject child, so updateBarLabels() can find the labels again.
class LabelHolder : public QObject
{
public:
    explicit LabelHolder(QChart *chart) : QObject(chart) {}
    QVector<BarLabel> labels;
    int setCount = 1;
    double baseline = 0;
};

LabelHolder *holder(QChart *chart)
{
    // Found by name (LabelHolder has no Q_OBJECT, so no qobject_cast); only buildChart names an object so.
    QObject *o = chart ? chart->findChild<QObject *>(QString::fromLatin1(kLabelsProperty), Qt::FindDirectChildrenOnly)
                       : nullptr;
    return static_cast<LabelHolder *>(o);
}

QString shortName(const QString &name)
{
    return name.size() > 28 ? name.left(26) + QChar(0x2026) : name;
}

} // namespace

std::optional<double> barValue(const metrics::ComparisonCell &cell, const ChartOptions &options)
{
    if (!cell.isPresent())
        return std::nullopt;
    if (options.relative)
        return cell.relative;
    if (options.logScale && cell.value <= 0)
        return std::nullopt; // a log axis cannot show zero or less
    return cell.value;
}

QString valueAxisTitle(const metrics::ComparisonSet &set, const ChartOptions &options)
{
    if (options.relative)
        return tr("Relative to best (best = 1, lower is better)");
    return set.valueAxisTitle;
}

QBarSeries *barSeries(QChart *chart)
{
    if (!chart)
        return nullptr;
    for (QAbstractSeries *s : chart->series())
        if (auto *bars = qobject_cast<QBarSeries *>(s))
            return bars;
    return nullptr;
}

QChart *buildChart(const metrics::ComparisonSet &set, const ChartOptions &options)
{
    auto *chart = new QChart;
    chart->setTheme(options.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(options.animate ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->setTitle(options.title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (set.isEmpty())
        return chart;

    // Value range over what is drawn, for the axis and the log-scale floor.
    double lo = std::numeric_limits<double>::infinity();
    double hi = 0;
    for (const auto &s : set.series)
        for (const auto &c : s.cells)
            if (const auto v = barValue(c, options)) {
                if (*v > 0)
                    lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
    if (!std::isfinite(lo))
        lo = 1;
    if (hi <= 0)
        hi = 1;
    double axisMin = 0;
    double axisMax = hi * 1.15;
    if (options.logScale) {
        axisMin = std::pow(10.0, std::floor(std::log10(lo)));
        if (options.relative)
            axisMin = std::min(axisMin, 0.5);
        axisMax = std::pow(10.0, std::ceil(std::log10(hi * 1.5)));
    }

    auto *series = new QBarSeries;
    series->setBarWidth(kBarWidth);
    auto *labels = new LabelHolder(chart);
    labels->setObjectName(QString::fromLatin1(kLabelsProperty));
    labels->setCount = int(set.series.size());
    labels->baseline = axisMin;
    for (int i = 0; i < set.series.size(); ++i) {
        const auto &s = set.series.at(i);
        auto *bars = new QBarSet(s.studyTitle);
        for (int k = 0; k < s.cells.size(); ++k) {
            const auto &c = s.cells.at(k);
            const auto v = barValue(c, options);
            bars->append(v ? *v : axisMin);
            BarLabel l;
            l.set = i;
            l.category = k;
            l.value = v ? *v : axisMin;
            l.missing = !v;
            QString text = c.label;
            if (v && options.relative)
                text = QString::number(*v, 'f', *v < 10 ? 2 : 0) + u'x';
            else if (!v && c.isPresent())
                text = tr("n/a");
            l.item = new QGraphicsSimpleTextItem(text, chart);
            l.item->setZValue(10);
            labels->labels.append(l);
        }
        series->append(bars);
    }
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    QStringList categories;
    for (const auto &c : set.categories)
        categories << shortName(c.name);
    x->append(categories);
    x->setTitleText(tr("Metric"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);

    QAbstractAxis *y = nullptr;
    if (options.logScale) {
        auto *logAxis = new QLogValueAxis;
        logAxis->setBase(10);
        logAxis->setRange(axisMin, axisMax);
        logAxis->setLabelFormat(QStringLiteral("%g"));
        y = logAxis;
    } else {
        auto *linear = new QValueAxis;
        if (!options.relative && set.dimension == metrics::Dimension::Percent && hi <= 100)
            axisMax = 100; // percentages end at 100
        linear->setRange(0, axisMax);
        linear->applyNiceNumbers();
        linear->setLabelFormat(QStringLiteral("%g"));
        y = linear;
    }
    y->setTitleText(valueAxisTitle(set, options));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    // Label colours from the theme (Qt Charts' own value labels would be white on the light theme).
    const QBrush textBrush = x->labelsBrush();
    QFont font = chart->font();
    font.setPixelSize(11);
    for (BarLabel &l : labels->labels) {
        l.item->setBrush(l.missing ? QBrush(Qt::gray) : textBrush);
        QFont f = font;
        f.setItalic(l.missing);
        l.item->setFont(f);
    }
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart] { updateBarLabels(chart); });
    return chart;
}

void updateBarLabels(QChart *chart)
{
    LabelHolder *h = holder(chart);
    QBarSeries *series = barSeries(chart);
    if (!h || !series)
        return;
    const double slot = kBarWidth / h->setCount;
    const QRectF plot = chart->plotArea();
    for (const BarLabel &l : std::as_const(h->labels)) {
        const double xCentre = l.category - kBarWidth / 2 + (l.set + 0.5) * slot;
        const QPointF top = chart->mapToPosition(QPointF(xCentre, l.value), series);
        const QRectF box = l.item->boundingRect();
        // Narrow bars get their label turned upright so neighbours do not overlap.
        const QPointF left = chart->mapToPosition(QPointF(xCentre - slot / 2, l.value), series);
        const double slotPixels = 2 * (top.x() - left.x());
        const bool upright = box.width() > slotPixels - 4; // keep a gap between neighbours
        // Too narrow for an upright word: a dash marks the missing bar (the table and tooltip say "missing").
        if (l.missing && slotPixels < box.height() && l.item->text() != QStringLiteral("–"))
            l.item->setText(QStringLiteral("–"));
        l.item->setRotation(upright ? -90 : 0);
        QPointF pos = upright ? QPointF(top.x() - box.height() / 2, top.y() - 3)
                              : QPointF(top.x() - box.width() / 2, top.y() - box.height() - 2);
        if (upright && pos.y() - box.width() < plot.top())
            pos.setY(plot.top() + box.width()); // keep it inside the plot
        if (!upright && pos.y() < plot.top())
            pos.setY(top.y() + 2);
        l.item->setPos(pos);
        l.item->setVisible(plot.contains(top) || l.missing);
    }
}

} // namespace ae::ui::compare
