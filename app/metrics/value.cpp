// SPDX-License-Identifier: MIT
// Value-cell parsing: a small hand-written scanner, so every failure has a character offset for the
// diagnostic.
#include "value.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace ae::metrics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ae::metrics::Value", text);
}

bool isGroupSpace(QChar c)
{
    return c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) || c == u' ';
}

struct Scanner
{
    const QString &s;
    int i = 0;
    QString error;

    bool atEnd() const { return i >= s.size(); }
    QChar peek(int ahead = 0) const { return i + ahead < s.size() ? s.at(i + ahead) : QChar(); }
    void skipSpaces()
    {
        while (!atEnd() && peek().isSpace())
            ++i;
    }
    bool eat(const QString &word, bool caseInsensitive = false)
    {
        if (s.mid(i, word.size()).compare(word, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive) ==
            0) {
            i += word.size();
            return true;
        }
        return false;
    }
    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    // Digits with optional thousands separators (groups of exactly three) and a decimal part.
    bool number(double &out)
    {
        const int start = i;
        QString digits;
        bool negative = false;
        if (peek() == u'-' || peek() == QChar(0x2212)) {
            negative = true;
            ++i;
        } else if (peek() == u'+') {
            ++i;
        }
        if (!peek().isDigit() && !(peek() == u'.' && peek(1).isDigit())) {
            i = start;
            return fail(tr("expected a number"));
        }
        int groupLength = 0;
        bool grouped = false;
        while (!atEnd()) {
            const QChar c = peek();
            if (c.isDigit()) {
                digits += c;
                ++groupLength;
                ++i;
            } else if ((c == u',' || isGroupSpace(c)) && peek(1).isDigit()) {
                if ((grouped && groupLength != 3) || (!grouped && (groupLength < 1 || groupLength > 3))) {
                    if (c == u',')
                        return fail(tr("a thousands separator must separate groups of three digits"));
                    break; // a space that does not group digits ends the number
                }
                int n = 0;
                while (peek(1 + n).isDigit())
                    ++n;
                if (n != 3) {
                    if (c == u',')
                        return fail(tr("a thousands separator must separate groups of three digits"));
                    break;
                }
                grouped = true;
                groupLength = 0;
                ++i;
            } else {
                break;
            }
        }
        if (grouped && groupLength != 3)
            return fail(tr("a thousands separator must separate groups of three digits"));
        if (peek() == u'.') {
            if (!peek(1).isDigit())
                return fail(tr("expected digits after the decimal point"));
            digits += u'.';
            ++i;
            while (peek().isDigit()) {
                digits += peek();
                ++i;
            }
        }
        bool ok = false;
        out = digits.toDouble(&ok);
        if (!ok)
            return fail(tr("expected a number"));
        if (negative)
            out = -out;
        return true;
    }

    // k, K, M, B, bn (thousand, million, billion) right after the number.
    double suffix()
    {
        if (eat(QStringLiteral("bn")) || eat(QStringLiteral("B")))
            return 1e9;
        if (eat(QStringLiteral("k")) || eat(QStringLiteral("K")))
            return 1e3;
        if (eat(QStringLiteral("M")))
            return 1e6;
        const int save = i;
        skipSpaces();
        if (eat(QStringLiteral("thousand"), true))
            return 1e3;
        if (eat(QStringLiteral("million"), true))
            return 1e6;
        if (eat(QStringLiteral("billion"), true))
            return 1e9;
        i = save;
        return 1.0;
    }

    QString currency()
    {
        if (eat(QStringLiteral("US$")) || eat(QStringLiteral("$")))
            return QStringLiteral("USD");
        if (eat(QStringLiteral("€")))
            return QStringLiteral("EUR");
        if (eat(QStringLiteral("£")))
            return QStringLiteral("GBP");
        return {};
    }

