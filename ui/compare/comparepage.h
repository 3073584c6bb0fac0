// SPDX-License-Identifier: MIT
// The Compare workspace: pick case studies and a dimension (or one study's before/after), see a grouped bar chart
// beside a sortable table of the numbers with their original text; export the chart (SVG/PNG) and data (CSV).
#pragma once

#include "metrics/collect.h"
#include "metrics/comparison.h"
#include "ui/compare/chartbuilder.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarSet;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
QT_END_NAMESPACE

namespace ae::content {
class Library;
}

namespace ae::ui {
class MainWindow;
class Theme;
}

namespace ae::ui::compare {

class CompareModel;

class ComparePage : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Studies, BeforeAfter };

    // In the main window: reads its library, follows its theme, and opens the source of a clicked bar there.
    explicit ComparePage(MainWindow *window);
    // Stand-alone (tests): `library` and `theme` may be null; setMetrics() then provides the data.
    ComparePage(content::Library *library, Theme *theme, QWidget *parent = nullptr);
    ~ComparePage() override;

    void setMetrics(const metrics::LibraryMetrics &data);
    const metrics::LibraryMetrics &libraryMetrics() const { return m_data; }
    const metrics::ComparisonSet &comparison() const { return m_set; }
    ChartOptions chartOptions() const;
    QChartView *chartView() const { return m_chartView; }

    // Charts one metric of one case study beside the other ticked studies: ticks the study, picks the metric's
    // dimension and the metric (Studies mode), and selects its row in the table. False when the study has no
    // metric of that name (nothing changes then).
    bool showMetric(const QString &studyPath, const QString &metricName);

    // Exports without dialogs (the menu asks for the path, then calls these).
    bool exportChart(const QString &path, QString *error); // .svg or .png
    bool exportData(const QString &path, QString *error);  // .csv

Q_SIGNALS:
    // A bar or table row was activated: show `path` at the section `anchor`.
    void openRequested(const QString &path, const QString &anchor);
    // New metrics arrived from the library (after a load or a file change).
    void metricsChanged();

private:
    void buildUi();
    void collectFromLibrary();
    void fillPickers();
    void fillMetricCombo();
    void rebuild();
    void showChart();
    void onBarHovered(bool status, int index, QBarSet *barSet);
    void onBarClicked(int index, QBarSet *barSet);
    void openCell(int seriesIndex, int categoryIndex);
    void updateNotes();
    void chooseExport(const QString &suffix);
    QStringList checkedStudies() const;
    bool isDark() const;
    // True when the largest present value is at least `ratio` times the smallest positive one.
    static bool spansOrdersOfMagnitude(const metrics::ComparisonSet &set, double ratio);

    content::Library *m_library = nullptr;
    Theme *m_theme = nullptr;
    metrics::LibraryMetrics m_data;
    metrics::ComparisonSet m_set;
    int m_generation = 0;
    bool m_filling = false;
    bool m_firstLoad = true;
    bool m_logChosen = false; // the user set the log-scale box; stop choosing it for them

    QListWidget *m_studyList = nullptr;
    QComboBox *m_modeCombo = nullptr;
    QComboBox *m_dimensionCombo = nullptr;
    QComboBox *m_metricCombo = nullptr;
    QComboBox *m_beforeAfterCombo = nullptr;
    QComboBox *m_sortCombo = nullptr;
    QComboBox *m_groupCombo = nullptr;
    QCheckBox *m_relativeCheck = nullptr;
    QCheckBox *m_logCheck = nullptr;
    QToolButton *m_exportButton = nullptr;
    QChartView *m_chartView = nullptr;
    QTableView *m_table = nullptr;
    CompareModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace ae::ui::compare
