// SPDX-License-Identifier: MIT
// FindBar: drives DocumentView's find (highlight all, next/previous) and shows "3 of 12".
#include "ui/reader/findbar.h"

#include "ui/reader/documentview.h"
#include "ui/reader/icons.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace ae::ui {

FindBar::FindBar(DocumentView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setObjectName(QStringLiteral("findBar"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setAccessibleName(tr("Find in document"));
    m_field->setPlaceholderText(tr("Find in document"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(260);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setAccessibleName(tr("Matches"));
    m_count->setMinimumWidth(90);
    m_prev = new QToolButton(this);
    m_prev->setObjectName(QStringLiteral("findPrevious"));
    m_prev->setAccessibleName(tr("Previous match"));
    m_prev->setToolTip(tr("Previous match (Shift+F3)"));
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("findNext"));
    m_next->setAccessibleName(tr("Next match"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_case = new QCheckBox(tr("Match case"), this);
    m_case->setObjectName(QStringLiteral("findMatchCase"));
    m_case->setAccessibleName(tr("Match case"));
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("findClose"));
    m_close->setAccessibleName(tr("Close find bar"));
    m_close->setToolTip(tr("Close (Esc)"));
    for (QToolButton *b : {m_prev, m_next, m_close})
        b->setAutoRaise(true);
    refreshIcons();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->setSpacing(6);
    layout->addWidget(m_field);
    layout->addWidget(m_prev);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(m_case);
    layout->addStretch(1);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_case, &QCheckBox::toggled, this, &FindBar::search);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            m_view->findPrevious();
        else
            m_view->findNext();
    });
    connect(m_next, &QToolButton::clicked, m_view, &DocumentView::findNext);
    connect(m_prev, &QToolButton::clicked, m_view, &DocumentView::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::deactivate);
    connect(m_view, &DocumentView::findResultsChanged, this, &FindBar::onResults);
    onResults(-1, 0);
}

QLineEdit *FindBar::field() const
{
    return m_field;
}

QString FindBar::countText() const
{
    return m_count->text();
}

void FindBar::refreshIcons()
{
    setThemedIcon(m_prev, QStringLiteral("go-up"), window()->palette());
    setThemedIcon(m_next, QStringLiteral("go-down"), window()->palette());
    setThemedIcon(m_close, QStringLiteral("window-close"), window()->palette());
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    search();
}

void FindBar::deactivate()
{
    hide();
    m_view->clearFind();
    m_view->setFocus();
}

void FindBar::search()
{
    m_view->findAll(m_field->text(), m_case->isChecked());
}

void FindBar::onResults(int current, int count)
{
    const bool nothing = !m_field->text().isEmpty() && count == 0;
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (nothing)
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(current + 1).arg(count));
    m_prev->setEnabled(count > 1);
    m_next->setEnabled(count > 1);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        deactivate();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ae::ui
