// SPDX-License-Identifier: MIT
// GitHub's emoji shortcodes (":+1:", ":rocket:") as Unicode, from resources/emoji/github.tsv.
#pragma once

#include <QString>

namespace ae::markdown {

// The character for a shortcode name without its colons ("+1" -> "👍"); empty when GitHub has no such name.
QString emojiFor(const QString &name);

// text with every known ":name:" replaced by its emoji; unknown names ("10:30:00", ":nosuch:") stay as
// written.
QString replaceEmojiShortcodes(const QString &text);

} // namespace ae::markdown
