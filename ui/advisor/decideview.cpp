// SPDX-License-Identifier: MIT
// Decide workspace: rules and catalogue come from the open library (bundled copies otherwise); evidence is
// gathered on a worker thread whenever the library loads or a document changes, a newer run superseding an
// older.
#include "ui/advisor/decideview.h"

#include "advisor/report.h"
#include "content/library.h"
#include "ui/advisor/comparechoices.h"
#include "ui/advisor/questionform.h"
#include "ui/advisor/resultdetails.h"
#include "ui/advisor/resultslist.h"
#include "ui/workspace.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDecide, "archexplorer.advisor.ui", QtInfoMsg)

namespace ae::ui::advisor {

namespace {
constexpr int kShownResults = 12;
constexpr int kMinShownResults = 3;

// HTML for text that wraps as a whole, never between its words (a legend entry).
QString unbroken(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
}
} // namespace

DecideView::DecideView(WorkspaceHost *host, QWidget *parent) : DecideView(host->library(), parent)
{
    connect(this, &DecideView::openRequested, this,
            [host](const QString &path, const QString &anchor) { host->openDocument(path, anchor); });
}

DecideView::DecideView(content::Library *library, QWidget *parent) : QWidget(parent), m_library(library)
{
    setObjectName(QStringLiteral("advisorView"));
    setAccessibleName(tr("Decide"));
    buildUi();
    connect(&m_evidenceWatcher, &QFutureWatcher<ae::advisor::EvidenceIndex>::finished, this, [this] {
        if (m_evidenceWatcher.property("generation").toInt() != m_evidenceGeneration)
            return; // superseded
        m_evidence = m_evidenceWatcher.result();
        m_collecting = false;
        recompute();
    });
    if (m_library) {
        connect(m_library, &content::Library::loaded, this, [this] {
            reloadRules();
            collectEvidence();
        });
        connect(m_library, &content::Library::documentChanged, this, &DecideView::collectEvidence);
    }
    reloadRules();
    if (m_library && !m_library->documents().isEmpty())
        collectEvidence();
}

DecideView::~DecideView()
{
    m_evidenceWatcher.waitForFinished();
}

void DecideView::buildUi()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("decideTabs"));
    m_tabs->setAccessibleName(tr("Decide"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_tabs);

    auto *advisorPage = new QWidget(m_tabs);
    auto *splitter = new QSplitter(Qt::Horizontal, advisorPage);
    auto *pageLayout = new QVBoxLayout(advisorPage);
    pageLayout->setContentsMargins(4, 4, 4, 4);
    pageLayout->addWidget(splitter);

    // Left: the questionnaire, with reset.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro =
        new QLabel(tr("Answer what you know; every answer re-ranks the catalogue. Hover an answer for "
                      "more."),
                   left);
    intro->setWordWrap(true);
    leftLayout->addWidget(intro);
    auto *scroll = new QScrollArea(left);
    scroll->setObjectName(QStringLiteral("advisorQuestionsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the help text wraps to the pane instead
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QuestionForm(scroll);
    scroll->setWidget(m_form);
    leftLayout->addWidget(scroll, 1);
    m_reset = new QPushButton(tr("Clear answers"), left);
    m_reset->setObjectName(QStringLiteral("advisorReset"));
    m_reset->setAccessibleName(tr("Clear answers"));
    leftLayout->addWidget(m_reset);

    // Middle: conflicts, ranked list, export.
    auto *middle = new QWidget(splitter);
    auto *midLayout = new QVBoxLayout(middle);
    midLayout->setContentsMargins(0, 0, 0, 0);
    m_conflicts = new QLabel(middle);
    m_conflicts->setObjectName(QStringLiteral("advisorConflicts"));
    m_conflicts->setAccessibleName(tr("Conflicts in the requirements"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextFormat(Qt::RichText);
    m_conflicts->setFrameShape(QFrame::StyledPanel);
    m_conflicts->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: 1px solid "
                       "#e0b400; border-radius: 4px; padding: 6px; }"));
    m_conflicts->hide();
    midLayout->addWidget(m_conflicts);
    m_status = new QLabel(middle);
    m_status->setObjectName(QStringLiteral("advisorStatus"));
    m_status->setWordWrap(true);
    midLayout->addWidget(m_status);
    m_results = new ResultsList(middle);
    midLayout->addWidget(m_results, 1);
    m_legend = new QLabel(middle);
    m_legend->setObjectName(QStringLiteral("advisorLegend"));
    m_legend->setWordWrap(true);
    midLayout->addWidget(m_legend);
    m_export = new QPushButton(tr("Export Markdown\u2026"), middle);
    m_export->setObjectName(QStringLiteral("advisorExport"));
    m_export->setAccessibleName(tr("Export the recommendation as Markdown"));
    midLayout->addWidget(m_export);

    // Right: details of the selected technology.
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("advisorDetails"));
    m_details->setAccessibleName(tr("Why this technology, and where it was used"));
    m_details->setOpenLinks(false);

    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 4);
    splitter->setSizes({440, 300, 460});
    m_tabs->addTab(advisorPage, tr("Advisor"));

    m_choices = new CompareChoices(m_library, m_tabs);
    m_choices->setCatalogue(m_advisor.catalogue());
    m_tabs->addTab(m_choices, tr("Compare choices"));
    connect(m_choices, &CompareChoices::openRequested, this, &DecideView::openRequested);

    connect(m_form, &QuestionForm::requirementsChanged, this, &DecideView::recompute);
    connect(m_reset, &QPushButton::clicked, m_form, &QuestionForm::clear);
    connect(m_results, &QListWidget::currentRowChanged, this, &DecideView::showDetails);
    connect(m_export, &QPushButton::clicked, this, &DecideView::chooseExportPath);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        QString path;
        QString anchor;
        if (parseEvidenceUrl(url, &path, &anchor))
            Q_EMIT openRequested(path, anchor);
    });
}

