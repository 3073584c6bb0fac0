// SPDX-License-Identifier: MIT
// Compare choices: study picker, technology matrix, trade-offs side by side.
#include "ui/advisor/comparechoices.h"

#include "advisor/evidence.h"
#include "content/library.h"
#include "ui/advisor/resultdetails.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ae::ui::advisor {

CompareChoices::CompareChoices(content::Library *library, QWidget *parent)
    : QWidget(parent), m_library(library)
{
    setObjectName(QStringLiteral("compareChoices"));
    setAccessibleName(tr("Compare choices"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QLabel(tr("Case studies to compare:"), left);
    leftLayout->addWidget(pick);
    m_studies = new QListWidget(left);
    m_studies->setObjectName(QStringLiteral("choicesStudies"));
    m_studies->setAccessibleName(tr("Case studies to compare"));
    pick->setBuddy(m_studies);
    leftLayout->addWidget(m_studies);

    auto *right = new QSplitter(Qt::Vertical, splitter);
    m_table = new QTableWidget(right);
    m_table->setObjectName(QStringLiteral("choicesMatrix"));
    m_table->setAccessibleName(tr("Technologies used by each case study"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_tradeOffs = new QTextBrowser(right);
    m_tradeOffs->setObjectName(QStringLiteral("choicesTradeOffs"));
    m_tradeOffs->setAccessibleName(tr("Trade-offs of the selected case studies"));
    m_tradeOffs->setOpenLinks(false);
    right->addWidget(m_table);
    right->addWidget(m_tradeOffs);
    right->setSizes({360, 360});
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 880});

    connect(m_studies, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            refresh();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CompareChoices::openCell);
    connect(m_tradeOffs, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        QString path;
        QString anchor;
        if (parseEvidenceUrl(url, &path, &anchor))
            Q_EMIT openRequested(path, anchor);
    });
    if (m_library) {
        connect(m_library, &content::Library::loaded, this, &CompareChoices::reloadStudies);
        connect(m_library, &content::Library::documentChanged, this, &CompareChoices::reloadStudies);
    }
    reloadStudies();
}

void CompareChoices::setCatalogue(const ae::advisor::Catalogue &catalogue)
{
    m_catalogue = catalogue;
    refresh();
}

void CompareChoices::reloadStudies()
{
    const QStringList previous = selectedStudies();
    m_updating = true;
    m_studies->clear();
    if (m_library) {
        const auto studies = ae::advisor::caseStudies(m_library->documents());
        for (const content::Document *doc : studies) {
            auto *item = new QListWidgetItem(doc->title, m_studies);
            item->setData(Qt::UserRole, doc->path);
            item->setToolTip(doc->title + QLatin1Char('\n') + doc->path);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            // First time: compare the first two, so the tab is never empty.
            const bool checked = previous.isEmpty() ? m_studies->count() <= 2 : previous.contains(doc->path);
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_updating = false;
    refresh();
}

void CompareChoices::selectStudies(const QStringList &paths)
{
    m_updating = true;
    for (int i = 0; i < m_studies->count(); ++i) {
        QListWidgetItem *item = m_studies->item(i);
        item->setCheckState(paths.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
    m_updating = false;
    refresh();
}

QStringList CompareChoices::selectedStudies() const
{
    QStringList out;
    for (int i = 0; i < m_studies->count(); ++i) {
        if (m_studies->item(i)->checkState() == Qt::Checked)
            out << m_studies->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void CompareChoices::refresh()
{
    QVector<const content::Document *> studies;
    if (m_library) {
        for (const QString &path : selectedStudies()) {
            if (const content::Document *doc = m_library->find(path))
                studies.append(doc);
        }
    }
    m_matrix = ae::advisor::buildChoiceMatrix(studies, m_catalogue);

    m_table->clear();
    m_table->setColumnCount(m_matrix.studies.size() + 1);
    m_table->setRowCount(m_matrix.rows.size());
    QStringList headers{tr("Category")};
    headers += m_matrix.studyTitles;
    m_table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < m_matrix.studies.size(); ++c)
        m_table->horizontalHeaderItem(c + 1)->setToolTip(m_matrix.studyTitles.at(c));
    for (int r = 0; r < m_matrix.rows.size(); ++r) {
        const ae::advisor::ChoiceRow &row = m_matrix.rows.at(r);
        m_table->setVerticalHeaderItem(r, new QTableWidgetItem(row.technology));
        m_table->setItem(
            r, 0, new QTableWidgetItem(row.category.isEmpty() ? tr("not in catalogue") : row.category));
        for (int c = 0; c < m_matrix.studies.size(); ++c) {
            const QString used = row.usedAs.at(c);
            auto *item = new QTableWidgetItem(used.isEmpty() ? QString() : QStringLiteral("\u2714 ") + used);
            if (!used.isEmpty())
                item->setToolTip(
                    tr("Double-click to read where %1 uses %2").arg(m_matrix.studyTitles.at(c), used));
            m_table->setItem(r, c + 1, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    // Trade-offs: one column per study.
    const HtmlColors colors = HtmlColors::from(m_tradeOffs->palette());
    QString html = QStringLiteral("<table width='100%' cellspacing='6'><tr>");
    for (const content::Document *doc : studies) {
        html += QStringLiteral("<td valign='top' width='%1%'>").arg(100 / std::max(1, int(studies.size())));
        html += QStringLiteral("<h3>") + doc->title.toHtmlEscaped() + QStringLiteral("</h3>");
        const auto tables = ae::advisor::tradeOffTables(*doc);
        if (tables.isEmpty())
            html += QStringLiteral("<p><i>") + tr("No trade-offs table.") + QStringLiteral("</i></p>");
        for (const auto &t : tables) {
            html += QStringLiteral("<p><a href='%1' style='color:%2'>%3</a></p>")
                        .arg(evidenceUrl(t.path, t.anchor).toString().toHtmlEscaped(), colors.link,
                             t.sectionTitle.toHtmlEscaped());
            for (const QStringList &row : t.rows) {
                html += QStringLiteral("<p><b>") + row.value(0).toHtmlEscaped() + QStringLiteral("</b>");
                for (int i = 1; i < row.size(); ++i)
                    html += QStringLiteral("<br/><span style='color:") + colors.muted + QStringLiteral("'>") +
                            t.header.value(i).toHtmlEscaped() + QStringLiteral(":</span> ") +
                            row.at(i).toHtmlEscaped();
                html += QStringLiteral("</p>");
            }
        }
        html += QStringLiteral("</td>");
    }
    if (studies.isEmpty())
        html += QStringLiteral("<td>") + tr("Tick two or more case studies to compare their choices.") +
                QStringLiteral("</td>");
    html += QStringLiteral("</tr></table>");
    m_tradeOffs->setHtml(html);
}

void CompareChoices::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh(); // links and labels take their colours when the HTML is set
}

void CompareChoices::openCell(int row, int column)
{
    if (!m_library || row < 0 || row >= m_matrix.rows.size() || column < 1 ||
        column > m_matrix.studies.size())
        return;
    const ae::advisor::ChoiceRow &r = m_matrix.rows.at(row);
    const QString path = m_matrix.studies.at(column - 1);
    if (r.usedAs.at(column - 1).isEmpty())
        return;
    QString anchor;
    if (const ae::advisor::Technology *t = m_catalogue.find(r.id)) {
        if (const content::Document *doc = m_library->find(path)) {
            for (const markdown::Section &s : doc->md.sections) {
                if (!s.title.isEmpty() && ae::advisor::mentions(*t, s.title)) {
                    anchor = s.anchor;
                    break;
                }
            }
        }
    }
    Q_EMIT openRequested(path, anchor);
}

} // namespace ae::ui::advisor
