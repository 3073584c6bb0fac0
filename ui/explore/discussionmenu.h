// SPDX-License-Identifier: MIT
// The menu a clicked diagram node pops up: the sections that discuss it, best first, each a click away.
#pragma once

#include "search/discussions.h"

#include <functional>

class QMenu;
class QWidget;

namespace ae::ui::explore {

// A menu headed by `heading` ("Ledger nodes — database, CockroachDB 23.2") listing `found`; choosing an entry
// calls open with it. `homeDocument`'s sections are named by title alone, others as "Document › Section". An
// empty list says so in a disabled entry. The caller adds further actions (Open in Draw) and pops it up; it
// deletes itself when closed.
QMenu *discussionMenu(QWidget *parent, const QString &heading, const QVector<search::Discussion> &found,
                      const QString &homeDocument,
                      const std::function<void(const search::Discussion &)> &open);

} // namespace ae::ui::explore
