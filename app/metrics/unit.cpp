// SPDX-License-Identifier: MIT
// Unit parsing: fixed tables of the units the metrics guide (content/guide/metrics.md) lists, and nothing
// else, so a typo is reported instead of being charted under a guessed meaning.
#include "unit.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace ae::metrics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ae::metrics::Unit", text);
}

struct Scaled
{
    double scale = 0; // 0: not found
    QString canonical;
};

// Time units to milliseconds.
double timeScale(const QString &u)
{
    static const QHash<QString, double> table = {
        {QStringLiteral("ns"), 1e-6},          {QStringLiteral("nanoseconds"), 1e-6},
        {QStringLiteral("us"), 1e-3},          {QStringLiteral("microseconds"), 1e-3},
        {QStringLiteral("ms"), 1.0},           {QStringLiteral("msec"), 1.0},
        {QStringLiteral("milliseconds"), 1.0}, {QStringLiteral("s"), 1e3},
        {QStringLiteral("sec"), 1e3},          {QStringLiteral("secs"), 1e3},
        {QStringLiteral("second"), 1e3},       {QStringLiteral("seconds"), 1e3},
        {QStringLiteral("min"), 60e3},         {QStringLiteral("mins"), 60e3},
        {QStringLiteral("minute"), 60e3},      {QStringLiteral("minutes"), 60e3},
        {QStringLiteral("h"), 3600e3},         {QStringLiteral("hr"), 3600e3},
        {QStringLiteral("hrs"), 3600e3},       {QStringLiteral("hour"), 3600e3},
        {QStringLiteral("hours"), 3600e3},     {QStringLiteral("d"), 86400e3},
        {QStringLiteral("day"), 86400e3},      {QStringLiteral("days"), 86400e3},
        {QStringLiteral("week"), 7 * 86400e3}, {QStringLiteral("weeks"), 7 * 86400e3},
    };
    return table.value(u, 0.0);
}

// A period in the denominator of a rate, in seconds ("s", "min", "day", "month").
double periodSeconds(const QString &u)
{
    static const QHash<QString, double> table = {
        {QStringLiteral("s"), 1},
        {QStringLiteral("sec"), 1},
        {QStringLiteral("second"), 1},
        {QStringLiteral("min"), 60},
        {QStringLiteral("minute"), 60},
        {QStringLiteral("h"), 3600},
        {QStringLiteral("hr"), 3600},
        {QStringLiteral("hour"), 3600},
        {QStringLiteral("d"), 86400},
        {QStringLiteral("day"), 86400},
        {QStringLiteral("week"), 7 * 86400},
        {QStringLiteral("wk"), 7 * 86400},
        {QStringLiteral("month"), 30.4375 * 86400},
        {QStringLiteral("mo"), 30.4375 * 86400},
        {QStringLiteral("year"), 365.25 * 86400},
        {QStringLiteral("yr"), 365.25 * 86400},
    };
    return table.value(u, 0.0);
}

// Sizes to GB (SI); IEC units are powers of 1024.
double sizeScale(const QString &u)
{
    static const QHash<QString, double> table = {
        {QStringLiteral("b"), 1e-9},
        {QStringLiteral("byte"), 1e-9},
        {QStringLiteral("bytes"), 1e-9},
        {QStringLiteral("kb"), 1e-6},
        {QStringLiteral("mb"), 1e-3},
        {QStringLiteral("gb"), 1.0},
        {QStringLiteral("tb"), 1e3},
        {QStringLiteral("pb"), 1e6},
        {QStringLiteral("kib"), 1024.0 * 1e-9},
        {QStringLiteral("mib"), 1024.0 * 1024 * 1e-9},
        {QStringLiteral("gib"), 1024.0 * 1024 * 1024 * 1e-9},
        {QStringLiteral("tib"), 1024.0 * 1024 * 1024 * 1024 * 1e-9},
        {QStringLiteral("pib"), 1024.0 * 1024 * 1024 * 1024 * 1024 * 1e-9},
    };
    return table.value(u, 0.0);
}

