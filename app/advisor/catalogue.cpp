// SPDX-License-Identifier: MIT
// Reading technologies.json into Technology entries; field lookup by dotted path for the scoring rules.
#include "advisor/catalogue.h"

#include "advisor/jsonsource.h"

#include <QJsonArray>
#include <QSet>

namespace ae::advisor {

namespace {

QJsonValue lookup(const QJsonObject &object, const QString &field)
{
    QJsonValue v = object;
    for (const QString &part : field.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(part);
    }
    return v;
}

QStringList toStrings(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return {v.toString()};
    case QJsonValue::Bool:
        return {v.toBool() ? QStringLiteral("true") : QStringLiteral("false")};
    case QJsonValue::Double:
        return {QString::number(v.toDouble())};
    case QJsonValue::Array: {
        QStringList out;
        for (const QJsonValue &item : v.toArray())
            out += toStrings(item);
        return out;
    }
    default:
        return {};
    }
}

QStringList stringList(const QJsonObject &o, const QString &key)
{
    return toStrings(o.value(key));
}

} // namespace

QStringList Technology::values(const QString &field) const
{
    return toStrings(lookup(fields, field));
}

bool Technology::hasField(const QString &field) const
{
    const QJsonValue v = lookup(fields, field);
    return !v.isUndefined() && !v.isNull();
}

const Technology *Catalogue::find(const QString &id) const
{
    for (const Technology &t : technologies) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

Catalogue parseCatalogue(const QByteArray &json, Diagnostics *diagnostics)
{
    Catalogue catalogue;
    QJsonObject root;
    if (!parseJsonObject(json, &root, diagnostics))
        return catalogue;
    const QJsonValue list = root.value(QStringLiteral("technologies"));
    if (!list.isArray()) {
        diagnostics->append(contentError(json, QString(), QStringLiteral("missing \"technologies\" array"),
                                         findJsonString(json, QStringLiteral("technologies"))));
        return catalogue;
    }
    QSet<QString> ids;
    int cursor = 0; // entries are read in file order, so each is searched for after the previous one
    const QJsonArray items = list.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("technologies[%1]").arg(i);
        const QJsonObject o = items.at(i).toObject();
        Technology t;
        t.id = o.value(QStringLiteral("id")).toString();
        t.name = o.value(QStringLiteral("name")).toString();
        const int at = findJsonString(json, t.id.isEmpty() ? t.name : t.id, cursor);
        if (at >= 0)
            cursor = at + 1;
        if (t.id.isEmpty() || t.name.isEmpty()) {
            diagnostics->append(
                contentError(json, path, QStringLiteral("an entry needs an \"id\" and a \"name\""), at));
            continue;
        }
        if (ids.contains(t.id)) {
            diagnostics->append(
                contentError(json, path, QStringLiteral("duplicate id \"%1\"").arg(t.id), at));
            continue;
        }
        ids.insert(t.id);
        t.aliases = stringList(o, QStringLiteral("aliases"));
        t.category = o.value(QStringLiteral("category")).toString();
        t.summary = o.value(QStringLiteral("summary")).toString();
        t.strengths = stringList(o, QStringLiteral("strengths"));
        t.weaknesses = stringList(o, QStringLiteral("weaknesses"));
        t.fields = o;
        catalogue.technologies.append(t);
    }
    return catalogue;
}

} // namespace ae::advisor
