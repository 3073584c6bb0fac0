// SPDX-License-Identifier: MIT
// Compare workspace: pickers -> ComparisonSet -> chart + table. Metrics are collected off the UI thread whenever
// the library loads or a document changes; a newer collection supersedes (and discards) an older one.
#include "ui/compare/comparepage.h"

#include "content/library.h"
#include "ui/compare/chartexport.h"
#include "ui/compare/comparemodel.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QBarSeries>
#include <QSignalBlocker>

#include <algorithm>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcCompare, "archexplorer.compare", QtInfoMsg)

namespace ae::ui::compare {

ComparePage::ComparePage(MainWindow *window) : ComparePage(window->library(), window->theme(), window)
{
    connect(this, &ComparePage::openRequested, window,
            [window](const QString &path, const QString &anchor) { window->openDocument(path, anchor); });
}

ComparePage::ComparePage(content::Library *library, Theme *theme, QWidget *parent)
    : QWidget(parent), m_library(library), m_theme(theme)
{
    setObjectName(QStringLiteral("comparePage"));
    setAccessibleName(tr("Compare"));
    buildUi();
    if (m_library) {
        connect(m_library, &content::Library::loaded, this, &ComparePage::collectFromLibrary);
        connect(m_library, &content::Library::documentChanged, this, &ComparePage::collectFromLibrary);
        if (!m_library->documents().isEmpty())
            collectFromLibrary();
    }
    if (m_theme)
        connect(m_theme, &Theme::themeChanged, this, &ComparePage::showChart);
}

ComparePage::~ComparePage() = default;

void ComparePage::buildUi()
{
    m_studyList = new QListWidget(this);
    m_studyList->setObjectName(QStringLiteral("studyList"));
    m_studyList->setAccessibleName(tr("Case studies to compare"));
    auto *studyLabel = new QLabel(tr("&Case studies"), this);
    studyLabel->setBuddy(m_studyList);

    auto combo = [this](const char *name, const QString &accessible) {
        auto *c = new QComboBox(this);
        c->setObjectName(QString::fromLatin1(name));
        c->setAccessibleName(accessible);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return c;
    };
    m_modeCombo = combo("modeCombo", tr("View"));
    m_modeCombo->addItem(tr("Compare case studies"), int(Mode::Studies));
    m_modeCombo->addItem(tr("Before and after"), int(Mode::BeforeAfter));
    m_dimensionCombo = combo("dimensionCombo", tr("Dimension"));
    m_metricCombo = combo("metricCombo", tr("Metric"));
    m_beforeAfterCombo = combo("beforeAfterStudyCombo", tr("Case study for before and after"));
    m_sortCombo = combo("sortCombo", tr("Order"));
    m_sortCombo->addItem(tr("As listed"), int(metrics::SeriesOrder::AsGiven));
    m_sortCombo->addItem(tr("Best first"), int(metrics::SeriesOrder::BestFirst));
    m_groupCombo = combo("groupCombo", tr("Group metrics"));
    m_groupCombo->addItem(tr("Like metrics together"), int(metrics::Grouping::ByFamily));
    m_groupCombo->addItem(tr("Exact metric names"), int(metrics::Grouping::ByName));
    m_groupCombo->setToolTip(tr("Like metrics: every p99 latency in one group, every availability in one, every "
                                "monthly cost in one; a study's first such row is charted"));
    m_relativeCheck = new QCheckBox(tr("&Relative to best"), this);
    m_relativeCheck->setObjectName(QStringLiteral("relativeCheck"));
    m_relativeCheck->setAccessibleName(tr("Relative to best"));
    m_relativeCheck->setToolTip(tr("Divide each value by the best one of its metric: best = 1, larger is worse"));
    m_logCheck = new QCheckBox(tr("&Log scale"), this);
    m_logCheck->setObjectName(QStringLiteral("logScaleCheck"));
    m_logCheck->setAccessibleName(tr("Log scale"));

    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setAccessibleName(tr("Export"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    QAction *svg = menu->addAction(tr("Chart as SVG…"), this, [this] { chooseExport(QStringLiteral("svg")); });
    svg->setObjectName(QStringLiteral("exportSvgAction"));
    QAction *png = menu->addAction(tr("Chart as PNG (2x)…"), this, [this] { chooseExport(QStringLiteral("png")); });
    png->setObjectName(QStringLiteral("exportPngAction"));
    QAction *csv = menu->addAction(tr("Data as CSV…"), this, [this] { chooseExport(QStringLiteral("csv")); });
    csv->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportButton->setMenu(menu);

    m_chartView = new QChartView(this);
    m_chartView->setObjectName(QStringLiteral("compareChart"));
    m_chartView->setAccessibleName(tr("Comparison chart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(420, 320);

    m_model = new CompareModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CompareModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Compared values"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("compareNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_modeCombo), static_cast<QWidget *>(m_dimensionCombo),
                       static_cast<QWidget *>(m_groupCombo), static_cast<QWidget *>(m_metricCombo),
                       static_cast<QWidget *>(m_beforeAfterCombo),
                       static_cast<QWidget *>(m_sortCombo), static_cast<QWidget *>(m_relativeCheck),
                       static_cast<QWidget *>(m_logCheck)})
        controls->addWidget(w);
    controls->addStretch(1);
    controls->addWidget(m_exportButton);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *left = new QVBoxLayout;
    left->addWidget(studyLabel);
    left->addWidget(m_studyList, 1);
    auto *right = new QVBoxLayout;
    right->addLayout(controls);
    right->addWidget(splitter, 1);
    right->addWidget(m_notes);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 0);
    layout->addLayout(right, 1);
    m_studyList->setMaximumWidth(260);

    connect(m_studyList, &QListWidget::itemChanged, this, [this] {
        if (!m_filling) {
            fillMetricCombo();
            rebuild();
        }
    });
    for (QComboBox *c : {m_dimensionCombo, m_groupCombo})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling) {
                fillMetricCombo();
                rebuild();
            }
        });
    for (QComboBox *c : {m_modeCombo, m_metricCombo, m_beforeAfterCombo, m_sortCombo})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                rebuild();
        });
    connect(m_relativeCheck, &QCheckBox::toggled, this, &ComparePage::showChart);
    connect(m_logCheck, &QCheckBox::toggled, this, &ComparePage::showChart);
    connect(m_logCheck, &QCheckBox::clicked, this, [this] { m_logChosen = true; });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const int row = m_proxy->mapToSource(index).row();
        const metrics::Metric *m = m_model->metricAt(row);
        Q_EMIT openRequested(m_model->studyAt(row), m ? m->sectionAnchor : QString());
    });
    rebuild();
}

