// SPDX-License-Identifier: MIT
// TechnologyIndex: catalogue parsing, name/alias/version matching, and the sections, nodes and metrics per
// technology.
#include "search/technologies.h"

#include "content/library.h"
#include "diagram/parser.h"
#include "metrics/extract.h"
#include "search/tokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace ae::search {

namespace {

// Normalised words (not stemmed: names are matched as written).
QStringList wordsOf(const QString &text)
{
    // The tokenizer decides where words are (one definition of a word for the whole search); names use them
    // unstemmed.
    QStringList out;
    for (const Token &t : splitWords(text))
        out.append(t.term);
    return out;
}

QString keyOf(const QString &text)
{
    return wordsOf(text).join(QLatin1Char(' '));
}

bool isVersionWord(const QString &w)
{
    if (w.isEmpty())
        return false;
    if (w.at(0).isDigit())
        return true;
    return w.size() > 1 && (w.at(0) == u'v' || w.at(0) == u'V') && w.at(1).isDigit();
}

struct Pattern
{
    QStringList words;
    int item;
};

// Finds every technology named in a text, longest name first at each position ("Redis Streams" is Redis
// Streams, not Redis).
class Matcher
{
public:
    void add(const QString &name, int item)
    {
        const QStringList words = wordsOf(name);
        if (words.isEmpty() || words.join(QString()).size() < 3)
            return; // "PG" and the like match too much prose
        m_byFirst[words.first()].append(Pattern{words, item});
    }
    void finish()
    {
        for (auto it = m_byFirst.begin(); it != m_byFirst.end(); ++it)
            std::sort(it->begin(), it->end(),
                      [](const Pattern &a, const Pattern &b) { return a.words.size() > b.words.size(); });
    }
    QSet<int> find(const QString &text) const
    {
        QSet<int> found;
        const QStringList words = wordsOf(text);
        for (int i = 0; i < words.size(); ++i) {
            const auto it = m_byFirst.constFind(words.at(i));
            if (it == m_byFirst.cend())
                continue;
            for (const Pattern &p : *it) {
                if (i + p.words.size() > words.size())
                    continue;
                bool ok = true;
                for (int k = 1; k < p.words.size() && ok; ++k)
                    ok = words.at(i + k) == p.words.at(k);
                if (ok) {
                    found.insert(p.item);
                    i += int(p.words.size()) - 1;
                    break;
                }
            }
        }
        return found;
    }

private:
    QHash<QString, QVector<Pattern>> m_byFirst;
};

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

} // namespace

QString stripVersion(const QString &technology)
{
    QStringList parts = technology.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (parts.size() > 1 && isVersionWord(parts.constLast()))
        parts.removeLast();
    return parts.join(QLatin1Char(' '));
}

QVector<CatalogueTechnology> parseCatalogue(const QByteArray &json, QString *error)
{
    QVector<CatalogueTechnology> out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return out;
    }
    const QJsonArray items = doc.object().value(QLatin1String("technologies")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        CatalogueTechnology t;
        t.id = o.value(QLatin1String("id")).toString();
        t.name = o.value(QLatin1String("name")).toString();
        t.category = o.value(QLatin1String("category")).toString();
        t.summary = o.value(QLatin1String("summary")).toString();
        for (const QJsonValue &a : o.value(QLatin1String("aliases")).toArray())
            t.aliases.append(a.toString());
        if (!t.name.isEmpty())
            out.append(t);
    }
    return out;
}

QStringList Technology::documents() const
{
    QStringList out;
    for (const TechnologyUse &u : uses) {
        if (!out.contains(u.docPath))
            out.append(u.docPath);
    }
    return out;
}

int TechnologyIndex::find(const QString &nameOrAttribute) const
{
    const int direct = m_byKey.value(keyOf(nameOrAttribute), -1);
    return direct >= 0 ? direct : m_byKey.value(keyOf(stripVersion(nameOrAttribute)), -1);
}

