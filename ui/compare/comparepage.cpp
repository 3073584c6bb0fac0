// SPDX-License-Identifier: MIT
// Compare workspace: study list -> matrix / one measure's chart / one study's before and after. Metrics come
// from the documents as the library loaded them (extracted once per document); measures are assigned off the
// UI thread whenever the library loads or a document changes, and a newer collection supersedes an older one.
#include "ui/compare/comparepage.h"

#include "content/library.h"
#include "draw/chartstyle.h"
#include "metrics/report.h"
#include "ui/compare/compareexport.h"
#include "ui/compare/drawingview.h"
#include "ui/compare/matrixmodel.h"
#include "ui/theme.h"
#include "ui/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ae::ui::compare {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pm);
}

QScrollArea *scrolled(QWidget *inner, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(inner);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QString fileStem(const QString &text)
{
    QString s = text.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    s.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return s.isEmpty() ? QStringLiteral("compare") : s.left(60);
}

} // namespace

ComparePage::ComparePage(WorkspaceHost *host, QWidget *parent)
    : ComparePage(host->library(), host->theme(), parent)
{
    connect(this, &ComparePage::openRequested, this,
            [host](const QString &path, const QString &anchor) { host->openDocument(path, anchor); });
}

ComparePage::ComparePage(content::Library *library, Theme *theme, QWidget *parent)
    : QWidget(parent), m_library(library), m_theme(theme)
{
    setObjectName(QStringLiteral("comparePage"));
    setAccessibleName(tr("Compare"));
    buildUi();
    if (m_library) {
        connect(m_library, &content::Library::loaded, this, [this] { collectFromLibrary(); });
        connect(m_library, &content::Library::documentChanged, this, [this] { collectFromLibrary(); });
        if (!m_library->documents().isEmpty())
            collectFromLibrary(true); // built when first shown or asked for a metric: the data at once
    }
    if (m_theme)
        connect(m_theme, &Theme::themeChanged, this, &ComparePage::rebuild);
}

ComparePage::~ComparePage() = default;

