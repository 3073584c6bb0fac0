// SPDX-License-Identifier: MIT
// A small recursive-descent evaluator for derived-number formulas, and the checks lint runs with it.
#include "derived.h"

#include "metrics/format.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace ae::metrics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ae::metrics::Derived", text);
}

class Evaluator
{
public:
    Evaluator(const QString &text, const Metrics &rows) : m_text(text), m_rows(rows) {}

    std::optional<double> run()
    {
        const auto v = sum();
        skipSpace();
        if (v && m_pos < m_text.size())
            return fail(tr("unexpected `%1`").arg(m_text.at(m_pos)));
        return v;
    }
    QString error;
    int errorOffset = 0;

private:
    std::optional<double> fail(const QString &message)
    {
        if (error.isEmpty()) {
            error = message;
            errorOffset = m_pos;
        }
        return std::nullopt;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool eat(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    std::optional<double> sum()
    {
        auto left = product();
        while (left) {
            if (eat(u'+')) {
                const auto right = product();
                if (!right)
                    return right;
                *left += *right;
            } else if (eat(u'-')) {
                const auto right = product();
                if (!right)
                    return right;
                *left -= *right;
            } else {
                break;
            }
        }
        return left;
    }
    std::optional<double> product()
    {
        auto left = unary();
        while (left) {
            if (eat(u'*') || eat(u'×')) {
                const auto right = unary();
                if (!right)
                    return right;
                *left *= *right;
            } else if (eat(u'/')) {
                const int at = m_pos;
                const auto right = unary();
                if (!right)
                    return right;
                if (*right == 0) {
                    m_pos = at;
                    return fail(tr("division by zero"));
                }
                *left /= *right;
            } else {
                break;
            }
        }
        return left;
    }
    std::optional<double> unary()
    {
        if (eat(u'-')) {
            const auto v = unary();
            return v ? std::optional<double>(-*v) : v;
        }
        return primary();
    }
    std::optional<double> primary()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(tr("the formula ends too early"));
        if (eat(u'(')) {
            const auto v = sum();
            if (v && !eat(u')'))
                return fail(tr("missing `)`"));
            return v;
        }
        if (m_text.at(m_pos) == u'{')
            return reference();
        static const QRegularExpression number(QStringLiteral("\\G(\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)"));
        const QRegularExpressionMatch m = number.match(m_text, m_pos);
        if (!m.hasMatch())
            return fail(tr("expected a number, a {metric} or `(`"));
        m_pos += m.capturedLength();
        QString digits = m.captured(1);
        digits.remove(u',');
        return digits.toDouble();
    }
    std::optional<double> reference()
    {
        const int start = m_pos;
        const int close = m_text.indexOf(u'}', m_pos);
        if (close < 0)
            return fail(tr("missing `}`"));
        QString name = m_text.mid(start + 1, close - start - 1).trimmed();
        bool baseline = false;
        if (name.endsWith(QLatin1String(":baseline"), Qt::CaseInsensitive)) {
            baseline = true;
            name = name.chopped(9).trimmed();
        }
        for (const Metric &row : m_rows) {
            if (row.name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            const Value &v = baseline ? row.baseline : row.result;
            if (!v.hasNumber())
                return fail(tr("`%1` has no number in its %2 column")
                                .arg(name, baseline ? QStringLiteral("Baseline") : QStringLiteral("Result")));
            m_pos = close + 1;
            return v.representative();
        }
        return fail(tr("no metrics row named `%1`").arg(name));
    }

    const QString &m_text;
    const Metrics &m_rows;
    int m_pos = 0;
};

// How far a computed value may be from the stated one: 3 %, but never more than five units of the last digit
// the text states ("99.9992" is within 0.0005, so a changed downtime behind an availability is caught;
// "14,000" is within 420).
double tolerance(const QString &text, double stated)
{
    static const QRegularExpression digits(QStringLiteral("(\\d[\\d,]*)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch m = digits.match(text);
    double ulp = 1;
    if (m.hasMatch() && m.capturedLength(2) > 0) {
        ulp = std::pow(10.0, -m.capturedLength(2));
    } else if (m.hasMatch()) {
        QString whole = m.captured(1);
        whole.remove(u',');
        int zeros = 0;
        while (whole.size() > 1 && whole.endsWith(u'0')) {
            whole.chop(1);
            ++zeros;
        }
        ulp = std::pow(10.0, zeros);
    }
    // "1.2k": the last digit is a hundred.
    QString written = m.captured(0);
    written.remove(u',');
    const double asWritten = written.toDouble();
    if (asWritten > 0 && stated != 0)
        ulp *= std::abs(stated) / asWritten;
    return std::min(0.03 * std::abs(stated), 5 * ulp);
}

// Line numbers (1-based) of prose: outside tables and fenced code.
QStringList proseLines(const QString &source)
{
    QStringList out;
    bool inFence = false;
    QString fence;
    for (const QString &raw : source.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("```")) || line.startsWith(QLatin1String("~~~"))) {
            const QString marker = line.left(3);
            if (!inFence) {
                inFence = true;
                fence = marker;
            } else if (marker == fence) {
                inFence = false;
            }
            continue;
        }
        if (inFence || line.startsWith(u'|'))
            continue;
        out << raw;
    }
    return out;
}

} // namespace

std::optional<double> evaluateFormula(const QString &formula, const Metrics &rows, QString *error,
                                      int *errorOffset)
{
    Evaluator e(formula, rows);
    const auto v = e.run();
    if (!v) {
        if (error)
            *error = e.error;
        if (errorOffset)
            *errorOffset = e.errorOffset;
    }
    return v;
}

Diagnostics checkDerived(const Extraction &extraction, const QString &source)
{
    Diagnostics out;
    if (extraction.derived.isEmpty())
        return out;
    const QString prose = proseLines(source).join(u'\n');
    auto warn = [&](int line, int column, const QString &message, const QString &hint) {
        out.append(Diagnostic{Diagnostic::Severity::Warning, line, column, message, hint});
    };
    for (const DerivedNumber &d : extraction.derived) {
        QString error;
        int offset = 0;
        const auto computed = evaluateFormula(d.formula, extraction.metrics, &error, &offset);
        if (!computed) {
            warn(d.line, d.formulaColumn + offset, tr("derived `%1`: %2").arg(d.name, error),
                 tr("write numbers, + - * / ( ) and {Metric name} or {Metric name:baseline}"));
            continue;
        }
        QString valueError;
        const Value stated = parseValue(d.valueText, &valueError);
        if (!stated.hasNumber()) {
            warn(d.line, d.valueColumn, tr("derived `%1`: cannot read value `%2`").arg(d.name, d.valueText),
                 tr("write the number the prose states"));
            continue;
        }
        const double want = stated.representative();
        if (std::abs(want - *computed) > tolerance(stated.text, want))
            warn(d.line, d.valueColumn,
                 tr("derived `%1` is %2 but its formula gives %3")
                     .arg(d.name, d.valueText, humanNumber(*computed, 6)),
                 tr("a table value changed without the prose: update the value and every sentence that "
                    "states it"));
        QString number = stated.text;
        number.remove(QRegularExpression(QStringLiteral("^[~≈<>≤≥]+")));
        const QRegularExpression inProse(QStringLiteral("(?<![\\d.,])") + QRegularExpression::escape(number) +
                                         QStringLiteral("(?![\\d]|[.,]\\d)"));
        if (!number.isEmpty() && !inProse.match(prose).hasMatch())
            warn(d.line, d.valueColumn,
                 tr("derived `%1` (%2) is not stated in the text").arg(d.name, d.valueText),
                 tr("say where the number comes from in the prose, with its formula"));
    }
    return out;
}

} // namespace ae::metrics