void ComparePage::collectFromLibrary()
{
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<metrics::LibraryMetrics>(this);
    connect(watcher, &QFutureWatcher<metrics::LibraryMetrics>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) // a newer collection is on its way: drop this one
            setMetrics(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(metrics::collectMetrics, m_library->documents()));
}

void ComparePage::setMetrics(const metrics::LibraryMetrics &data)
{
    const QStringList wasChecked = checkedStudies();
    m_data = data;
    qCDebug(lcCompare) << "metrics:" << m_data.metrics.size() << "from" << m_data.studies.size() << "studies";
    m_filling = true;
    m_studyList->clear();
    m_beforeAfterCombo->clear();
    for (int i = 0; i < m_data.studies.size(); ++i) {
        auto *item = new QListWidgetItem(m_data.studyTitles.at(i), m_studyList);
        item->setData(Qt::UserRole, m_data.studies.at(i));
        item->setToolTip(m_data.studies.at(i));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool checked = m_firstLoad || wasChecked.contains(m_data.studies.at(i));
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        m_beforeAfterCombo->addItem(m_data.studyTitles.at(i), m_data.studies.at(i));
    }
    m_firstLoad = m_data.studies.isEmpty();
    fillPickers();
    m_filling = false;
    rebuild();
    Q_EMIT metricsChanged();
}

