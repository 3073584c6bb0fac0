// SPDX-License-Identifier: MIT
// DocumentView's find in page: every match (alt texts of images included), the current one outlined and in
// view.
#include "ui/reader/documentview.h"

#include <QTextDocument>

#include <algorithm>

namespace ae::ui {

namespace {

// Enough for any real page; a pathological one stops there rather than highlighting without end.
constexpr int kMaxMatches = 5000;

} // namespace

int DocumentView::findAll(const QString &text, bool caseSensitive)
{
    m_findText = text;
    m_findCase = caseSensitive;
    m_matches.clear();
    m_currentMatch = -1;
    if (!text.isEmpty()) {
        const QTextDocument::FindFlags flags =
            caseSensitive ? QTextDocument::FindCaseSensitively : QTextDocument::FindFlags();
        QTextCursor c = document()->find(text, 0, flags);
        while (!c.isNull() && m_matches.size() < kMaxMatches) {
            m_matches.append(c);
            c = document()->find(text, c, flags);
        }
        m_matches += imageMatches(text, caseSensitive); // alt texts
        std::stable_sort(m_matches.begin(), m_matches.end(), [](const QTextCursor &a, const QTextCursor &b) {
            return a.position() < b.position();
        });
        if (m_matches.size() > kMaxMatches)
            m_matches.resize(kMaxMatches);
        if (!m_matches.isEmpty())
            m_currentMatch = 0;
    }
    applyFindSelections();
    return m_matches.size();
}

void DocumentView::findNext()
{
    if (m_matches.isEmpty())
        return;
    m_currentMatch = (m_currentMatch + 1) % m_matches.size();
    applyFindSelections();
}

void DocumentView::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    m_currentMatch = (m_currentMatch - 1 + m_matches.size()) % m_matches.size();
    applyFindSelections();
}

void DocumentView::clearFind()
{
    m_findText.clear();
    m_matches.clear();
    m_currentMatch = -1;
    applyFindSelections();
}

int DocumentView::matchCount() const
{
    return m_matches.size();
}

int DocumentView::currentMatch() const
{
    return m_currentMatch;
}

void DocumentView::applyFindSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QColor all = m_dark ? QColor(0x8a, 0x6d, 0x12) : QColor(0xff, 0xe5, 0x8f);
    QColor current = m_dark ? QColor(0xd9, 0x8c, 0x1f) : QColor(0xff, 0xa9, 0x3a);
    for (int i = 0; i < m_matches.size(); ++i) {
        QTextEdit::ExtraSelection s;
        s.cursor = m_matches.at(i);
        s.format.setBackground(i == m_currentMatch ? current : all);
        if (m_dark)
            s.format.setForeground(Qt::white);
        selections.append(s);
    }
    setExtraSelections(selections);
    if (m_currentMatch >= 0) {
        QTextCursor c = m_matches.at(m_currentMatch);
        c.clearSelection();
        setTextCursor(c);
        ensureCursorVisible();
    }
    Q_EMIT findResultsChanged(m_currentMatch, m_matches.size());
}

} // namespace ae::ui
