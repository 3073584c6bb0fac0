// SPDX-License-Identifier: MIT
#include "diagram/checks/rules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ae::diagram::checks {

RuleCatalog RuleCatalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.object().value(QStringLiteral("rules")).isArray()) {
        *error = doc.isNull() ? QStringLiteral("rules.json: %1 at byte %2")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset)
                              : QStringLiteral("rules.json: the top level needs a \"rules\" array");
        return {};
    }
    static const QRegularExpression link(QStringLiteral("^[a-z0-9/_-]+\\.md#[a-z0-9-]+$"));
    RuleCatalog catalog;
    for (const QJsonValue &value : doc.object().value(QStringLiteral("rules")).toArray()) {
        const QJsonObject o = value.toObject();
        Rule rule;
        rule.id = o.value(QStringLiteral("id")).toString();
        const QString severity = o.value(QStringLiteral("severity")).toString();
        rule.summary = o.value(QStringLiteral("summary")).toString();
        rule.hint = o.value(QStringLiteral("hint")).toString();
        rule.why = o.value(QStringLiteral("why")).toString();
        if (severity == u"error")
            rule.severity = Diagnostic::Severity::Error;
        else if (severity == u"warning")
            rule.severity = Diagnostic::Severity::Warning;
        else if (severity == u"note")
            rule.severity = Diagnostic::Severity::Note;
        else
            rule.id.clear();
        if (rule.id.isEmpty() || rule.summary.isEmpty() || rule.hint.isEmpty() ||
            !link.match(rule.why).hasMatch()) {
            *error = QStringLiteral(
                         "rules.json: rule %1 needs an id, a severity (error, warning or note), a summary, "
                         "a hint and a why link (\"case-studies/NAME.md#anchor\")")
                         .arg(catalog.m_rules.size() + 1);
            return {};
        }
        if (catalog.find(rule.id)) {
            *error = QStringLiteral("rules.json: rule `%1` is listed twice").arg(rule.id);
            return {};
        }
        catalog.m_rules.append(rule);
    }
    return catalog;
}

const RuleCatalog &RuleCatalog::bundled()
{
    static const RuleCatalog catalog = [] {
        QFile file(QStringLiteral(":/library/checks/rules.json"));
        if (!file.open(QIODevice::ReadOnly))
            return RuleCatalog();
        QString error;
        return fromJson(file.readAll(), &error);
    }();
    return catalog;
}

const Rule *RuleCatalog::find(const QString &id) const
{
    for (const Rule &rule : m_rules)
        if (rule.id == id)
            return &rule;
    return nullptr;
}

const QStringList &implementedRules()
{
    static const QStringList ids{QStringLiteral("replica-without-writer"),
                                 QStringLiteral("replica-kind-mismatch"),
                                 QStringLiteral("stream-without-consumer"),
                                 QStringLiteral("stream-without-producer"),
                                 QStringLiteral("sync-cycle"),
                                 QStringLiteral("cross-region-sync"),
                                 QStringLiteral("single-point-of-failure"),
                                 QStringLiteral("cache-without-store"),
                                 QStringLiteral("client-to-database"),
                                 QStringLiteral("dual-write"),
                                 QStringLiteral("index-without-source"),
                                 QStringLiteral("replica-same-region"),
                                 QStringLiteral("path-unknown-node"),
                                 QStringLiteral("path-missing-edge"),
                                 QStringLiteral("budget-exceeded"),
                                 QStringLiteral("budget-unverifiable"),
                                 QStringLiteral("unknown-rule")};
    return ids;
}

} // namespace ae::diagram::checks
