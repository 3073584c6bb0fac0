// SPDX-License-Identifier: MIT
// The measure vocabulary: reading measures.json, matching rows by name, qualifying by noun or name.
#include "measure.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ae::metrics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ae::metrics::Measure", text);
}

QString lowerName(const QString &name)
{
    return name.simplified().toLower();
}

// Edit distance, for "did you mean" hints on unknown ids.
int distance(const QString &a, const QString &b)
{
    QVector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString closestId(const MeasureCatalog &catalog, const QString &id)
{
    QString best;
    int bestDistance = 4;
    for (const MeasureDef &m : catalog.measures()) {
        const int d = distance(id, m.id);
        if (d < bestDistance) {
            bestDistance = d;
            best = m.id;
        }
    }
    return best;
}

} // namespace

MeasureCatalog MeasureCatalog::fromJson(const QByteArray &json, QString *error)
{
    MeasureCatalog catalog;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("not a JSON object: %1").arg(parseError.errorString());
        return catalog;
    }
    const QJsonArray list = doc.object().value(QStringLiteral("measures")).toArray();
    QSet<QString> seen;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        MeasureDef m;
        m.id = o.value(QStringLiteral("id")).toString().trimmed().toLower();
        m.name = o.value(QStringLiteral("name")).toString().trimmed();
        m.about = o.value(QStringLiteral("about")).toString().trimmed();
        m.dimension = dimensionFromId(o.value(QStringLiteral("dimension")).toString());
        bool ok = true;
        m.better = betterFromText(o.value(QStringLiteral("better")).toString(), &ok);
        m.perNoun = o.value(QStringLiteral("per-noun")).toBool();
        m.perName = o.value(QStringLiteral("per-name")).toBool();
        if (m.id.isEmpty() || m.name.isEmpty() || m.dimension == Dimension::Unknown || !ok ||
            seen.contains(m.id)) {
            if (error)
                *error =
                    tr("measure %1 (`%2`) needs a unique id, a name, a known dimension and lower, higher or "
                       "nothing as better")
                        .arg(seen.size() + 1)
                        .arg(m.id);
            return {};
        }
        for (const QJsonValue &p : o.value(QStringLiteral("patterns")).toArray()) {
            QRegularExpression re(p.toString(), QRegularExpression::CaseInsensitiveOption);
            if (!re.isValid()) {
                if (error)
                    *error = tr("measure `%1`: pattern `%2`: %3").arg(m.id, p.toString(), re.errorString());
                return {};
            }
            re.optimize();
            m.patterns.append(re);
        }
        seen.insert(m.id);
        catalog.m_measures.append(m);
    }
    if (catalog.m_measures.isEmpty() && error)
        *error = tr("no measures");
    return catalog;
}

QString MeasureCatalog::bundledPath()
{
    return QStringLiteral(":/library/metrics/measures.json");
}

MeasureCatalog MeasureCatalog::forLibrary(const QString &root, QString *error)
{
    QString path = root.isEmpty() ? QString() : root + QStringLiteral("/metrics/measures.json");
    if (path.isEmpty() || !QFileInfo::exists(path))
        path = bundledPath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1").arg(path);
        return {};
    }
    QString parseError;
    MeasureCatalog catalog = fromJson(file.readAll(), &parseError);
    if (!parseError.isEmpty() && error)
        *error = path + QStringLiteral(": ") + parseError;
    return catalog;
}

const MeasureDef *MeasureCatalog::find(const QString &id) const
{
    const QString want = id.trimmed().toLower();
    for (const MeasureDef &m : m_measures)
        if (m.id == want)
            return &m;
    return nullptr;
}

const MeasureDef *MeasureCatalog::match(Dimension dimension, const QString &name) const
{
    for (const MeasureDef &m : m_measures) {
        if (m.dimension != dimension)
            continue;
        for (const QRegularExpression &re : m.patterns)
            if (re.match(name).hasMatch())
                return &m;
    }
    return nullptr;
}

MeasureText parseMeasureText(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9._-]*)\\s*(?:\\((.*)\\))?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    MeasureText out;
    if (!m.hasMatch())
        return out;
    out.id = m.captured(1).toLower();
    out.qualifier = lowerName(m.captured(2));
    out.ok = !(m.capturedLength(2) == 0 && text.contains(u'(')); // "id ()" is an error
    return out;
}

QString measureKey(const QString &id, const QString &qualifier)
{
    return qualifier.isEmpty() ? id : id + QStringLiteral(" (") + qualifier + u')';
}

