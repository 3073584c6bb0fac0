// SPDX-License-Identifier: MIT
// SearchField: debounced incremental queries, the floating results panel, keyboard routing to it.
#include "ui/explore/searchfield.h"

#include "ui/explore/searchcontroller.h"
#include "ui/explore/searchresultsview.h"

#include <QApplication>
#include <QFrame>
#include <QKeyEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace ae::ui::explore {

SearchField::SearchField(SearchController *controller, QWidget *host, QWidget *parent)
    : QLineEdit(parent), m_controller(controller), m_host(host)
{
    setObjectName(QStringLiteral("searchField"));
    setAccessibleName(tr("Search the library"));
    setPlaceholderText(tr("Search (Ctrl+K)"));
    setClearButtonEnabled(true);
    setMinimumWidth(220);
    setMaximumWidth(360);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(60);
    connect(m_debounce, &QTimer::timeout, this, &SearchField::runQuery);
    connect(this, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    connect(m_controller, &SearchController::indexReady, this, [this] {
        if (panelShown())
            runQuery();
    });
    connect(qApp, &QApplication::focusChanged, this, &SearchField::onFocusChanged);
    host->installEventFilter(this);
}

QFrame *SearchField::panel()
{
    if (!m_panel) { // not at start: most sessions open the window without searching
        m_panel = new QFrame(m_host);
        m_panel->setObjectName(QStringLiteral("searchPanel"));
        m_panel->setFrameShape(QFrame::StyledPanel);
        m_panel->setAutoFillBackground(true);
        auto *layout = new QVBoxLayout(m_panel);
        layout->setContentsMargins(1, 1, 1, 1);
        m_results = new SearchResultsView(m_panel);
        m_results->setFocusPolicy(Qt::ClickFocus);
        layout->addWidget(m_results);
        m_panel->hide();
        connect(m_results, &SearchResultsView::hitActivated, this, [this](const search::SearchHit &hit) {
            hidePanel();
            Q_EMIT hitActivated(hit);
        });
    }
    return m_panel;
}

SearchResultsView *SearchField::results()
{
    panel();
    return m_results;
}

bool SearchField::panelShown() const
{
    return m_panel && m_panel->isVisible();
}

void SearchField::runQuery()
{
    m_debounce->stop();
    const QString query = text();
    if (query.trimmed().isEmpty()) {
        hidePanel();
        return;
    }
    if (!m_controller->isReady())
        results()->setMessage(tr("Indexing the library\u2026"));
    else
        results()->setResults(m_controller->search(query), query.trimmed());
    placePanel();
    m_panel->show();
    m_panel->raise();
}

void SearchField::hidePanel()
{
    if (m_panel)
        m_panel->hide();
}

void SearchField::placePanel()
{
    const QPoint below = mapTo(m_host, QPoint(0, height() + 2));
    const int width = qMin(560, m_host->width() - 16);
    const int x = qBound(8, below.x(), qMax(8, m_host->width() - width - 8));
    const int height = qMax(160, qMin(m_host->height() * 2 / 3, m_host->height() - below.y() - 8));
    m_panel->setGeometry(x, below.y(), width, height);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (!panelShown())
            runQuery();
        results()->moveCurrent(event->key() == Qt::Key_Down ? 1 : -1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_debounce->isActive() || !panelShown())
            runQuery(); // Enter right after typing: use what is typed, not the last debounced results
        results()->activateCurrent();
        return;
    case Qt::Key_Escape:
        if (panelShown()) {
            hidePanel();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

bool SearchField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && event->type() == QEvent::Resize && panelShown())
        placePanel();
    return QLineEdit::eventFilter(watched, event);
}

void SearchField::onFocusChanged(QWidget *, QWidget *now)
{
    // Clicking anywhere but the field or the panel closes the panel.
    if (!now || !panelShown())
        return;
    if (now == this || m_panel->isAncestorOf(now))
        return;
    hidePanel();
}

} // namespace ae::ui::explore
