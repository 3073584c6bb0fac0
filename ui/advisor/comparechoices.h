// SPDX-License-Identifier: MIT
// Compare choices (a tab of the Decide view): pick case studies; see a matrix of them against the
// technologies they use, and their trade-offs tables side by side. Double-clicking a cell opens the study
// where it discusses the technology; links in the trade-offs open the table's section.
#pragma once

#include "advisor/catalogue.h"
#include "advisor/choices.h"

#include <QWidget>

class QListWidget;
class QTableWidget;
class QTextBrowser;

namespace ae::content {
class Library;
}

namespace ae::ui::advisor {

class CompareChoices : public QWidget
{
    Q_OBJECT
public:
    explicit CompareChoices(content::Library *library, QWidget *parent = nullptr);

    void setCatalogue(const ae::advisor::Catalogue &catalogue);
    // Checks exactly these studies (paths); unknown paths are ignored.
    void selectStudies(const QStringList &paths);
    QStringList selectedStudies() const;
    const ae::advisor::ChoiceMatrix &matrix() const { return m_matrix; }

Q_SIGNALS:
    void openRequested(const QString &path, const QString &anchor);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadStudies();
    void refresh();
    void openCell(int row, int column);

    content::Library *m_library = nullptr;
    ae::advisor::Catalogue m_catalogue;
    ae::advisor::ChoiceMatrix m_matrix;
    QListWidget *m_studies = nullptr;
    QTableWidget *m_table = nullptr;
    QTextBrowser *m_tradeOffs = nullptr;
    bool m_updating = false;
};

} // namespace ae::ui::advisor