QString canonicalNoun(const QString &noun)
{
    static const QHash<QString, QString> synonyms = {{QStringLiteral("req"), QStringLiteral("requests")},
                                                     {QStringLiteral("reqs"), QStringLiteral("requests")},
                                                     {QStringLiteral("rps"), QStringLiteral("requests")},
                                                     {QStringLiteral("qps"), QStringLiteral("queries")},
                                                     {QStringLiteral("query"), QStringLiteral("queries")},
                                                     {QStringLiteral("tx"), QStringLiteral("transactions")},
                                                     {QStringLiteral("txn"), QStringLiteral("transactions")},
                                                     {QStringLiteral("txns"), QStringLiteral("transactions")},
                                                     {QStringLiteral("tps"), QStringLiteral("transactions")},
                                                     {QStringLiteral("msg"), QStringLiteral("messages")},
                                                     {QStringLiteral("msgs"), QStringLiteral("messages")},
                                                     {QStringLiteral("op"), QStringLiteral("operations")},
                                                     {QStringLiteral("ops"), QStringLiteral("operations")},
                                                     {QStringLiteral("iops"), QStringLiteral("operations")},
                                                     {QStringLiteral("search"), QStringLiteral("searches")}};
    QString n = noun.simplified().toLower();
    const int slash = n.indexOf(u'/'); // "incidents/year"
    if (slash > 0)
        n = n.left(slash);
    if (synonyms.contains(n))
        return synonyms.value(n);
    if (!n.isEmpty() && !n.endsWith(u's'))
        n += u's';
    return n;
}

void assignMeasures(Metrics &rows, const MeasureCatalog &catalog, QVector<MeasureDiagnostic> *diagnostics)
{
    auto warn = [&](const Metric &row, int line, int column, const QString &message, const QString &hint) {
        if (diagnostics)
            diagnostics->append(
                {row.studyPath, Diagnostic{Diagnostic::Severity::Warning, line ? line : row.line,
                                           column ? column : row.column, message, hint}});
    };
    QHash<QString, QHash<QString, int>> keysOfStudy; // study -> key -> line of the row that has it
    for (Metric &row : rows) {
        row.measureId.clear();
        row.measureQualifier.clear();
        row.measure.clear();
        QHash<QString, int> &taken = keysOfStudy[row.studyPath];
        const MeasureDef *def = nullptr;
        QString qualifier;
        const bool given = !row.measureText.trimmed().isEmpty();
        if (given) {
            const MeasureText text = parseMeasureText(row.measureText);
            def = text.ok ? catalog.find(text.id) : nullptr;
            if (!def) {
                const QString near = text.ok ? closestId(catalog, text.id) : QString();
                warn(row, row.measureLine, row.measureColumn,
                     tr("unknown measure `%1`").arg(row.measureText.trimmed()),
                     near.isEmpty()
                         ? tr("write an id from metrics/measures.json, optionally with a qualifier in "
                              "parentheses: latency-p99 (ledger commit)")
                         : tr("did you mean `%1`?").arg(near));
                continue;
            }
            if (row.unit.isValid() && def->dimension != row.unit.dimension) {
                warn(row, row.measureLine, row.measureColumn,
                     tr("measure `%1` is a %2 but the unit `%3` is a %4")
                         .arg(def->id, dimensionDisplayName(def->dimension).toLower(), row.unit.text,
                              dimensionDisplayName(row.unit.dimension).toLower()),
                     tr("pick the measure this number is about, or fix the unit"));
                continue;
            }
            qualifier = text.qualifier;
        } else {
            if (!row.unit.isValid())
                continue; // the unit's own warning says what is wrong
            def = catalog.match(row.unit.dimension, row.name);
            if (!def) {
                warn(row, row.line, row.column,
                     tr("`%1` maps to no measure, so Compare shows it only in its own study").arg(row.name),
                     tr("add a Measure column naming what it measures (see guide/metrics.md)"));
                continue;
            }
            if (def->perName)
                qualifier = lowerName(row.name);
        }
        if (qualifier.isEmpty() && def->perNoun)
            qualifier = canonicalNoun(row.unit.noun);
        QString key = measureKey(def->id, qualifier);
        if (taken.contains(key)) {
            if (given) {
                warn(row, row.measureLine, row.measureColumn,
                     tr("measure `%1` is already reported on line %2").arg(key).arg(taken.value(key)),
                     tr("qualify one of them: %1 (what it is about)").arg(def->id));
                continue;
            }
            // A second row of the same measure in one study is a different thing (another path, another job).
            qualifier = qualifier.isEmpty() ? lowerName(row.name)
                                            : qualifier + QStringLiteral(", ") + lowerName(row.name);
            key = measureKey(def->id, qualifier);
        }
        taken.insert(key, row.line);
        row.measureId = def->id;
        row.measureQualifier = qualifier;
        row.measure = key;
        if (!row.betterGiven && def->better != Better::Unspecified)
            row.better = def->better;
        else if (!row.betterGiven)
            row.better = Better::Unspecified;
    }
}

QString measureDisplayName(const MeasureCatalog &catalog, const Metric &row)
{
    const MeasureDef *def = catalog.find(row.measureId);
    if (!def)
        return row.name;
    if (row.measureQualifier.isEmpty())
        return def->name;
    if (def->perNoun && row.measureQualifier == canonicalNoun(row.unit.noun)) {
        if (row.unit.dimension == Dimension::MoneyPerUnit) // "Cost per order"
            return tr("Cost per %1")
                .arg(row.measureQualifier.chopped(row.measureQualifier.endsWith(u's') ? 1 : 0));
        return def->name + QStringLiteral(" (") + row.measureQualifier +
               (row.unit.dimension == Dimension::Rate ? tr(" per second)") : QStringLiteral(")"));
    }
    return def->name + QStringLiteral(": ") + row.measureQualifier;
}

} // namespace ae::metrics