void ComparePage::fillPickers()
{
    const QVariant current = m_dimensionCombo->currentData();
    m_dimensionCombo->clear();
    for (metrics::Dimension d : metrics::dimensionsPresent(m_data.metrics))
        m_dimensionCombo->addItem(metrics::dimensionDisplayName(d), int(d));
    const int keep = m_dimensionCombo->findData(current.isValid() ? current : QVariant(int(metrics::Dimension::Time)));
    m_dimensionCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    fillMetricCombo();
}

void ComparePage::fillMetricCombo()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const QString current = m_metricCombo->currentData().toString();
    m_metricCombo->clear();
    m_metricCombo->addItem(tr("All metrics"), QString());
    const QStringList studies = checkedStudies();
    const auto dimension = metrics::Dimension(m_dimensionCombo->currentData().toInt());
    const bool byFamily = metrics::Grouping(m_groupCombo->currentData().toInt()) == metrics::Grouping::ByFamily;
    QStringList keys;
    for (const metrics::Metric &m : std::as_const(m_data.metrics)) {
        const QString key = byFamily ? m.family() : m.key();
        if (m.unit.dimension == dimension && studies.contains(m.studyPath) && !keys.contains(key)) {
            keys << key;
            m_metricCombo->addItem(byFamily && key != m.key() ? key : m.name, key);
        }
    }
    const int keep = m_metricCombo->findData(current);
    m_metricCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    m_filling = wasFilling;
}

QStringList ComparePage::checkedStudies() const
{
    QStringList out;
    for (int i = 0; i < m_studyList->count(); ++i)
        if (m_studyList->item(i)->checkState() == Qt::Checked)
            out << m_studyList->item(i)->data(Qt::UserRole).toString();
    return out;
}

void ComparePage::rebuild()
{
    const auto mode = Mode(m_modeCombo->currentData().toInt());
    const bool beforeAfter = mode == Mode::BeforeAfter;
    m_dimensionCombo->setEnabled(!beforeAfter);
    m_metricCombo->setEnabled(!beforeAfter);
    m_sortCombo->setEnabled(!beforeAfter);
    m_groupCombo->setEnabled(!beforeAfter);
    m_relativeCheck->setEnabled(!beforeAfter);
    m_beforeAfterCombo->setVisible(beforeAfter);
    m_studyList->setEnabled(!beforeAfter);
    if (beforeAfter) {
        m_set = metrics::buildBeforeAfter(m_data.metrics, m_beforeAfterCombo->currentData().toString());
    } else if (checkedStudies().isEmpty()) {
        m_set = metrics::ComparisonSet{}; // nothing ticked: nothing charted (an empty list means "all" to the library)
    } else {
        metrics::ComparisonOptions o;
        o.dimension = metrics::Dimension(m_dimensionCombo->currentData().toInt());
        o.studies = checkedStudies();
        const QString key = m_metricCombo->currentData().toString();
        if (!key.isEmpty())
            o.metricKeys = {key};
        o.order = metrics::SeriesOrder(m_sortCombo->currentData().toInt());
        o.grouping = metrics::Grouping(m_groupCombo->currentData().toInt());
        m_set = m_dimensionCombo->count() ? metrics::buildComparison(m_data.metrics, o) : metrics::ComparisonSet{};
    }
    m_model->setComparison(m_set);
    m_table->resizeColumnsToContents();
    if (!m_logChosen) {
        // Values three or more orders of magnitude apart (milliseconds next to days) would flatten every small
        // bar on a linear axis: start on a log axis until the user picks one.
        const QSignalBlocker block(m_logCheck);
        m_logCheck->setChecked(spansOrdersOfMagnitude(m_set, 1000.0));
    }
    showChart();
    updateNotes();
}

bool ComparePage::spansOrdersOfMagnitude(const metrics::ComparisonSet &set, double ratio)
{
    double low = 0, high = 0;
    for (const metrics::ComparisonSeries &series : set.series)
        for (const metrics::ComparisonCell &cell : series.cells)
            if (cell.isPresent() && cell.value > 0) {
                low = low == 0 ? cell.value : std::min(low, cell.value);
                high = std::max(high, cell.value);
            }
    return low > 0 && high / low >= ratio;
}