TechnologyIndex TechnologyIndex::build(const QVector<content::Document> &documents,
                                       const QVector<CatalogueTechnology> &catalogue)
{
    TechnologyIndex index;
    auto remember = [&index](const QString &name, int item) {
        const QString key = keyOf(name);
        if (!key.isEmpty() && !index.m_byKey.contains(key))
            index.m_byKey.insert(key, item);
    };
    for (const CatalogueTechnology &c : catalogue) {
        Technology t;
        t.id = c.id;
        t.name = c.name;
        t.category = c.category;
        t.aliases = c.aliases;
        t.summary = c.summary;
        t.inCatalogue = true;
        const int item = int(index.m_items.size());
        index.m_items.append(t);
        remember(c.name, item);
        remember(c.id, item);
        for (const QString &a : c.aliases)
            remember(a, item);
    }

    // Diagram nodes first: they add the technologies the catalogue lacks.
    QVector<QVector<TechnologyUse>> nodes(index.m_items.size());
    for (const content::Document &doc : documents) {
        for (int b = 0; b < doc.md.codeBlocks.size(); ++b) {
            const markdown::CodeBlock &block = doc.md.codeBlocks.at(b);
            if (block.info != QLatin1String("arch"))
                continue;
            const diagram::ParseResult parsed = diagram::parseArch(block.text);
            const markdown::Section *section =
                block.sectionIndex >= 0 && block.sectionIndex < doc.md.sections.size()
                    ? &doc.md.sections.at(block.sectionIndex)
                    : nullptr;
            for (const diagram::Node &node : parsed.diagram.nodes) {
                if (node.technology.trimmed().isEmpty())
                    continue;
                int item = index.find(node.technology);
                if (item < 0) {
                    Technology t;
                    t.name = stripVersion(node.technology);
                    t.id = keyOf(t.name).replace(QLatin1Char(' '), QLatin1Char('-'));
                    item = int(index.m_items.size());
                    index.m_items.append(t);
                    nodes.append(QVector<TechnologyUse>());
                    remember(t.name, item);
                }
                Technology &t = index.m_items[item];
                if (!t.writtenAs.contains(node.technology))
                    t.writtenAs.append(node.technology);
                TechnologyUse use;
                use.kind = TechnologyUse::Kind::DiagramNode;
                use.docPath = doc.path;
                use.docTitle = doc.title;
                use.anchor = section ? section->anchor : QString();
                use.sectionTitle = section ? section->title : QString();
                use.label = oneLine(node.label.isEmpty() ? node.id : node.label);
                use.detail = node.technology;
                use.key = node.id;
                use.line = node.location.line > 0 ? block.contentLine + node.location.line - 1 : block.line;
                use.block = b;
                nodes[item].append(use);
            }
        }
    }

    Matcher matcher;
    for (int i = 0; i < index.m_items.size(); ++i) {
        const Technology &t = index.m_items.at(i);
        matcher.add(t.name, i);
        for (const QString &a : t.aliases)
            matcher.add(a, i);
        for (const QString &w : t.writtenAs)
            matcher.add(stripVersion(w), i);
    }
    matcher.finish();

    QVector<QVector<TechnologyUse>> sections(index.m_items.size()), metricUses(index.m_items.size());
    for (const content::Document &doc : documents) {
        for (const markdown::Section &s : doc.md.sections) {
            const QSet<int> found = matcher.find(s.title + QLatin1Char('\n') + s.text);
            for (int item : found) {
                TechnologyUse use;
                use.docPath = doc.path;
                use.docTitle = doc.title;
                use.anchor = s.anchor;
                use.sectionTitle = s.title;
                use.label = s.title.isEmpty() ? doc.title : s.title;
                use.line = s.line;
                sections[item].append(use);
            }
        }
        const metrics::Extraction &ex = doc.metrics;
        for (const metrics::Metric &m : ex.metrics) {
            for (int item : matcher.find(m.name + QLatin1Char('\n') + m.source)) {
                TechnologyUse use;
                use.kind = TechnologyUse::Kind::Metric;
                use.docPath = doc.path;
                use.docTitle = doc.title;
                use.anchor = m.sectionAnchor;
                use.label = m.name;
                use.key = m.name;
                use.line = m.line;
                metricUses[item].append(use);
            }
        }
    }
    for (int i = 0; i < index.m_items.size(); ++i) {
        Technology &t = index.m_items[i];
        t.uses = sections.at(i) + nodes.at(i) + metricUses.at(i);
    }
    // Diagram-only technologies after the catalogue, by name.
    const int catalogued = int(catalogue.size());
    if (index.m_items.size() > catalogued + 1) {
        std::stable_sort(index.m_items.begin() + catalogued, index.m_items.end(),
                         [](const Technology &a, const Technology &b) {
                             return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                         });
        index.m_byKey.clear();
        for (int i = 0; i < index.m_items.size(); ++i) {
            const Technology &t = index.m_items.at(i);
            remember(t.name, i);
            remember(t.id, i);
            for (const QString &a : t.aliases)
                remember(a, i);
        }
    }
    return index;
}

} // namespace ae::search
