// SPDX-License-Identifier: MIT
// Rows from Diagnostics; the location lives in item data so activation never re-parses the "line:col" text.
#include "ui/diagram/problemslist.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QStyle>

namespace ae::ui {

ProblemsList::ProblemsList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("problemsList"));
    setAccessibleName(tr("Problems"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setHeaderLabels({tr("Severity"), tr("Line:Col"), tr("Message"), tr("Hint")});
    header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(LocationColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(MessageColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
}

void ProblemsList::setDiagnostics(const Diagnostics &diagnostics)
{
    clear();
    m_errors = m_warnings = 0;
    QList<QTreeWidgetItem *> items;
    for (const Diagnostic &d : diagnostics) {
        auto *item = new QTreeWidgetItem;
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (d.severity == Diagnostic::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            ++m_errors;
        } else if (d.severity == Diagnostic::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            ++m_warnings;
        }
        item->setIcon(SeverityColumn, style()->standardIcon(icon));
        item->setText(SeverityColumn, severityName(d.severity));
        item->setText(LocationColumn, d.line > 0 ? QString::number(d.line) + QLatin1Char(':') +
                                                       QString::number(qMax(1, d.column))
                                                 : QString());
        item->setText(MessageColumn, d.message);
        item->setText(HintColumn, d.hint);
        item->setToolTip(MessageColumn,
                         d.hint.isEmpty() ? d.message : d.message + QLatin1Char('\n') + d.hint);
        item->setData(LocationColumn, LineRole, d.line);
        item->setData(LocationColumn, ColumnRole, d.column);
        items.append(item);
    }
    addTopLevelItems(items);
}

QString ProblemsList::summary() const
{
    if (m_errors == 0 && m_warnings == 0)
        return tr("No problems");
    return tr("%n error(s)", nullptr, m_errors) + QStringLiteral(", ") +
           tr("%n warning(s)", nullptr, m_warnings);
}

void ProblemsList::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        activate(currentItem());
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

void ProblemsList::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int line = item->data(LocationColumn, LineRole).toInt();
    if (line > 0)
        Q_EMIT problemActivated(line, qMax(1, item->data(LocationColumn, ColumnRole).toInt()));
}

} // namespace ae::ui