QString currencyCode(const QString &u)
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("usd"), QStringLiteral("USD")}, {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("us$"), QStringLiteral("USD")}, {QStringLiteral("eur"), QStringLiteral("EUR")},
        {QStringLiteral("€"), QStringLiteral("EUR")},   {QStringLiteral("gbp"), QStringLiteral("GBP")},
        {QStringLiteral("£"), QStringLiteral("GBP")},
    };
    return table.value(u);
}

// Things that happen at a rate (req/s) and are also counted (requests).
const QStringList &rateNouns()
{
    static const QStringList nouns = {
        QStringLiteral("req"),         QStringLiteral("reqs"),         QStringLiteral("request"),
        QStringLiteral("requests"),    QStringLiteral("query"),        QStringLiteral("queries"),
        QStringLiteral("tx"),          QStringLiteral("txn"),          QStringLiteral("txns"),
        QStringLiteral("transaction"), QStringLiteral("transactions"), QStringLiteral("message"),
        QStringLiteral("messages"),    QStringLiteral("msg"),          QStringLiteral("msgs"),
        QStringLiteral("event"),       QStringLiteral("events"),       QStringLiteral("order"),
        QStringLiteral("orders"),      QStringLiteral("write"),        QStringLiteral("writes"),
        QStringLiteral("read"),        QStringLiteral("reads"),        QStringLiteral("op"),
        QStringLiteral("ops"),         QStringLiteral("operations"),   QStringLiteral("payment"),
        QStringLiteral("payments"),    QStringLiteral("notification"), QStringLiteral("notifications"),
        QStringLiteral("prediction"),  QStringLiteral("predictions"),  QStringLiteral("lookup"),
        QStringLiteral("lookups"),     QStringLiteral("record"),       QStringLiteral("records"),
        QStringLiteral("rows"),        QStringLiteral("updates"),      QStringLiteral("inserts"),
        QStringLiteral("searches"),    QStringLiteral("calls"),        QStringLiteral("jobs"),
        QStringLiteral("points"),      QStringLiteral("samples"),      QStringLiteral("documents"),
        QStringLiteral("sessions"),    QStringLiteral("clicks"),       QStringLiteral("views"),
        QStringLiteral("trades"),      QStringLiteral("items"),        QStringLiteral("recommendations"),
        QStringLiteral("inferences"),  QStringLiteral("packets"),      QStringLiteral("logins"),
        QStringLiteral("checks")};
    return nouns;
}

// Things that are only counted (nodes), or counted per period (incidents/year).
const QStringList &countNouns()
{
    static const QStringList nouns = {
        QStringLiteral("count"),      QStringLiteral("nodes"),     QStringLiteral("shards"),
        QStringLiteral("servers"),    QStringLiteral("incidents"), QStringLiteral("users"),
        QStringLiteral("instances"),  QStringLiteral("replicas"),  QStringLiteral("regions"),
        QStringLiteral("partitions"), QStringLiteral("clusters"),  QStringLiteral("machines"),
        QStringLiteral("hosts"),      QStringLiteral("vms"),       QStringLiteral("pods"),
        QStringLiteral("brokers"),    QStringLiteral("customers"), QStringLiteral("devices"),
        QStringLiteral("tenants"),    QStringLiteral("engineers"), QStringLiteral("deployments"),
        QStringLiteral("deploys"),    QStringLiteral("releases"),  QStringLiteral("outages"),
        QStringLiteral("tables"),     QStringLiteral("indexes"),   QStringLiteral("services"),
        QStringLiteral("keys"),       QStringLiteral("vectors"),   QStringLiteral("connections"),
        QStringLiteral("databases"),  QStringLiteral("people"),    QStringLiteral("accounts"),
        QStringLiteral("products"),   QStringLiteral("skus"),      QStringLiteral("pages"),
        QStringLiteral("files"),      QStringLiteral("failovers")};
    return nouns;
}

