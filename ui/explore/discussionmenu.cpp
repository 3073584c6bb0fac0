// SPDX-License-Identifier: MIT
// Builds the "discussed in" menu of a diagram node.
#include "ui/explore/discussionmenu.h"

#include <QCoreApplication>
#include <QMenu>

namespace ae::ui::explore {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("ae::ui::explore::DiscussionMenu", s);
}

QString entryText(const search::Discussion &d, const QString &homeDocument)
{
    QString text =
        d.docPath == homeDocument ? d.sectionTitle : d.docTitle + QStringLiteral(" \u203a ") + d.sectionTitle;
    if (d.holdsDiagram)
        text += QLatin1Char(' ') + tr("(the diagram's own section)");
    QString snippet = d.snippet.text.simplified();
    if (snippet.size() > 60)
        snippet = snippet.left(59) + QChar(0x2026);
    if (!snippet.isEmpty())
        text += QStringLiteral("  \u00b7  ") + snippet;
    text.replace(QLatin1Char('&'), QStringLiteral("&&")); // not a mnemonic
    return text;
}
} // namespace

QMenu *discussionMenu(QWidget *parent, const QString &heading, const QVector<search::Discussion> &found,
                      const QString &homeDocument,
                      const std::function<void(const search::Discussion &)> &open)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("discussionMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    QString title = heading;
    title.replace(QLatin1Char('&'), QStringLiteral("&&"));
    menu->addSection(title);
    if (found.isEmpty()) {
        menu->addAction(tr("No section mentions it"))->setEnabled(false);
        return menu;
    }
    for (const search::Discussion &d : found) {
        QAction *action = menu->addAction(entryText(d, homeDocument));
        action->setObjectName(QStringLiteral("discussion"));
        action->setToolTip(d.snippet.text);
        action->setData(QString(d.docPath + QLatin1Char('#') + d.anchor));
        QObject::connect(action, &QAction::triggered, menu, [open, d] { open(d); });
    }
    return menu;
}

} // namespace ae::ui::explore
