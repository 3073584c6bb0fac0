// SPDX-License-Identifier: MIT
// A value cell of a metrics table, as written ("~9,500", "<10", "2–5", "$1.2M", "n/a") and as a number.
#pragma once

#include <QString>

namespace ae::metrics {

struct Value
{
    enum class Kind {
        Missing,     // empty, "n/a", "—", "-", "?", "tbd": shown as missing, never as zero
        Exact,       // 1,200
        Approximate, // ~45, ≈45
        LessThan,    // <10, ≤10: the true value is at most `number`
        GreaterThan, // >99.99, ≥99.99: the true value is at least `number`
        Range,       // 2-5, 2–5: `number` is the low end, `high` the high end
        Invalid      // text that is none of the above (kept, reported, not charted)
    };

    Kind kind = Kind::Missing;
    QString text;         // the cell as written, trimmed
    double number = 0;    // the value (low end of a range), suffixes (k, M, B) applied
    double high = 0;      // high end of a range; equals `number` otherwise
    QString currency;     // "USD" for "$", "EUR" for "€", empty if no symbol
    bool percent = false; // written with a trailing %
    int errorOffset = 0;  // for Invalid: 0-based character offset in `text` where parsing failed

    bool hasNumber() const { return kind != Kind::Missing && kind != Kind::Invalid; }
    bool isBound() const { return kind == Kind::LessThan || kind == Kind::GreaterThan; }
    // The one number a chart draws: the value, the bound, or the middle of a range.
    double representative() const { return kind == Kind::Range ? (number + high) / 2 : number; }
    // The value as a label, its number(s) already formatted with their unit: "<10 ms", "~4.5 s", "2–5 ms";
    // "missing" / "unreadable" without a number.
    QString decorate(const QString &formattedNumber, const QString &formattedHigh = {}) const;
};

// Parses one cell. For an Invalid value, `error` (if given) says what is wrong.
Value parseValue(const QString &text, QString *error = nullptr);

} // namespace ae::metrics