bool isRateNoun(const QString &n)
{
    return rateNouns().contains(n);
}
bool isCountNoun(const QString &n)
{
    return countNouns().contains(n) || isRateNoun(n);
}

// "k orders" -> 1000, "orders"; a multiplier word in front of a noun.
double splitMultiplier(QString &noun)
{
    static const QRegularExpression re(
        QStringLiteral("^(k|m|b|bn|1k|1m|1b|1000|1,000|1000000|1,000,000|million|"
                       "thousand|billion|100)\\s+(.+)$"));
    const QRegularExpressionMatch m = re.match(noun);
    if (!m.hasMatch() || m.captured(2).isEmpty())
        return 1.0;
    const QString word = m.captured(1);
    double f = 1.0;
    if (word == QLatin1String("k") || word == QLatin1String("1k") || word == QLatin1String("1000") ||
        word == QLatin1String("1,000") || word == QLatin1String("thousand"))
        f = 1e3;
    else if (word == QLatin1String("m") || word == QLatin1String("1m") || word == QLatin1String("1000000") ||
             word == QLatin1String("1,000,000") || word == QLatin1String("million"))
        f = 1e6;
    else if (word == QLatin1String("b") || word == QLatin1String("bn") || word == QLatin1String("1b") ||
             word == QLatin1String("billion"))
        f = 1e9;
    else if (word == QLatin1String("100"))
        f = 100;
    noun = m.captured(2).trimmed();
    return f;
}

QString normalise(const QString &text)
{
    QString u = text.trimmed();
    u.replace(QChar(0x00B5), u'u').replace(QChar(0x03BC), u'u'); // micro sign, Greek mu
    u.replace(QChar(0x2215), u'/');                              // division slash
    u = u.toLower();
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    u.replace(spaces, QStringLiteral(" "));
    static const QRegularExpression per(QStringLiteral("\\s+per\\s+"));
    u.replace(per, QStringLiteral("/"));
    static const QRegularExpression slash(QStringLiteral("\\s*/\\s*"));
    u.replace(slash, QStringLiteral("/"));
    return u;
}

// "seconds" -> "second" for the period table; keeps "s".
QString singular(const QString &w)
{
    if (w.size() > 3 && w.endsWith(u's'))
        return w.left(w.size() - 1);
    return w;
}

Unit make(const QString &text, Dimension d, double scale, const QString &canonical,
          const QString &currency = {}, const QString &noun = {})
{
    Unit u;
    u.text = text;
    u.dimension = d;
    u.scale = scale;
    u.canonical = canonical;
    u.currency = currency;
    u.noun = noun;
    return u;
}

Unit parseSimple(const QString &text, const QString &u)
{
    if (u == QLatin1String("%") || u == QLatin1String("percent") || u == QLatin1String("pct"))
        return make(text, Dimension::Percent, 1.0, QStringLiteral("%"));
    if (u == QLatin1String("x") || u == QStringLiteral("×") || u == QLatin1String("times"))
        return make(text, Dimension::Factor, 1.0, QStringLiteral("x"));
    if (const double t = timeScale(u))
        return make(text, Dimension::Time, t, QStringLiteral("ms"));
    if (const double s = sizeScale(u))
        return make(text, Dimension::Size, s, QStringLiteral("GB"));
    if (u == QLatin1String("qps") || u == QLatin1String("tps") || u == QLatin1String("rps") ||
        u == QLatin1String("iops")) {
        const QString noun = u == QLatin1String("qps")   ? QStringLiteral("queries")
                             : u == QLatin1String("tps") ? QStringLiteral("transactions")
                             : u == QLatin1String("rps") ? QStringLiteral("requests")
                                                         : QStringLiteral("operations");
        return make(text, Dimension::Rate, 1.0, QStringLiteral("/s"), {}, noun);
    }
    const QString code = currencyCode(u);
    if (!code.isEmpty())
        return make(text, Dimension::Money, 1.0, code, code);
    QString noun = u;
    const double mult = splitMultiplier(noun);
    if (isCountNoun(noun))
        return make(text, Dimension::Count, mult, QStringLiteral("count"), {}, noun);
    return {};
}

