// SPDX-License-Identifier: MIT
// Finding where each catalogue technology appears in the library's case studies.
#include "advisor/evidence.h"

#include "advisor/catalogue.h"
#include "content/library.h"
#include "diagram/parser.h"
#include "metrics/collect.h"

#include <QRegularExpression>
#include <QSet>

namespace ae::advisor {

namespace {

// One pattern per technology: names as whole words; short aliases case-sensitive.
struct Matcher
{
    QRegularExpression longNames;
    QRegularExpression shortNames;

    explicit Matcher(const Technology &t)
    {
        QStringList longParts;
        QStringList shortParts;
        for (const QString &n : t.names()) {
            if (n.trimmed().isEmpty())
                continue;
            (n.size() <= 3 ? shortParts : longParts) << QRegularExpression::escape(n.trimmed());
        }
        const auto build = [](const QStringList &parts, QRegularExpression::PatternOptions options) {
            if (parts.isEmpty())
                return QRegularExpression();
            return QRegularExpression(QStringLiteral("(?<![\\w-])(?:") + parts.join(QLatin1Char('|')) +
                                          QStringLiteral(")(?![\\w-])"),
                                      options | QRegularExpression::UseUnicodePropertiesOption);
        };
        longNames = build(longParts, QRegularExpression::CaseInsensitiveOption);
        shortNames = build(shortParts, QRegularExpression::NoPatternOption);
    }

    bool matches(const QString &text) const
    {
        return (!longNames.pattern().isEmpty() && longNames.match(text).hasMatch()) ||
               (!shortNames.pattern().isEmpty() && shortNames.match(text).hasMatch());
    }
};

bool listsTechnology(const content::Document &doc, const Matcher &m)
{
    const QString list = doc.md.frontMatter.value(QStringLiteral("technologies"));
    for (const QString &entry : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (m.matches(entry.trimmed()))
            return true;
    }
    return false;
}

QString sectionTitleAt(const content::Document &doc, int sectionIndex, QString *anchor)
{
    if (sectionIndex < 0 || sectionIndex >= doc.md.sections.size())
        return {};
    *anchor = doc.md.sections.at(sectionIndex).anchor;
    return doc.md.sections.at(sectionIndex).title;
}

void addDocumentEvidence(const content::Document &doc, const Matcher &m, const metrics::LibraryMetrics &lm,
                         QVector<EvidenceItem> *out)
{
    for (const markdown::Section &s : doc.md.sections) {
        if (s.title.isEmpty() || !(m.matches(s.title) || m.matches(s.text)))
            continue;
        out->append({EvidenceItem::Kind::Section, doc.path, doc.title, s.anchor, s.title, s.title, s.line});
    }
    for (const markdown::CodeBlock &block : doc.md.codeBlocks) {
        if (block.info != QLatin1String("arch"))
            continue;
        const diagram::ParseResult parsed = diagram::parseArch(block.text);
        QString anchor;
        const QString section = sectionTitleAt(doc, block.sectionIndex, &anchor);
        for (const diagram::Node &node : parsed.diagram.nodes) {
            if (node.technology.isEmpty() || !m.matches(node.technology))
                continue;
            QString label = node.label;
            label.replace(QLatin1Char('\n'), QLatin1Char(' '));
            out->append({EvidenceItem::Kind::DiagramNode, doc.path, doc.title, anchor, section,
                         label + QStringLiteral(" (") + node.technology + QLatin1Char(')'),
                         block.contentLine});
        }
    }
    bool anyMetric = false;
    const metrics::Metric *first = nullptr;
    int count = 0;
    for (const metrics::Metric &metric : lm.metrics) {
        if (metric.studyPath != doc.path)
            continue;
        ++count;
        if (!first)
            first = &metric;
        if (!(m.matches(metric.name) || m.matches(metric.source)))
            continue;
        anyMetric = true;
        QString value = metric.result.text;
        if (!metric.unit.text.isEmpty())
            value += QLatin1Char(' ') + metric.unit.text;
        if (!metric.baseline.text.isEmpty())
            value += QStringLiteral(" (was ") + metric.baseline.text + QLatin1Char(')');
        out->append({EvidenceItem::Kind::Metric, doc.path, doc.title, metric.sectionAnchor, QString(),
                     metric.name + QStringLiteral(": ") + value, metric.line});
    }
    if (!anyMetric && first) {
        out->append({EvidenceItem::Kind::Metric, doc.path, doc.title, first->sectionAnchor, QString(),
                     QStringLiteral("%1 metrics of the whole system").arg(count), first->line});
    }
}

} // namespace

void removeRepeatedEvidence(QVector<EvidenceItem> *items)
{
    QSet<QString> seen;
    QVector<EvidenceItem> kept;
    kept.reserve(items->size());
    for (EvidenceItem &e : *items) {
        const QString key =
            QString::number(int(e.kind)) + QChar(0) + e.path + QChar(0) + e.anchor + QChar(0) + e.text;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        kept.append(std::move(e));
    }
    *items = std::move(kept);
}

bool mentions(const Technology &technology, const QString &text)
{
    return Matcher(technology).matches(text);
}

EvidenceIndex buildEvidence(const QVector<content::Document> &documents, const Catalogue &catalogue)
{
    EvidenceIndex index;
    const metrics::LibraryMetrics lm = metrics::collectMetrics(documents, metrics::MeasureCatalog{});
    for (const Technology &t : catalogue.technologies) {
        const Matcher m(t);
        QVector<EvidenceItem> items;
        for (const content::Document &doc : documents) {
            if (listsTechnology(doc, m))
                addDocumentEvidence(doc, m, lm, &items);
        }
        removeRepeatedEvidence(&items);
        if (!items.isEmpty())
            index.insert(t.id, items);
    }
    return index;
}

} // namespace ae::advisor
