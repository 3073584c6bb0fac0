// SPDX-License-Identifier: MIT
// The Decide workspace offscreen: answering questions re-ranks, conflicts show, evidence links open
// documents, export writes the report, Compare choices shows the matrix and trade-offs; and it is a tab of
// the main window.
#include "content/library.h"
#include "ui/advisor/comparechoices.h"
#include "ui/advisor/decideview.h"
#include "ui/advisor/questionform.h"
#include "ui/advisor/resultdetails.h"
#include "ui/mainwindow.h"
#include "ui/reader/documentview.h"
#include "ui/reader/readerpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace ae;
using ae::ui::advisor::DecideView;
using ae::ui::advisor::QuestionForm;

namespace {

void choose(QWidget *root, const QString &question, const QString &answer)
{
    auto *combo = root->findChild<QComboBox *>(QuestionForm::questionObjectName(question));
    QVERIFY2(combo, qPrintable(question));
    const int index = combo->findData(answer);
    QVERIFY2(index > 0, qPrintable(answer));
    combo->setCurrentIndex(index);
}

void tick(QWidget *root, const QString &question, const QString &answer, bool on = true)
{
    auto *check = root->findChild<QCheckBox *>(QuestionForm::answerObjectName(question, answer));
    QVERIFY2(check, qPrintable(answer));
    check->setChecked(on);
}

QString topId(QWidget *root)
{
    auto *list = root->findChild<QListWidget *>(QStringLiteral("advisorResults"));
    if (!list || list->count() == 0)
        return {};
    return list->item(0)->data(Qt::UserRole + 1).toString();
}

} // namespace

