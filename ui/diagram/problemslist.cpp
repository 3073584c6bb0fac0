// SPDX-License-Identifier: MIT
// Rows from Diagnostics and check findings; the location lives in item data so activation never re-parses the
// "line:col" text.
#include "ui/diagram/problemslist.h"

#include "draw/chartstyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyledItemDelegate>

namespace ae::ui {

namespace {
QTreeWidgetItem *rowFor(const Diagnostic &d, const QString &severity, const QString &message)
{
    auto *item = new QTreeWidgetItem;
    item->setText(ProblemsList::SeverityColumn, severity);
    item->setText(ProblemsList::LocationColumn,
                  d.line > 0 ? QString::number(d.line) + QLatin1Char(':') + QString::number(qMax(1, d.column))
                             : QString());
    // The hint on the message's second line: the list is as narrow as the editor, and a column of its own
    // was off to the right, behind a scroll bar.
    item->setText(ProblemsList::MessageColumn,
                  d.hint.isEmpty() ? message
                                   : message + QLatin1Char('\n') + ProblemsList::tr("Hint: %1").arg(d.hint));
    item->setText(ProblemsList::HintColumn, d.hint);
    item->setToolTip(
        ProblemsList::MessageColumn,
        d.hint.isEmpty() ? message : message + QLatin1Char('\n') + ProblemsList::tr("Hint: %1").arg(d.hint));
    item->setData(ProblemsList::LocationColumn, ProblemsList::LineRole, d.line);
    item->setData(ProblemsList::LocationColumn, ProblemsList::ColumnRole, d.column);
    return item;
}
// Measures a wrapped message at its column's width: QTreeView asks for row heights with no width, and Qt then
// counts only the lines the text's own line breaks make.
class WrappedMessageDelegate : public QStyledItemDelegate
{
public:
    explicit WrappedMessageDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem wide(option);
        wide.rect = QRect(0, 0, m_view->columnWidth(index.column()), qMax(1, option.rect.height()));
        return QStyledItemDelegate::sizeHint(wide, index);
    }

private:
    QTreeView *m_view;
};
} // namespace

ProblemsList::ProblemsList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("problemsList"));
    setAccessibleName(tr("Problems"));
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setHeaderLabels({tr("Severity"), tr("Line:Col"), tr("Message"), tr("Hint")});
    header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(LocationColumn, QHeaderView::ResizeToContents);
    // The message (its hint below it) takes the rest of the width and wraps: nothing is cut or behind a
    // sideways scroll bar. Fitting columns to their contents measured every row's text on each layout of
    // the list, which stalled the window with a few hundred findings; wrapping measures each row once for its
    // height, and the list holds at most kMaxFindingRows findings.
    setColumnHidden(HintColumn, true);
    header()->setStretchLastSection(true);
    setUniformRowHeights(false);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setItemDelegateForColumn(MessageColumn, new WrappedMessageDelegate(this));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows keep the heights measured at the message column's old width unless told: a narrower column then
    // cut the wrapped text short.
    connect(header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == MessageColumn)
            scheduleDelayedItemsLayout();
    });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
}

void ProblemsList::setDiagnostics(const Diagnostics &diagnostics,
                                  const QVector<diagram::checks::Finding> &findings)
{
    m_diagnostics = diagnostics;
    m_findingList = findings;
    rebuild();
}