bool ComparePage::isDark() const { return m_theme ? m_theme->isDark() : Theme::isDarkPalette(palette()); }

ChartOptions ComparePage::chartOptions() const
{
    ChartOptions o;
    o.logScale = m_logCheck->isChecked();
    o.relative = m_relativeCheck->isChecked() && m_relativeCheck->isEnabled();
    o.dark = isDark();
    o.animate = false;
    if (Mode(m_modeCombo->currentData().toInt()) == Mode::BeforeAfter)
        o.title = tr("%1: improvement per metric").arg(m_beforeAfterCombo->currentText());
    else if (!m_set.isEmpty())
        o.title = tr("%1 by case study").arg(metrics::dimensionDisplayName(m_set.dimension));
    else
        o.title = m_data.studies.isEmpty() ? tr("No case study with a Performance Metrics table")
                                           : tr("Tick case studies to compare");
    return o;
}

void ComparePage::showChart()
{
    QChart *chart = buildChart(m_set, chartOptions());
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    m_chartView->setBackgroundBrush(chart->backgroundBrush());
    if (QBarSeries *series = barSeries(chart)) {
        connect(series, &QBarSeries::hovered, this, &ComparePage::onBarHovered);
        connect(series, &QBarSeries::clicked, this, &ComparePage::onBarClicked);
    }
}

void ComparePage::onBarHovered(bool status, int index, QBarSet *barSet)
{
    QBarSeries *series = barSeries(m_chartView->chart());
    const int s = series ? int(series->barSets().indexOf(barSet)) : -1;
    if (!status || s < 0 || s >= m_set.series.size() || index < 0 || index >= m_set.categories.size()) {
        QToolTip::hideText();
        return;
    }
    const metrics::ComparisonCell &c = m_set.series.at(s).cells.at(index);
    const metrics::Metric *m = c.metricIndex >= 0 ? &m_set.metrics.at(c.metricIndex) : nullptr;
    QString text = QStringLiteral("<b>%1</b><br>%2: ").arg(m_set.series.at(s).studyTitle.toHtmlEscaped(),
                                                             m_set.categories.at(index).name.toHtmlEscaped());
    if (!m)
        text += tr("missing (not in this case study's table)");
    else if (!c.isPresent())
        text += tr("%1 (not charted)").arg(m->result.text.toHtmlEscaped());
    else {
        text += QStringLiteral("%1 %2").arg(m->result.text.toHtmlEscaped(), m->unit.text.toHtmlEscaped());
        if (m->unit.text != m_set.unit)
            text += QStringLiteral(" = %1 %2").arg(c.label.toHtmlEscaped(), m_set.unit.toHtmlEscaped());
        if (c.relative)
            text += tr("<br>%1x the best").arg(QString::number(*c.relative, 'f', 2));
    }
    if (m)
        text += tr("<br>Source: %1<br><i>%2 — click to open</i>")
                    .arg(m->source.toHtmlEscaped(), m->location().toHtmlEscaped());
    QToolTip::showText(QCursor::pos(), text, m_chartView);
}

void ComparePage::onBarClicked(int index, QBarSet *barSet)
{
    QBarSeries *series = barSeries(m_chartView->chart());
    if (series)
        openCell(int(series->barSets().indexOf(barSet)), index);
}

void ComparePage::openCell(int seriesIndex, int categoryIndex)
{
    if (seriesIndex < 0 || seriesIndex >= m_set.series.size() || categoryIndex < 0 ||
        categoryIndex >= m_set.categories.size())
        return;
    const metrics::ComparisonCell &c = m_set.series.at(seriesIndex).cells.at(categoryIndex);
    const QString anchor = c.metricIndex >= 0 ? m_set.metrics.at(c.metricIndex).sectionAnchor : QString();
    Q_EMIT openRequested(m_set.series.at(seriesIndex).studyPath, anchor);
}