class AdvisorViewTest : public QObject
{
    Q_OBJECT
private:
    content::Library m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ArchitectureExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("advisor_view_test"));
        QString error;
        QVERIFY2(m_library.load(content::Library::bundledRoot(), &error), qPrintable(error));
    }

    void form_hasEveryQuestionWithHelp()
    {
        DecideView view(&m_library);
        for (const auto &factor : view.advisor().rules().factors) {
            QVERIFY2(view.findChild<QWidget *>(QStringLiteral("factor-") + factor.id), qPrintable(factor.id));
            for (const auto &q : factor.questions) {
                QWidget *w = view.findChild<QWidget *>(QuestionForm::questionObjectName(q.id));
                QVERIFY2(w, qPrintable(q.id));
                QVERIFY(!w->accessibleName().isEmpty());
            }
        }
        QCOMPARE(view.advisor().rules().factors.size(), 5);
        // Nothing answered: no ranking yet, export disabled, an explanation instead.
        QCOMPARE(view.findChild<QListWidget *>(QStringLiteral("advisorResults"))->count(), 0);
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("advisorExport"))->isEnabled());
    }

    void answering_sessionCache_ranksRedisFirstWithEvidence()
    {
        DecideView view(&m_library);
        view.resize(1200, 800);
        view.show();
        QTRY_VERIFY(!view.isCollectingEvidence());
        tick(&view, QStringLiteral("data-shape"), QStringLiteral("key-value"));
        choose(&view, QStringLiteral("role"), QStringLiteral("cache"));
        choose(&view, QStringLiteral("latency"), QStringLiteral("sub-ms"));
        QCOMPARE(topId(&view), QStringLiteral("redis"));
        QTRY_VERIFY(!view.recommendation().ranked.first().evidence.isEmpty());
        if (qEnvironmentVariableIsSet("AE_SCREENSHOT_DIR")) // for looking at the layout, not for asserting
            view.grab().save(qEnvironmentVariable("AE_SCREENSHOT_DIR") + QStringLiteral("/decide.png"));
        auto *details = view.findChild<QTextBrowser *>(QStringLiteral("advisorDetails"));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Redis")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("answers in under a millisecond")));
        // Redis is used by the bundled case studies: an evidence link opens one at a section.
        QTRY_VERIFY(details->toHtml().contains(QStringLiteral("evidence:")));
        QSignalSpy opened(&view, &DecideView::openRequested);
        const auto &evidence = view.recommendation().ranked.first().evidence;
        QVERIFY(!evidence.isEmpty());
        Q_EMIT details->anchorClicked(
            ui::advisor::evidenceUrl(evidence.first().path, evidence.first().anchor));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), evidence.first().path);
        QVERIFY(m_library.find(opened.first().at(0).toString()));
    }

    void answering_graphTraversal_switchesToGraphDatabase()
    {
        DecideView view(&m_library);
        tick(&view, QStringLiteral("data-shape"), QStringLiteral("graph"));
        tick(&view, QStringLiteral("queries"), QStringLiteral("traversal"));
        const QString top = topId(&view);
        QVERIFY2(top == QLatin1String("neo4j") || top == QLatin1String("tigergraph") ||
                     top == QLatin1String("amazon-neptune"),
                 qPrintable(top));
        view.findChild<QPushButton *>(QStringLiteral("advisorReset"))->click();
        QCOMPARE(view.findChild<QListWidget *>(QStringLiteral("advisorResults"))->count(), 0);
        QVERIFY(view.form()->requirements().isEmpty());
    }

    void conflicts_globalStrongAndSubMs_shownThenCleared()
    {
        DecideView view(&m_library);
        view.show();
        auto *conflicts = view.findChild<QLabel *>(QStringLiteral("advisorConflicts"));
        QVERIFY(conflicts->isHidden());
        choose(&view, QStringLiteral("regions"), QStringLiteral("strong-global"));
        QVERIFY(conflicts->isHidden());
        choose(&view, QStringLiteral("latency"), QStringLiteral("sub-ms"));
        QVERIFY(conflicts->isVisible());
        QVERIFY(conflicts->text().contains(QStringLiteral("sub-millisecond")));
        choose(&view, QStringLiteral("latency"), QStringLiteral("ms"));
        QVERIFY(conflicts->isHidden());
    }

    void export_writesTheRecommendation()
    {
        DecideView view(&m_library);
        QTRY_VERIFY(!view.isCollectingEvidence());
        tick(&view, QStringLiteral("data-shape"), QStringLiteral("vectors"));
        tick(&view, QStringLiteral("queries"), QStringLiteral("similarity"));
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("advisorExport"))->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("decision.md"));
        // The answers changed: the evidence for the new ranking is collected in the background again.
        QTRY_VERIFY_WITH_TIMEOUT(!view.isCollectingEvidence(), 15000);
        QString error;
        QVERIFY2(view.exportMarkdown(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        QVERIFY(md.startsWith(QStringLiteral("# Database recommendation")));
        QVERIFY(md.contains(QStringLiteral("## 1. ") + view.recommendation().ranked.first().technology.name));
        QVERIFY(md.contains(QStringLiteral("case-studies/"))); // Qdrant's evidence from the bundled studies
    }

    void compareChoices_matrixAndTradeOffsForSelectedStudies()
    {
        DecideView view(&m_library);
        auto *choices = view.findChild<ui::advisor::CompareChoices *>(QStringLiteral("compareChoices"));
        QVERIFY(choices);
        choices->selectStudies(
            {QStringLiteral("case-studies/fintech.md"), QStringLiteral("case-studies/ecommerce.md")});
        QCOMPARE(choices->selectedStudies().size(), 2);
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("choicesMatrix"));
        QCOMPARE(table->columnCount(), 3); // category + two studies
        int kafka = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->verticalHeaderItem(r)->text() == QLatin1String("Apache Kafka"))
                kafka = r;
        }
        QVERIFY(kafka >= 0);
        QVERIFY(!table->item(kafka, 1)->text().isEmpty());
        QVERIFY(!table->item(kafka, 2)->text().isEmpty());
        QCOMPARE(table->item(kafka, 0)->text(), QStringLiteral("stream"));
        auto *tradeOffs = view.findChild<QTextBrowser *>(QStringLiteral("choicesTradeOffs"));
        if (qEnvironmentVariableIsSet("AE_SCREENSHOT_DIR")) {
            view.resize(1200, 800);
            view.findChild<QTabWidget *>(QStringLiteral("decideTabs"))->setCurrentWidget(choices);
            view.show();
            view.grab().save(qEnvironmentVariable("AE_SCREENSHOT_DIR") + QStringLiteral("/choices.png"));
        }
        QVERIFY(tradeOffs->toPlainText().contains(QStringLiteral("CockroachDB with region survival")));
        QSignalSpy opened(&view, &DecideView::openRequested);
        Q_EMIT table->cellDoubleClicked(kafka, 1);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), choices->matrix().studies.at(0));
        QVERIFY(!opened.first().at(1).toString().isEmpty()); // a section that names Kafka
    }

    void mainWindow_hasDecideTab_andEvidenceOpensReader()
    {
        QSettings().clear();
        ui::MainWindow w;
        w.show();
        QVERIFY(w.workspace(QStringLiteral("advisorView")));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("workspaces"));
        QCOMPARE(tabs->tabText(tabs->indexOf(w.workspace(QStringLiteral("advisorView")))),
                 QStringLiteral("Decide"));
        QVERIFY(w.showWorkspace(QStringLiteral("advisorView")));
        auto *view = qobject_cast<DecideView *>(w.workspace(QStringLiteral("advisorView")));
        QTRY_VERIFY(!w.library()->documents().isEmpty());
        Q_EMIT view->openRequested(QStringLiteral("case-studies/fintech.md"),
                                   QStringLiteral("trade-offs-made"));
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(w.readerPage()));
        QTRY_COMPARE(w.documentView()->currentPath(), QStringLiteral("case-studies/fintech.md"));
    }
};

QTEST_MAIN(AdvisorViewTest)
#include "advisor_view_test.moc"