void ProblemsList::rebuild()
{
    clear();
    m_errors = m_warnings = 0;
    m_findings = int(m_findingList.size());
    QList<QTreeWidgetItem *> items;
    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (d.severity == Diagnostic::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            ++m_errors;
        } else if (d.severity == Diagnostic::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            ++m_warnings;
        }
        QTreeWidgetItem *item = rowFor(d, severityName(d.severity), d.message);
        item->setIcon(SeverityColumn, style()->standardIcon(icon));
        items.append(item);
    }
    // Findings after the syntax problems, in their own colour: a design question, not a typing mistake.
    const QColor color = findingColor(palette());
    const QIcon icon = findingIcon(palette());
    for (const diagram::checks::Finding &f : std::as_const(m_findingList)) {
        if (items.size() - m_diagnostics.size() == kMaxFindingRows) {
            // Thousands of rows would stall the window (the columns fit their contents) and help nobody.
            auto *more = new QTreeWidgetItem;
            more->setIcon(SeverityColumn, icon);
            more->setText(SeverityColumn, tr("check"));
            const QString hint = tr("`archexplorer check FILE` lists every one");
            more->setText(MessageColumn, tr("%n more finding(s) not listed", nullptr,
                                            int(m_findingList.size()) - kMaxFindingRows) +
                                             QLatin1Char('\n') + tr("Hint: %1").arg(hint));
            more->setText(HintColumn, hint);
            for (int column = SeverityColumn; column <= HintColumn; ++column)
                more->setForeground(column, color);
            items.append(more);
            break;
        }
        const QString message = QLatin1Char('[') + f.rule + QStringLiteral("] ") + f.diagnostic.message;
        QTreeWidgetItem *item =
            rowFor(f.diagnostic, tr("check %1").arg(severityName(f.diagnostic.severity)), message);
        item->setIcon(SeverityColumn, icon);
        for (int column = SeverityColumn; column <= HintColumn; ++column)
            item->setForeground(column, color);
        item->setData(SeverityColumn, RuleRole, f.rule);
        if (!f.why.isEmpty())
            item->setToolTip(SeverityColumn,
                             tr("Architecture check `%1`; why it matters: %2").arg(f.rule, f.why));
        items.append(item);
    }
    addTopLevelItems(items);
}

void ProblemsList::selectFinding(int index)
{
    if (index < 0 || index >= m_findingList.size())
        return;
    const int row = int(m_diagnostics.size()) + qMin(index, kMaxFindingRows);
    if (QTreeWidgetItem *item = topLevelItem(row)) {
        setCurrentItem(item);
        scrollToItem(item);
    }
}

QString ProblemsList::summary() const
{
    if (m_errors == 0 && m_warnings == 0 && m_findings == 0)
        return tr("No problems");
    QString s = tr("%n error(s)", nullptr, m_errors) + QStringLiteral(", ") +
                tr("%n warning(s)", nullptr, m_warnings);
    if (m_findings > 0)
        s += QStringLiteral(", ") + tr("%n finding(s)", nullptr, m_findings);
    return s;
}

QColor ProblemsList::findingColor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor alternate = palette.color(QPalette::Active, QPalette::AlternateBase);
    const bool dark = base.lightnessF() < 0.5;
    for (const QColor candidate :
         {dark ? QColor(0xc4b5fd) : QColor(0x6d28d9), dark ? QColor(0xddd6fe) : QColor(0x4c1d95)})
        if (draw::contrastRatio(candidate, base) >= 4.5 && draw::contrastRatio(candidate, alternate) >= 4.5)
            return candidate;
    return palette.color(QPalette::Active, QPalette::Text);
}

QIcon ProblemsList::findingIcon(const QPalette &palette)
{
    const QColor color = findingColor(palette);
    QIcon icon;
    for (const int size : {16, 20, 24}) {
        for (const qreal dpr : {1.0, 2.0}) {
            QPixmap pm(qRound(size * dpr), qRound(size * dpr));
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(size * dpr / 16.0, size * dpr / 16.0);
            // A diamond (a design rule's mark) with a check inside, on a 16-unit grid like the symbolic
            // icons.
            QPainterPath diamond;
            diamond.moveTo(8, 1);
            diamond.lineTo(15, 8);
            diamond.lineTo(8, 15);
            diamond.lineTo(1, 8);
            diamond.closeSubpath();
            p.setPen(QPen(color, 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawPath(diamond);
            p.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPolyline(QPolygonF{QPointF(5.2, 8.2), QPointF(7.2, 10.2), QPointF(10.8, 6.2)});
            p.end();
            pm.setDevicePixelRatio(dpr);
            icon.addPixmap(pm);
        }
    }
    return icon;
}

void ProblemsList::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_findingList.isEmpty())
        rebuild(); // the finding colour and icon follow the theme
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