void ComparePage::buildUi()
{
    m_studyList = new QListWidget(this);
    m_studyList->setObjectName(QStringLiteral("studyList"));
    m_studyList->setAccessibleName(tr("Case studies to compare"));
    m_studyList->setTextElideMode(Qt::ElideNone);
    m_studyList->setWordWrap(true);
    auto *studyLabel = new QLabel(tr("&Case studies"), this);
    studyLabel->setBuddy(m_studyList);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(studyLabel);
    leftLayout->addWidget(m_studyList);

    // Matrix.
    m_matrixModel = new MatrixModel(this);
    m_matrixView = new QTableView(this);
    m_matrixView->setObjectName(QStringLiteral("matrixView"));
    m_matrixView->setAccessibleName(tr("Measures compared across case studies"));
    m_matrixView->setModel(m_matrixModel);
    m_matrixView->setWordWrap(true);
    m_matrixView->setTextElideMode(Qt::ElideNone);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->verticalHeader()->hide();
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->horizontalHeader()->setSectionsClickable(true);
    // Five studies fit at 1280 px; a library of dozens scrolls rather than squeezing columns below a value's
    // width.
    m_matrixView->horizontalHeader()->setMinimumSectionSize(120);
    m_matrixView->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_allMeasures = new QCheckBox(tr("Also show measures that only one study reports"), this);
    m_allMeasures->setObjectName(QStringLiteral("allMeasuresCheck"));
    auto *matrixHint = m_matrixHint =
        new QLabel(tr("Each cell is shaded by its ratio to the best of its row (green best, red 100x "
                      "worse or more). Click a row to chart it; click a study to see its before and "
                      "after."),
                   this);
    matrixHint->setWordWrap(true);
    matrixHint->setObjectName(QStringLiteral("matrixHint"));
    auto *matrixPage = new QWidget(this);
    auto *matrixLayout = new QVBoxLayout(matrixPage);
    matrixLayout->addWidget(matrixHint);
    matrixLayout->addWidget(m_matrixView, 1);
    matrixLayout->addWidget(m_allMeasures);

    // One measure.
    m_measureCombo = new QComboBox(this);
    m_measureCombo->setObjectName(QStringLiteral("measureCombo"));
    m_measureCombo->setAccessibleName(tr("Measure"));
    m_measureCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_availabilityCombo = new QComboBox(this);
    m_availabilityCombo->setObjectName(QStringLiteral("availabilityCombo"));
    m_availabilityCombo->addItem(tr("Downtime per year"), int(metrics::AvailabilityScale::Downtime));
    m_availabilityCombo->addItem(tr("Nines"), int(metrics::AvailabilityScale::Nines));
    auto *measureLabel = new QLabel(tr("&Measure"), this);
    measureLabel->setBuddy(m_measureCombo);
    m_availabilityLabel = new QLabel(tr("&Availability as"), this);
    m_availabilityLabel->setBuddy(m_availabilityCombo);
    m_measureChart = new DrawingView(this);
    m_measureChart->setObjectName(QStringLiteral("measureChart"));
    auto *measurePage = new QWidget(this);
    auto *measureLayout = new QVBoxLayout(measurePage);
    auto *measureBar = new QHBoxLayout;
    measureBar->addWidget(measureLabel);
    measureBar->addWidget(m_measureCombo);
    measureBar->addSpacing(12);
    measureBar->addWidget(m_availabilityLabel);
    measureBar->addWidget(m_availabilityCombo);
    measureBar->addStretch(1);
    measureLayout->addLayout(measureBar);
    measureLayout->addWidget(scrolled(m_measureChart, measurePage), 1);

    // One study's before and after.
    m_studyCombo = new QComboBox(this);
    m_studyCombo->setObjectName(QStringLiteral("beforeAfterStudyCombo"));
    m_studyCombo->setAccessibleName(tr("Case study"));
    m_studyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *studyComboLabel = new QLabel(tr("Case &study"), this);
    studyComboLabel->setBuddy(m_studyCombo);
    m_beforeAfterChart = new DrawingView(this);
    m_beforeAfterChart->setObjectName(QStringLiteral("beforeAfterChart"));
    auto *baPage = new QWidget(this);
    auto *baLayout = new QVBoxLayout(baPage);
    auto *baBar = new QHBoxLayout;
    baBar->addWidget(studyComboLabel);
    baBar->addWidget(m_studyCombo);
    baBar->addStretch(1);
    baLayout->addLayout(baBar);
    baLayout->addWidget(scrolled(m_beforeAfterChart, baPage), 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(matrixPage, tr("Matrix"));
    m_tabs->addTab(measurePage, tr("One measure"));
    m_tabs->addTab(baPage, tr("Before and after"));

    m_exportButton = new QPushButton(tr("Export"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    auto *menu = new QMenu(m_exportButton);
    auto add = [&](const QString &text, const char *name, bool matrix, const char *suffix, qreal scale) {
        QAction *a = menu->addAction(text, this, [this, matrix, suffix, scale] {
            chooseExport(matrix, QString::fromLatin1(suffix), scale);
        });
        a->setObjectName(QString::fromLatin1(name));
    };
    add(tr("Chart as SVG…"), "exportSvgAction", false, "svg", 1);
    add(tr("Chart as PNG…"), "exportPngAction", false, "png", 1);
    add(tr("Chart as PNG at 2x…"), "exportPng2Action", false, "png", 2);
    add(tr("Chart data as CSV…"), "exportCsvAction", false, "csv", 1);
    menu->addSeparator();
    add(tr("Matrix as SVG…"), "exportMatrixSvgAction", true, "svg", 1);
    add(tr("Matrix as PNG at 2x…"), "exportMatrixPngAction", true, "png", 2);
    add(tr("Matrix as CSV…"), "exportMatrixCsvAction", true, "csv", 1);
    m_exportButton->setMenu(menu);

    m_notesButton = new QToolButton(this);
    m_notesButton->setObjectName(QStringLiteral("notesButton"));
    m_notesButton->setCheckable(true);
    m_notesButton->setAutoRaise(true);
    m_notesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_notesButton->setArrowType(Qt::RightArrow);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("compareNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setVisible(false);
    connect(m_notesButton, &QToolButton::toggled, this, [this](bool on) {
        m_notes->setVisible(on);
        m_notesButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_tabs, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_notesButton);
    bottom->addStretch(1);
    bottom->addWidget(m_exportButton);
    rightLayout->addLayout(bottom);
    rightLayout->addWidget(m_notes);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_studyList, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            rebuild();
    });
    connect(m_allMeasures, &QCheckBox::toggled, this, &ComparePage::rebuild);
    connect(m_measureCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showChart();
    });
    connect(m_availabilityCombo, &QComboBox::currentIndexChanged, this, &ComparePage::showChart);
    connect(m_studyCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showChart();
    });
    connect(m_matrixView, &QTableView::clicked, this,
            [this](const QModelIndex &index) { showMeasure(m_matrixModel->measureAt(index.row())); });
    m_matrixView->setToolTip(
        tr("Click a row to chart its measure; double-click a cell to open its study's metrics"));
    connect(m_matrixView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.row() < 0 || index.row() >= m_matrix.rows.size() || index.column() < 1)
            return;
        const int metric = m_matrix.rows.at(index.row()).cells.at(index.column() - 1).metricIndex;
        if (metric >= 0)
            Q_EMIT openRequested(m_data.metrics.at(metric).studyPath,
                                 m_data.metrics.at(metric).sectionAnchor);
    });
    connect(m_matrixView->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        const QString study = m_matrixModel->studyAtColumn(section);
        if (!study.isEmpty())
            showBeforeAfter(study);
    });
    connect(m_measureChart, &DrawingView::activated, this, &ComparePage::openBar);
    connect(m_beforeAfterChart, &DrawingView::activated, this, &ComparePage::openBar);
    rebuild();
}

