// SPDX-License-Identifier: MIT
// Computed vs measured in Compare, through the real page: a study whose diagram has a request path shows,
// beside its measured p50, p99 and availability, the figure computed from the path and the difference, in the
// matrix, its tooltip and every export; a study without a path shows nothing more and no column is added;
// the measure chart stays one measure (no computed bars).
#include "content/library.h"
#include "ui/compare/comparepage.h"
#include "ui/compare/computedfigures.h"

#include <QCheckBox>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ae;
using namespace ae::ui::compare;

namespace {
const QString kRoot = QStringLiteral(AE_TEST_DATA "/checks/compare");
const QString kShop = QStringLiteral("case-studies/shop.md");
const QString kBank = QStringLiteral("case-studies/bank.md");

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class CompareComputedTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_library = std::make_unique<content::Library>();
        m_page = std::make_unique<ComparePage>(m_library.get(), nullptr);
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_library->setDocuments(kRoot, content::scanLibrary(kRoot).documents);
        QTRY_COMPARE(m_page->libraryMetrics().studies.size(), 3);
        m_matrix = m_page->findChild<QTableView *>(QStringLiteral("matrixView"));
        QVERIFY(m_matrix);
        QTRY_VERIFY(m_matrix->model()->rowCount() >= 3);
    }

    void cleanup()
    {
        m_page.reset();
        m_library.reset();
    }

    void matrix_showsComputedBesideMeasured_withTheDifference()
    {
        QCOMPARE(m_matrix->model()->columnCount(), 4); // measure + 3 studies: no column added
        const QStringList expected[] = {
            {QStringLiteral("latency-p50"), QStringLiteral("computed 42.0 ms, measured 50.0 ms, +19 %")},
            {QStringLiteral("latency-p99"), QStringLiteral("computed 144 ms, measured 180 ms, +25 %")},
            {QStringLiteral("availability"),
             QStringLiteral("computed 99.94 %, measured 99.9 %, −0.04 points")},
        };
        for (const QStringList &e : expected) {
            const int row = rowOf(e[0]);
            QVERIFY2(row >= 0, qPrintable(e[0]));
            const QModelIndex shop = m_matrix->model()->index(row, columnOf(kShop));
            const QModelIndex bank = m_matrix->model()->index(row, columnOf(kBank));
            const QStringList lines = shop.data().toString().split(u'\n');
            QCOMPARE(lines.last(), e[1]);
            QVERIFY(shop.data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("From the study's diagram (its request path): ") + e[1]));
            // The study without a path: its cell as before, nothing more.
            QVERIFY2(!bank.data().toString().contains(QLatin1String("computed")),
                     qPrintable(bank.data().toString()));
            QVERIFY(!bank.data(Qt::ToolTipRole).toString().contains(QLatin1String("computed")));
            QVERIFY(!bank.data().toString().isEmpty());
        }
        // The computed figure of the shop's path, as the checks give it.
        QVERIFY(m_page->studyPaths().contains(kShop));
        QVERIFY(!m_page->studyPaths().contains(kBank));
        QCOMPARE(m_page->studyPaths().value(kShop).location, kShop + QStringLiteral(":23"));
    }

    void pathWithAMeasure_isComparedWithThatMeasureOnly()
    {
        const QString pay = QStringLiteral("case-studies/pay.md");
        QCOMPARE(m_page->studyPaths().value(pay).qualifier, QStringLiteral("payment"));
        // The main path's p99 (a balance read) is not the payment path's: nothing beside it.
        const QModelIndex main =
            m_matrix->model()->index(rowOf(QStringLiteral("latency-p99")), columnOf(pay));
        QVERIFY2(!main.data().toString().contains(QLatin1String("computed")),
                 qPrintable(main.data().toString()));
        // Its own measure, shown when single-study rows are: computed 5 + 80 + 10 = 95 ms against 110 ms.
        m_page->findChild<QCheckBox *>(QStringLiteral("allMeasuresCheck"))->setChecked(true);
        const int row = rowOf(QStringLiteral("latency-p99 (payment)"));
        QVERIFY(row >= 0);
        QCOMPARE(m_matrix->model()->index(row, columnOf(pay)).data().toString().split(u'\n').last(),
                 QStringLiteral("computed 95.0 ms, measured 110 ms, +16 %"));
    }

    void exports_carryTheComputedFigures_onlyForStudiesThatHaveThem()
    {
        QTemporaryDir dir;
        QString error;
        const QString csv = dir.filePath(QStringLiteral("m.csv"));
        QVERIFY2(m_page->exportMatrix(csv, 1, &error), qPrintable(error));
        const QString table = readAll(csv);
        const QString head = table.section(u'\n', 0, 0);
        QVERIFY(head.contains(kShop + QStringLiteral(" computed vs measured")));
        QVERIFY(!head.contains(kBank + QStringLiteral(" computed")));
        QVERIFY(table.contains(QStringLiteral("\"computed 144 ms, measured 180 ms, +25 %\"")));
        const QString svg = dir.filePath(QStringLiteral("m.svg"));
        QVERIFY2(m_page->exportMatrix(svg, 1, &error), qPrintable(error));
        const QString drawn = readAll(svg);
        QVERIFY(drawn.contains(QStringLiteral("computed 144 ms, measured 180 ms, +25 %")));
        QCOMPARE(drawn.count(QLatin1String("class=\"cell-computed\"")), 3);
    }

    void measureChart_staysOneMeasure()
    {
        m_page->showMeasure(QStringLiteral("latency-p99"));
        QCOMPARE(m_page->chart().bars.size(), 3); // one bar per study: no computed bar beside the measured
    }

    void comparisonText_signsAndUnits()
    {
        QCOMPARE(comparisonText(QStringLiteral("latency-p99"), 151, 180),
                 QStringLiteral("computed 151 ms, measured 180 ms, +19 %"));
        QCOMPARE(comparisonText(QStringLiteral("latency-p50"), 20, 15),
                 QStringLiteral("computed 20.0 ms, measured 15.0 ms, −25 %"));
        QCOMPARE(comparisonText(QStringLiteral("availability"), 99.9999, 99.99),
                 QStringLiteral("computed 99.9999 %, measured 99.99 %, −0.0099 points"));
    }

private:
    int rowOf(const QString &key) const
    {
        for (int r = 0; r < m_page->matrix().rows.size(); ++r)
            if (m_page->matrix().rows.at(r).key == key)
                return r;
        return -1;
    }
    int columnOf(const QString &study) const { return int(m_page->matrix().studies.indexOf(study)) + 1; }

    std::unique_ptr<content::Library> m_library;
    std::unique_ptr<ComparePage> m_page;
    QTableView *m_matrix = nullptr;
};

QTEST_MAIN(CompareComputedTest)
#include "compare_computed_test.moc"