Unit parseRatio(const QString &text, const QString &num, const QString &den)
{
    QString denominator = den;
    const double perMult = splitMultiplier(denominator); // "1k transactions", "1M requests"
    const double period = periodSeconds(singular(denominator)) ? periodSeconds(singular(denominator))
                                                               : periodSeconds(denominator);
    const QString code = currencyCode(num);
    if (!code.isEmpty()) {
        if (period && perMult == 1.0)
            return make(text, Dimension::MoneyRate, (30.4375 * 86400) / period,
                        code + QStringLiteral("/month"), code);
        if (!period &&
            (isCountNoun(denominator) || sizeScale(denominator) || denominator == QLatin1String("unit")))
            return make(text, Dimension::MoneyPerUnit, 1e6 / perMult, code + QStringLiteral(" per 1M"), code,
                        denominator);
        return {};
    }
    if (!period || perMult != 1.0)
        return {};
    if (const double s = sizeScale(num))
        return make(text, Dimension::SizeRate, s * 1e3 / period, QStringLiteral("MB/s"));
    QString noun = num;
    const double mult = splitMultiplier(noun);
    if (isRateNoun(noun))
        return make(text, Dimension::Rate, mult / period, QStringLiteral("/s"), {}, noun);
    if (isCountNoun(noun)) // incidents/year, deploys/day: counted per year
        return make(text, Dimension::Count, mult * (365.25 * 86400) / period, QStringLiteral("count"), {},
                    noun + QStringLiteral("/year"));
    return {};
}

} // namespace

Unit parseUnit(const QString &text, QString *error)
{
    const QString written = text.trimmed();
    const QString u = normalise(text);
    Unit unit;
    if (u.isEmpty()) {
        if (error)
            *error = tr("no unit given");
        return unit;
    }
    const int slash = u.indexOf(u'/');
    if (slash < 0)
        unit = parseSimple(written, u);
    else if (slash > 0 && slash == u.lastIndexOf(u'/') && slash < u.size() - 1)
        unit = parseRatio(written, u.left(slash), u.mid(slash + 1));
    if (!unit.isValid() && error)
        *error = tr("unknown unit `%1`").arg(written);
    return unit;
}

QString dimensionId(Dimension d)
{
    switch (d) {
    case Dimension::Unknown:
        return QStringLiteral("unknown");
    case Dimension::Time:
        return QStringLiteral("time");
    case Dimension::Rate:
        return QStringLiteral("rate");
    case Dimension::Size:
        return QStringLiteral("size");
    case Dimension::SizeRate:
        return QStringLiteral("size-rate");
    case Dimension::Percent:
        return QStringLiteral("percent");
    case Dimension::Money:
        return QStringLiteral("money");
    case Dimension::MoneyRate:
        return QStringLiteral("money-rate");
    case Dimension::MoneyPerUnit:
        return QStringLiteral("money-per-unit");
    case Dimension::Count:
        return QStringLiteral("count");
    case Dimension::Factor:
        return QStringLiteral("factor");
    }
    return QStringLiteral("unknown");
}

QVector<Dimension> allDimensions()
{
    return {Dimension::Time,      Dimension::Rate,         Dimension::Percent, Dimension::Money,
            Dimension::MoneyRate, Dimension::MoneyPerUnit, Dimension::Size,    Dimension::SizeRate,
            Dimension::Count,     Dimension::Factor};
}

