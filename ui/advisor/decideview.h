// SPDX-License-Identifier: MIT
// The Decide workspace (objectName "advisorView"): the advisor — the five factors as forms on the left,
// ranked technologies with per-factor bars, conflicts, details and evidence links on the right, Export
// Markdown — and a second tab, Compare choices.
#pragma once

#include "advisor/advisor.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace ae::content {
class Library;
}

namespace ae::ui {
class WorkspaceHost;
}

namespace ae::ui::advisor {

class CompareChoices;
class QuestionForm;
class ResultsList;

class DecideView : public QWidget
{
    Q_OBJECT
public:
    // In the window: evidence links open documents through the host.
    DecideView(WorkspaceHost *host, QWidget *parent);
    // Stand-alone (tests): `library` may be null (no evidence, bundled rules).
    explicit DecideView(content::Library *library, QWidget *parent = nullptr);
    ~DecideView() override;

    const ae::advisor::Advisor &advisor() const { return m_advisor; }
    const ae::advisor::Recommendation &recommendation() const { return m_recommendation; }
    QuestionForm *form() const { return m_form; }
    // Writes the current recommendation (no dialog); false with *error on failure.
    bool exportMarkdown(const QString &path, QString *error) const;
    // True while evidence is being gathered off the UI thread.
    bool isCollectingEvidence() const;

Q_SIGNALS:
    void openRequested(const QString &path, const QString &anchor);
    // The ranking was recomputed (answers changed, rules or evidence reloaded).
    void recommendationChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void reloadRules();
    void collectEvidence();
    void recompute();
    void showDetails();
    void chooseExportPath();

    content::Library *m_library = nullptr;
    ae::advisor::Advisor m_advisor;
    ae::advisor::EvidenceIndex m_evidence;
    ae::advisor::Recommendation m_recommendation;
    QFutureWatcher<ae::advisor::EvidenceIndex> m_evidenceWatcher;
    int m_evidenceGeneration = 0;
    bool m_collecting = false; // evidence asked for and not yet taken in

    QTabWidget *m_tabs = nullptr;
    QuestionForm *m_form = nullptr;
    ResultsList *m_results = nullptr;
    QLabel *m_conflicts = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_legend = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_reset = nullptr;
    CompareChoices *m_choices = nullptr;
};

} // namespace ae::ui::advisor