void ComparePage::updateNotes()
{
    int missing = 0;
    for (const auto &s : std::as_const(m_set.series))
        for (const auto &c : s.cells)
            missing += c.isPresent() ? 0 : 1;
    QStringList parts;
    if (missing)
        parts << tr("%n value(s) missing or unreadable, labelled on the chart (never drawn as zero).", nullptr,
                    missing);
    if (!m_set.excluded.isEmpty())
        parts << tr("Left out: %1").arg(m_set.excluded.join(QStringLiteral("; ")));
    if (!m_data.diagnostics.isEmpty()) {
        QStringList lines;
        for (const auto &fd : std::as_const(m_data.diagnostics))
            lines << formatDiagnostic(fd.path, fd.diagnostic);
        parts << tr("%n warning(s) in metrics tables (hover for the list).", nullptr, int(lines.size()));
        m_notes->setToolTip(lines.join(u'\n'));
    } else {
        m_notes->setToolTip({});
    }
    m_notes->setText(parts.join(u' '));
    m_notes->setVisible(!parts.isEmpty());
}

bool ComparePage::exportChart(const QString &path, QString *error)
{
    const QSize size = m_chartView->size().expandedTo(defaultExportSize);
    return exportByExtension(m_set, chartOptions(), path, size, error);
}

bool ComparePage::exportData(const QString &path, QString *error) { return exportCsv(m_set, path, error); }

void ComparePage::chooseExport(const QString &suffix)
{
    const QString filter = suffix == QLatin1String("svg")   ? tr("SVG image (*.svg)")
                           : suffix == QLatin1String("png") ? tr("PNG image (*.png)")
                                                            : tr("CSV data (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), QStringLiteral("compare.") + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    QString error;
    const bool ok = suffix == QLatin1String("csv") ? exportData(path, &error) : exportChart(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace ae::ui::compare

namespace ae::ui::compare {

bool ComparePage::showMetric(const QString &studyPath, const QString &metricName)
{
    const metrics::Metric *found = nullptr;
    for (const metrics::Metric &m : std::as_const(m_data.metrics))
        if (m.studyPath == studyPath && m.name.compare(metricName, Qt::CaseInsensitive) == 0)
            found = &m;
    if (!found)
        return false;
    const metrics::Metric metric = *found;
    m_filling = true;
    m_modeCombo->setCurrentIndex(qMax(0, m_modeCombo->findData(int(Mode::Studies))));
    for (int i = 0; i < m_studyList->count(); ++i) {
        if (m_studyList->item(i)->data(Qt::UserRole).toString() == studyPath)
            m_studyList->item(i)->setCheckState(Qt::Checked);
    }
    m_dimensionCombo->setCurrentIndex(qMax(0, m_dimensionCombo->findData(int(metric.unit.dimension))));
    // "Like metrics together" charts a study's first row of each family; when that is another row ("Checkout p99
    // latency" charted for a search hit on "Stock read p99 latency"), chart metrics by name instead.
    if (metrics::Grouping(m_groupCombo->currentData().toInt()) == metrics::Grouping::ByFamily) {
        for (const metrics::Metric &m : std::as_const(m_data.metrics)) {
            if (m.studyPath == studyPath && m.unit.dimension == metric.unit.dimension && m.family() == metric.family()) {
                if (m.name != metric.name)
                    m_groupCombo->setCurrentIndex(qMax(0, m_groupCombo->findData(int(metrics::Grouping::ByName))));
                break;
            }
        }
    }
    fillMetricCombo();
    const bool byFamily = metrics::Grouping(m_groupCombo->currentData().toInt()) == metrics::Grouping::ByFamily;
    m_metricCombo->setCurrentIndex(qMax(0, m_metricCombo->findData(byFamily ? metric.family() : metric.key())));
    m_filling = false;
    rebuild();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const metrics::Metric *m = m_model->metricAt(row);
        if (m_model->studyAt(row) == studyPath && m && m->name == metric.name) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, CompareModel::Study));
            m_table->setCurrentIndex(index);
            m_table->selectRow(index.row());
            m_table->scrollTo(index);
            break;
        }
    }
    return true;
}

} // namespace ae::ui::compare