void DecideView::reloadRules()
{
    QString error;
    const QString root = m_library ? m_library->root() : QString();
    ae::advisor::Advisor loaded;
    const bool ok = loaded.loadForLibrary(root.isEmpty() ? content::Library::bundledRoot() : root, &error);
    if (!ok && m_advisor.rules().factors.isEmpty()) {
        // Fall back to the bundled rules so the view stays usable; the error is shown below the form.
        loaded = ae::advisor::Advisor();
        QString bundledError;
        loaded.loadForLibrary(content::Library::bundledRoot(), &bundledError);
    }
    if (ok || m_advisor.rules().factors.isEmpty())
        m_advisor = loaded;
    m_status->setText(
        ok ? QString() : tr("The advisor's rules have errors; showing the last good rules:\n%1").arg(error));
    m_status->setVisible(!ok);
    m_form->setRules(m_advisor.rules());
    if (m_choices)
        m_choices->setCatalogue(m_advisor.catalogue());
    QString legend;
    for (int i = 0; i < m_advisor.rules().factors.size(); ++i)
        legend += QStringLiteral("<span style='color:%1'>\u25a0</span>&nbsp;%2&nbsp;&nbsp; ")
                      .arg(factorColor(i).name(), unbroken(m_advisor.rules().factors.at(i).title));
    m_legend->setText(legend + QStringLiteral("<span style='color:#d03b3b'>\u25a0</span>&nbsp;") +
                      unbroken(tr("points against")));
    recompute();
}

void DecideView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Links and reasons take their colours when the HTML is set: set it again for the new palette.
    if (event->type() == QEvent::PaletteChange)
        showDetails();
}

void DecideView::collectEvidence()
{
    if (!m_library)
        return;
    const QVector<content::Document> documents = m_library->documents();
    const ae::advisor::Catalogue catalogue = m_advisor.catalogue();
    m_evidenceWatcher.setProperty("generation", ++m_evidenceGeneration);
    m_collecting = true;
    m_evidenceWatcher.setFuture(QtConcurrent::run(
        [documents, catalogue] { return ae::advisor::buildEvidence(documents, catalogue); }));
}

bool DecideView::isCollectingEvidence() const
{
    // Until the finished handler has taken the result: the future can be done before its signal arrives.
    return m_collecting;
}

void DecideView::recompute()
{
    const ae::advisor::Requirements requirements = m_form->requirements();
    m_recommendation = m_advisor.recommend(requirements);
    ae::advisor::attachEvidence(&m_recommendation, m_evidence);
    const QString conflicts = conflictsHtml(m_recommendation.conflicts);
    m_conflicts->setText(conflicts);
    m_conflicts->setVisible(!conflicts.isEmpty());
    // Show what scored; at least a few rows so a strict set of answers still shows the nearest fits.
    int positive = 0;
    for (const auto &r : m_recommendation.ranked)
        positive += r.total > 0 ? 1 : 0;
    const int shown = requirements.isEmpty() ? 0 : std::clamp(positive, kMinShownResults, kShownResults);
    m_results->setRecommendation(m_recommendation, shown);
    if (requirements.isEmpty())
        m_details->setHtml(
            QStringLiteral("<h2>") + tr("Decide") + QStringLiteral("</h2><p>") +
            tr("Answer a few questions on the left: the data model first, then consistency, scale, "
               "operations and ecosystem. The technologies that fit best appear here, with the "
               "reasons, the conflicts in your answers, and the case studies where each was "
               "used.") +
            QStringLiteral("</p>"));
    m_export->setEnabled(!requirements.isEmpty());
    Q_EMIT recommendationChanged();
}

void DecideView::showDetails()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_recommendation.ranked.size())
        return;
    m_details->setHtml(resultDetailsHtml(m_advisor.rules(), m_recommendation.ranked.at(row),
                                         HtmlColors::from(m_details->palette())));
}

bool DecideView::exportMarkdown(const QString &path, QString *error) const
{
    return ae::advisor::exportMarkdown(path, m_advisor.rules(), m_form->requirements(), m_recommendation,
                                       error);
}

void DecideView::chooseExportPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export recommendation"), dir + QStringLiteral("/recommendation.md"), tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportMarkdown(path, &error))
        QMessageBox::warning(this, tr("Export recommendation"),
                             tr("Could not write %1: %2").arg(path, error));
    else
        qCInfo(lcDecide) << "exported recommendation to" << path;
}

} // namespace ae::ui::advisor