    // One amount: [currency] number [suffix] [%] [currency]
    bool amount(double &out, QString &cur, bool &pct)
    {
        const QString before = currency();
        if (!before.isEmpty())
            cur = before;
        if (!number(out))
            return false;
        out *= suffix();
        skipSpaces();
        if (eat(QStringLiteral("%")))
            pct = true;
        skipSpaces();
        const QString after = currency();
        if (!after.isEmpty())
            cur = after;
        return true;
    }
};

bool isMissingText(const QString &t)
{
    static const QStringList words = {
        QStringLiteral("n/a"),  QStringLiteral("na"),      QStringLiteral("-"),
        QStringLiteral("—"),    QStringLiteral("–"),       QStringLiteral("?"),
        QStringLiteral("tbd"),  QStringLiteral("unknown"), QStringLiteral("not measured"),
        QStringLiteral("n.a."), QStringLiteral("…")};
    return t.isEmpty() || words.contains(t.toLower());
}

} // namespace

Value parseValue(const QString &text, QString *error)
{
    Value v;
    v.text = text.trimmed();
    if (isMissingText(v.text)) {
        v.kind = Value::Kind::Missing;
        return v;
    }
    Scanner sc{v.text, 0, {}};
    Value::Kind kind = Value::Kind::Exact;
    if (sc.eat(QStringLiteral("~")) || sc.eat(QStringLiteral("≈")) ||
        sc.eat(QStringLiteral("approx."), true) || sc.eat(QStringLiteral("about "), true))
        kind = Value::Kind::Approximate;
    else if (sc.eat(QStringLiteral("<=")) || sc.eat(QStringLiteral("≤")) || sc.eat(QStringLiteral("<")) ||
             sc.eat(QStringLiteral("under "), true))
        kind = Value::Kind::LessThan;
    else if (sc.eat(QStringLiteral(">=")) || sc.eat(QStringLiteral("≥")) || sc.eat(QStringLiteral(">")) ||
             sc.eat(QStringLiteral("over "), true))
        kind = Value::Kind::GreaterThan;
    sc.skipSpaces();

    bool ok = sc.amount(v.number, v.currency, v.percent);
    v.high = v.number;
    if (ok && !sc.atEnd()) {
        const int save = sc.i;
        sc.skipSpaces();
        if (sc.eat(QStringLiteral("-")) || sc.eat(QStringLiteral("–")) || sc.eat(QStringLiteral("—")) ||
            sc.eat(QStringLiteral("to "), true)) {
            if (kind != Value::Kind::Exact) {
                sc.i = save;
                ok = sc.fail(tr("a range cannot also be approximate or a bound"));
            } else {
                sc.skipSpaces();
                ok = sc.amount(v.high, v.currency, v.percent);
                if (ok && v.high < v.number) {
                    sc.i = save;
                    ok = sc.fail(tr("the range's low end is above its high end"));
                }
                kind = Value::Kind::Range;
            }
        } else {
            sc.i = save;
        }
    }
    if (ok && !sc.atEnd()) {
        ok = sc.fail(tr("unexpected `%1` after the number (units belong in the Unit column)")
                         .arg(v.text.mid(sc.i).trimmed()));
    }
    if (!ok) {
        v.kind = Value::Kind::Invalid;
        v.errorOffset = sc.i;
        v.number = v.high = 0;
        if (error)
            *error = sc.error;
        return v;
    }
    v.kind = kind;
    return v;
}

QString Value::decorate(const QString &formattedNumber, const QString &formattedHigh) const
{
    switch (kind) {
    case Kind::Approximate:
        return u'~' + formattedNumber;
    case Kind::LessThan:
        return u'<' + formattedNumber;
    case Kind::GreaterThan:
        return u'>' + formattedNumber;
    case Kind::Range:
        return formattedNumber + QChar(0x2013) + formattedHigh;
    case Kind::Missing:
        return tr("missing");
    case Kind::Invalid:
        return tr("unreadable");
    case Kind::Exact:
        break;
    }
    return formattedNumber;
}

} // namespace ae::metrics