Dimension dimensionFromId(const QString &id)
{
    const QString want = id.trimmed().toLower();
    for (Dimension d : allDimensions())
        if (dimensionId(d) == want || dimensionDisplayName(d).toLower() == want)
            return d;
    if (want == QLatin1String("latency"))
        return Dimension::Time;
    if (want == QLatin1String("throughput"))
        return Dimension::Rate;
    if (want == QLatin1String("availability") || want == QLatin1String("percentage"))
        return Dimension::Percent;
    if (want == QLatin1String("cost"))
        return Dimension::MoneyRate;
    return Dimension::Unknown;
}

QString dimensionDisplayName(Dimension d)
{
    switch (d) {
    case Dimension::Unknown:
        return tr("Unknown");
    case Dimension::Time:
        return tr("Time");
    case Dimension::Rate:
        return tr("Throughput");
    case Dimension::Size:
        return tr("Data size");
    case Dimension::SizeRate:
        return tr("Data rate");
    case Dimension::Percent:
        return tr("Percentage");
    case Dimension::Money:
        return tr("Money");
    case Dimension::MoneyRate:
        return tr("Cost per period");
    case Dimension::MoneyPerUnit:
        return tr("Unit cost");
    case Dimension::Count:
        return tr("Count");
    case Dimension::Factor:
        return tr("Factor");
    }
    return tr("Unknown");
}

Better defaultBetter(Dimension d, const QString &metricName)
{
    const QString n = metricName.toLower();
    static const QStringList lowerWords = {
        QStringLiteral("error"),    QStringLiteral("fail"),      QStringLiteral("loss"),
        QStringLiteral("lost"),     QStringLiteral("miss"),      QStringLiteral("downtime"),
        QStringLiteral("incident"), QStringLiteral("outage"),    QStringLiteral("churn"),
        QStringLiteral("latency"),  QStringLiteral("lag"),       QStringLiteral("cost"),
        QStringLiteral("false"),    QStringLiteral("abandon"),   QStringLiteral("timeout"),
        QStringLiteral("overs"),    QStringLiteral("rto"),       QStringLiteral("rpo"),
        QStringLiteral("recovery"), QStringLiteral("fraud"),     QStringLiteral("utili"),
        QStringLiteral("stale"),    QStringLiteral("duplicate"), QStringLiteral("bounce")};
    const bool lowerByName =
        std::any_of(lowerWords.cbegin(), lowerWords.cend(), [&](const QString &w) { return n.contains(w); });
    switch (d) {
    case Dimension::Time:
    case Dimension::Money:
    case Dimension::MoneyRate:
    case Dimension::MoneyPerUnit:
        return Better::Lower;
    case Dimension::Rate:
    case Dimension::SizeRate:
    case Dimension::Factor:
        return lowerByName ? Better::Lower : Better::Higher;
    case Dimension::Percent:
        return lowerByName ? Better::Lower : Better::Higher;
    case Dimension::Size:
    case Dimension::Count:
        return lowerByName ? Better::Lower : Better::Unspecified;
    case Dimension::Unknown:
        break;
    }
    return Better::Unspecified;
}

QString betterId(Better b)
{
    switch (b) {
    case Better::Lower:
        return QStringLiteral("lower");
    case Better::Higher:
        return QStringLiteral("higher");
    case Better::Unspecified:
        break;
    }
    return {};
}

Better betterFromText(const QString &text, bool *ok)
{
    const QString t = text.trimmed().toLower();
    if (ok)
        *ok = true;
    if (t.startsWith(QLatin1String("lower")) || t.startsWith(QLatin1String("less")) ||
        t == QStringLiteral("↓") || t == QLatin1String("down") || t == QLatin1String("min"))
        return Better::Lower;
    if (t.startsWith(QLatin1String("higher")) || t.startsWith(QLatin1String("more")) ||
        t == QStringLiteral("↑") || t == QLatin1String("up") || t == QLatin1String("max"))
        return Better::Higher;
    if (ok)
        *ok = t.isEmpty() || t == QLatin1String("n/a") || t == QStringLiteral("—") || t == QLatin1String("-");
    return Better::Unspecified;
}

} // namespace ae::metrics