void ComparePage::collectFromLibrary(bool now)
{
    const int generation = ++m_generation;
    // The vocabulary is read once per library, not on every document change.
    const QString root = m_library->root();
    if (root != m_catalogRoot || m_catalog.isEmpty()) {
        m_catalog = metrics::MeasureCatalog::forLibrary(root);
        m_catalogRoot = root;
    }
    const QVector<content::Document> documents = m_library->documents();
    using Collected = std::pair<metrics::LibraryMetrics, QHash<QString, StudyPath>>;
    const auto collect = [catalog = m_catalog, documents] {
        metrics::LibraryMetrics data = metrics::collectMetrics(documents, catalog);
        QHash<QString, StudyPath> paths = compare::studyPaths(documents, data.studies);
        return Collected{std::move(data), std::move(paths)};
    };
    const auto take = [this](const Collected &collected) {
        m_paths = collected.second;
        setMetrics(collected.first);
    };
    if (now) { // a few milliseconds for a library of case studies
        take(collect());
        return;
    }
    auto *watcher = new QFutureWatcher<Collected>(this);
    connect(watcher, &QFutureWatcher<Collected>::finished, this, [watcher, generation, take, this] {
        watcher->deleteLater();
        if (generation == m_generation) // a newer collection is on its way: drop this one
            take(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(collect));
}

void ComparePage::setMetrics(const metrics::LibraryMetrics &data)
{
    const QStringList wasChecked = checkedStudies();
    m_data = data;
    m_filling = true;
    m_studyList->clear();
    const QString study = m_studyCombo->currentData().toString();
    m_studyCombo->clear();
    for (int i = 0; i < m_data.studies.size(); ++i) {
        const QString path = m_data.studies.at(i);
        auto *item = new QListWidgetItem(swatch(draw::studyColor(i)), m_data.shortNames.at(i), m_studyList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(m_data.studyTitles.at(i));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_firstLoad || wasChecked.contains(path) ? Qt::Checked : Qt::Unchecked);
        m_studyCombo->addItem(swatch(draw::studyColor(i)), m_data.shortNames.at(i), path);
        m_studyCombo->setItemData(i, m_data.studyTitles.at(i), Qt::ToolTipRole);
    }
    const int keep = m_studyCombo->findData(study);
    m_studyCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    m_firstLoad = m_data.studies.isEmpty();
    m_filling = false;
    rebuild();
    Q_EMIT metricsChanged();
}

void ComparePage::setStudyPaths(const QHash<QString, StudyPath> &paths)
{
    m_paths = paths;
    rebuild();
}

QStringList ComparePage::checkedStudies() const
{
    QStringList out;
    for (int i = 0; i < m_studyList->count(); ++i)
        if (m_studyList->item(i)->checkState() == Qt::Checked)
            out << m_studyList->item(i)->data(Qt::UserRole).toString();
    return out;
}

bool ComparePage::isDark() const
{
    return m_theme ? m_theme->isDark() : Theme::isDarkPalette(palette());
}

ComparePage::View ComparePage::view() const
{
    return View(m_tabs->currentIndex());
}

QString ComparePage::currentMeasure() const
{
    return m_measureCombo->currentData().toString();
}

void ComparePage::rebuild()
{
    const QStringList studies = checkedStudies();
    m_matrix = studies.isEmpty() ? metrics::MeasureMatrix{}
                                 : metrics::buildMatrix(m_data, studies, m_allMeasures->isChecked() ? 1 : 2);
    addComputedFigures(m_matrix, m_paths);
    // Say what the extra line of a cell is, when there is one.
    bool computed = false, ownRequests = false;
    for (const metrics::MatrixRow &row : std::as_const(m_matrix.rows)) {
        ownRequests = ownRequests || row.ownRequests;
        for (const metrics::MatrixCell &cell : row.cells)
            computed = computed || cell.computed.has_value();
    }
    m_matrixHint->setText(
        tr("Each cell is shaded by its ratio to the best of its row (green best, red 100x worse or more). "
           "Click a row to chart it; click a study to see its before and after.") +
        (ownRequests ? u' ' + tr("A row of each study's own main request (latency, peak requests) names the "
                                 "request in each cell and is not shaded: different requests are not ranked.")
                     : QString()) +
        (computed ? u' ' + tr("Where a study's diagram has a request path, its last line is the figure "
                              "computed from that path beside the measured one.")
                  : QString()));
    m_matrixModel->setMatrix(m_matrix, &m_data, isDark());
    m_matrixView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    fillMeasureCombo();
    showChart();
}

void ComparePage::fillMeasureCombo()
{
    const QString current = m_measureCombo->currentData().toString();
    m_filling = true;
    m_measureCombo->clear();
    // A measure whose studies each report their own main request says so here too: its chart is no ranking.
    QSet<QString> ownRequests;
    for (const metrics::MatrixRow &row : std::as_const(m_matrix.rows))
        if (row.ownRequests)
            ownRequests.insert(row.key);
    for (const metrics::MeasureUse &m : metrics::measuresReported(m_data, checkedStudies())) {
        m_measureCombo->addItem(ownRequests.contains(m.key)
                                    ? tr("%1 (%2 studies, each its own request)").arg(m.name).arg(m.studies)
                                : m.studies > 1 ? tr("%1 (%2 studies)").arg(m.name).arg(m.studies)
                                                : tr("%1 (one study)").arg(m.name),
                                m.key);
    }
    int keep = m_measureCombo->findData(current);
    if (keep < 0)
        keep = m_measureCombo->findData(QStringLiteral("latency-p99"));
    m_measureCombo->setCurrentIndex(std::max(0, keep));
    m_filling = false;
}

void ComparePage::showChart()
{
    const bool dark = isDark();
    const auto scale = metrics::AvailabilityScale(m_availabilityCombo->currentData().toInt());
    const QString key = currentMeasure();
    m_chart = key.isEmpty() ? metrics::MeasureChartData{}
                            : metrics::buildMeasureChart(m_data, key, checkedStudies(), scale);
    const bool availability = key == QLatin1String("availability");
    m_availabilityCombo->setVisible(availability);
    m_availabilityLabel->setVisible(availability);
    m_measureChart->setLayout(m_chart.isEmpty() ? DrawingView::Layout{}
                                                : DrawingView::Layout([this, dark](qreal w) {
                                                      return chartDrawing(m_chart, m_data, dark, w);
                                                  }),
                              tr("Tick at least one case study that reports a measure."));
    const QString study = m_studyCombo->currentData().toString();
    m_beforeAfter =
        study.isEmpty() ? metrics::MeasureChartData{} : metrics::buildBeforeAfterChart(m_data, study);
    m_beforeAfterChart->setLayout(
        m_beforeAfter.isEmpty() ? DrawingView::Layout{} : DrawingView::Layout([this, dark](qreal w) {
            return chartDrawing(m_beforeAfter, m_data, dark, w);
        }),
        tr("This study reports no measure with a baseline."));
    updateNotes();
}

void ComparePage::updateNotes()
{
    QStringList notes;
    const QStringList studies = checkedStudies();
    for (const auto &fd : std::as_const(m_data.diagnostics))
        if (studies.contains(fd.path))
            notes << fd.path + u':' + QString::number(fd.diagnostic.line) + QStringLiteral(": ") +
                         fd.diagnostic.message;
    const metrics::MeasureChartData &chart = view() == View::BeforeAfter ? m_beforeAfter : m_chart;
    notes += chart.notes;
    if (m_matrix.hiddenRows > 0 && !m_allMeasures->isChecked())
        notes << (m_matrix.hiddenRows == 1
                      ? tr("1 measure reported by one study only is not in the matrix.")
                      : tr("%1 measures reported by one study only are not in the matrix.")
                            .arg(m_matrix.hiddenRows));
    m_notesButton->setText(notes.isEmpty()     ? tr("No notes")
                           : notes.size() == 1 ? tr("1 note")
                                               : tr("%1 notes").arg(notes.size()));
    m_notesButton->setEnabled(!notes.isEmpty());
    m_notes->setText(notes.join(u'\n'));
    if (notes.isEmpty())
        m_notesButton->setChecked(false);
}

void ComparePage::openBar(int index)
{
    const metrics::MeasureChartData &chart = view() == View::BeforeAfter ? m_beforeAfter : m_chart;
    if (index < 0 || index >= chart.bars.size() || chart.bars.at(index).metricIndex < 0)
        return;
    const metrics::Metric &m = m_data.metrics.at(chart.bars.at(index).metricIndex);
    Q_EMIT openRequested(m.studyPath, m.sectionAnchor);
}

void ComparePage::showMeasure(const QString &measureKey)
{
    if (measureKey.isEmpty())
        return;
    const int i = m_measureCombo->findData(measureKey);
    if (i >= 0)
        m_measureCombo->setCurrentIndex(i);
    m_tabs->setCurrentIndex(int(View::Measure));
}

void ComparePage::showBeforeAfter(const QString &studyPath)
{
    const int i = m_studyCombo->findData(studyPath);
    if (i >= 0)
        m_studyCombo->setCurrentIndex(i);
    m_tabs->setCurrentIndex(int(View::BeforeAfter));
}

bool ComparePage::showMetric(const QString &studyPath, const QString &metricName)
{
    for (const metrics::Metric &m : std::as_const(m_data.metrics)) {
        if (m.studyPath != studyPath || m.name.compare(metricName, Qt::CaseInsensitive) != 0 ||
            m.measure.isEmpty())
            continue;
        for (int i = 0; i < m_studyList->count(); ++i)
            if (m_studyList->item(i)->data(Qt::UserRole).toString() == studyPath)
                m_studyList->item(i)->setCheckState(Qt::Checked);
        showMeasure(m.measure);
        return true;
    }
    return false;
}

bool ComparePage::exportCurrent(const QString &path, qreal pngScale, QString *error)
{
    if (view() == View::Matrix)
        return exportMatrix(path, pngScale, error);
    const metrics::MeasureChartData &chart = view() == View::BeforeAfter ? m_beforeAfter : m_chart;
    if (chart.isEmpty()) {
        if (error)
            *error = tr("there is no chart to export");
        return false;
    }
    return exportTo(chartDrawing(chart, m_data, isDark()), metrics::chartTable(chart, m_data.metrics), path,
                    pngScale, error);
}

bool ComparePage::exportMatrix(const QString &path, qreal pngScale, QString *error)
{
    return exportTo(matrixDrawing(m_matrix, isDark()), metrics::matrixTable(m_matrix, m_data.metrics), path,
                    pngScale, error);
}

void ComparePage::chooseExport(bool matrix, const QString &suffix, qreal scale)
{
    if (!matrix && view() == View::Matrix)
        m_tabs->setCurrentIndex(int(View::Measure));
    const metrics::MeasureChartData &chart = view() == View::BeforeAfter ? m_beforeAfter : m_chart;
    const QString stem = matrix ? QStringLiteral("measures-matrix") : fileStem(chart.title);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), folder + u'/' + stem + u'.' + suffix,
                                     suffix.toUpper() + QStringLiteral(" (*.") + suffix + u')');
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = matrix ? exportMatrix(path, scale, &error) : exportCurrent(path, scale, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
}

} // namespace ae::ui::compare
