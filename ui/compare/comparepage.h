// SPDX-License-Identifier: MIT
// The Compare workspace. Opens on the matrix (measures x studies, shaded by ratio to the best); a click on a
// row charts that measure across the ticked studies, a click on a study head charts that study's before→after
// factors. Only the same measure is ever put side by side. Every picture is a drawing list (draw/), so the
// screen and the SVG/PNG exports are the same picture.
#pragma once
#include "metrics/collect.h"
#include "metrics/matrix.h"
#include "metrics/measurechart.h"
#include "ui/compare/computedfigures.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;
class QPushButton;
class QToolButton;
class QCheckBox;
QT_END_NAMESPACE

namespace ae::content {
class Library;
}
namespace ae::ui {
class Theme;
class WorkspaceHost;
} // namespace ae::ui

namespace ae::ui::compare {

class DrawingView;
class MatrixModel;

class ComparePage : public QWidget
{
    Q_OBJECT
public:
    enum class View { Matrix = 0, Measure = 1, BeforeAfter = 2 };
    // In the window: links open documents through the host.
    ComparePage(WorkspaceHost *host, QWidget *parent);
    // Stand-alone (tests): `library` and `theme` may be null; setMetrics() then provides the data.
    ComparePage(content::Library *library, Theme *theme, QWidget *parent = nullptr);
    ~ComparePage() override;

    void setMetrics(const metrics::LibraryMetrics &data);
    // The request paths computed from the studies' diagrams (set with the metrics when they come from a
    // library), shown beside the measured figures.
    void setStudyPaths(const QHash<QString, StudyPath> &paths);
    const QHash<QString, StudyPath> &studyPaths() const { return m_paths; }
    const metrics::LibraryMetrics &libraryMetrics() const { return m_data; }
    const metrics::MeasureMatrix &matrix() const { return m_matrix; }
    const metrics::MeasureChartData &chart() const { return m_chart; }
    View view() const;
    QString currentMeasure() const;
    QStringList checkedStudies() const;

    // Charts the measure of one metric row of one study (ticking the study); false when the study has no such
    // row or the row maps to no measure (then nothing changes).
    bool showMetric(const QString &studyPath, const QString &metricName);
    void showMeasure(const QString &measureKey);
    void showBeforeAfter(const QString &studyPath);
    // Exports the current chart (Measure / Before and after views) or the matrix (Matrix view) without
    // dialogs: .svg, .png (scale 1 or 2), .csv.
    bool exportCurrent(const QString &path, qreal pngScale, QString *error);
    bool exportMatrix(const QString &path, qreal pngScale, QString *error);

Q_SIGNALS:
    void openRequested(const QString &path, const QString &anchor);
    void metricsChanged();

private:
    void buildUi();
    // On a worker (a library loaded or a document changed), or `now` (the page is being built).
    void collectFromLibrary(bool now = false);
    void rebuild();
    void fillMeasureCombo();
    void showChart();
    void updateNotes();
    void openBar(int index);
    void chooseExport(bool matrix, const QString &suffix, qreal scale);
    bool isDark() const;

    content::Library *m_library = nullptr;
    Theme *m_theme = nullptr;
    metrics::LibraryMetrics m_data;
    QHash<QString, StudyPath> m_paths;
    metrics::MeasureCatalog m_catalog; // of m_catalogRoot
    QString m_catalogRoot;
    metrics::MeasureMatrix m_matrix;
    metrics::MeasureChartData m_chart;       // the Measure view
    metrics::MeasureChartData m_beforeAfter; // the Before and after view
    int m_generation = 0;
    bool m_filling = false;
    bool m_firstLoad = true;

    QListWidget *m_studyList = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_matrixView = nullptr;
    QLabel *m_matrixHint = nullptr;
    MatrixModel *m_matrixModel = nullptr;
    QCheckBox *m_allMeasures = nullptr;
    QComboBox *m_measureCombo = nullptr;
    QComboBox *m_availabilityCombo = nullptr;
    QLabel *m_availabilityLabel = nullptr;
    QComboBox *m_studyCombo = nullptr;
    DrawingView *m_measureChart = nullptr;
    DrawingView *m_beforeAfterChart = nullptr;
    QPushButton *m_exportButton = nullptr; // a push button: the style leaves room for its menu arrow
    QToolButton *m_notesButton = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace ae::ui::compare
