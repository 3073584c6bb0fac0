// SPDX-License-Identifier: MIT
// The Compare workspace offscreen: metrics arrive from a Library, the user ticks two case studies, switches to
// log scale and to before/after, and a click on a bar asks for the source document.
#include "content/library.h"
#include "ui/compare/comparemodel.h"
#include "ui/compare/comparepage.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QLogValueAxis>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QValueAxis>

using namespace ae;
using namespace ae::ui::compare;

namespace {

QVector<content::Document> sampleDocuments()
{
    QVector<content::Document> docs;
    for (const char *name : {"good.md", "other.md", "third.md", "no-table.md"})
        docs.append(content::loadDocument(QStringLiteral(AE_TEST_DATA "/metrics/") + QLatin1String(name),
                                          QLatin1String(name)));
    return docs;
}

void clickCheckBox(QListWidget *list, int row)
{
    QListWidgetItem *item = list->item(row);
    const QRect rect = list->visualItemRect(item);
    // The check indicator sits at the left of the item.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
}

} // namespace

class ComparePageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void page_tickTwoStudies_andSwitchToLogScale()
    {
        content::Library library;
        ComparePage page(&library, nullptr);
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        library.setDocuments(QStringLiteral(AE_TEST_DATA "/metrics"), sampleDocuments());

        auto *studies = page.findChild<QListWidget *>(QStringLiteral("studyList"));
        QVERIFY(studies);
        QTRY_COMPARE(studies->count(), 3); // no-table.md is outside case-studies/ and has no table: not a study
        auto *dimension = page.findChild<QComboBox *>(QStringLiteral("dimensionCombo"));
        QVERIFY(dimension);
        QCOMPARE(dimension->currentText(), QStringLiteral("Time"));

        // Untick everything, then tick the first two.
        for (int i = 0; i < studies->count(); ++i)
            studies->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(page.comparison().series.isEmpty());
        clickCheckBox(studies, 0);
        clickCheckBox(studies, 1);
        QCOMPARE(studies->item(0)->checkState(), Qt::Checked);
        QCOMPARE(studies->item(1)->checkState(), Qt::Checked);
        QCOMPARE(page.comparison().series.size(), 2);

        auto *view = page.findChild<QChartView *>(QStringLiteral("compareChart"));
        QVERIFY(view);
        QBarSeries *series = barSeries(view->chart());
        QVERIFY(series);
        QCOMPARE(series->count(), 2);
        auto *log = page.findChild<QCheckBox *>(QStringLiteral("logScaleCheck"));
        QVERIFY(log);
        // The sample times run from milliseconds to hours: the page starts on a log axis by itself...
        QVERIFY(log->isChecked());
        QVERIFY(qobject_cast<QLogValueAxis *>(view->chart()->axes(Qt::Vertical).value(0)));
        // ...the user can switch to linear, and their choice sticks when the selection changes.
        QTest::mouseClick(log, Qt::LeftButton, {}, QPoint(8, log->height() / 2));
        QVERIFY(!log->isChecked());
        QVERIFY(qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Vertical).value(0)));
        clickCheckBox(studies, 1);
        clickCheckBox(studies, 1);
        QVERIFY(!log->isChecked());
        QTest::mouseClick(log, Qt::LeftButton, {}, QPoint(8, log->height() / 2));
        QVERIFY(log->isChecked());
        QVERIFY(qobject_cast<QLogValueAxis *>(view->chart()->axes(Qt::Vertical).value(0)));
        QCOMPARE(barSeries(view->chart())->count(), 2);

        auto *table = page.findChild<QTableView *>(QStringLiteral("compareTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), page.comparison().barCount());
        // For looking at the page by eye: AE_COMPARE_SCREENSHOT=/tmp/page.png saves what the test sees.
        if (const QString shot = qEnvironmentVariable("AE_COMPARE_SCREENSHOT"); !shot.isEmpty())
            page.grab().save(shot);
    }
    void page_clickOnBar_requestsTheSourceSection()
    {
        ComparePage page(nullptr, nullptr);
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setMetrics(metrics::collectMetrics(sampleDocuments()));
        QSignalSpy open(&page, &ComparePage::openRequested);

        QChartView *view = page.chartView();
        QChart *chart = view->chart();
        QTRY_VERIFY(chart->plotArea().height() > 50);
        QBarSeries *series = barSeries(chart);
        QVERIFY(series);
        // Middle of the tallest bar (category k spans k-0.4..k+0.4, split evenly among the sets).
        int bestSet = 0, bestCategory = 0;
        for (int i = 0; i < series->count(); ++i)
            for (int k = 0; k < series->barSets().at(i)->count(); ++k)
                if (series->barSets().at(i)->at(k) > series->barSets().at(bestSet)->at(bestCategory)) {
                    bestSet = i;
                    bestCategory = k;
                }
        const double slot = 0.8 / series->count();
        const double x = bestCategory - 0.4 + slot * (bestSet + 0.5);
        const double y = series->barSets().at(bestSet)->at(bestCategory) / 2;
        const QPoint pos = view->mapFromScene(chart->mapToScene(chart->mapToPosition(QPointF(x, y), series)));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).toString(), page.comparison().series.at(bestSet).studyPath);
        QCOMPARE(open.first().at(1).toString(), QStringLiteral("performance-metrics"));
    }
    void page_beforeAfter_chartsImprovementFactors()
    {
        ComparePage page(nullptr, nullptr);
        page.setMetrics(metrics::collectMetrics(sampleDocuments()));
        auto *mode = page.findChild<QComboBox *>(QStringLiteral("modeCombo"));
        auto *study = page.findChild<QComboBox *>(QStringLiteral("beforeAfterStudyCombo"));
        QVERIFY(mode && study);
        study->setCurrentIndex(study->findText(QStringLiteral("Sample bank")));
        mode->setCurrentIndex(1);
        const metrics::ComparisonSet &set = page.comparison();
        QCOMPARE(set.dimension, metrics::Dimension::Factor);
        QCOMPARE(set.series.size(), 1);
        QCOMPARE(set.categories.size(), 4);
        QCOMPARE(set.series.first().cells.at(0).value, 1900.0 / 400.0);
        QCOMPARE(set.series.first().cells.at(2).value, 10.0); // 0.5 % -> 0.05 % unavailability
        QVERIFY(!set.series.first().cells.at(3).isPresent()); // "—" after: missing, not zero
        QCOMPARE(barSeries(page.chartView()->chart())->barSets().first()->count(), 4);
    }
};

QTEST_MAIN(ComparePageTest)
#include "compare_page_test.moc"
