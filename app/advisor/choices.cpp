// SPDX-License-Identifier: MIT
// Building the studies x technologies matrix and extracting trade-offs tables.
#include "advisor/choices.h"

#include "advisor/catalogue.h"
#include "content/library.h"

#include <QRegularExpression>

#include <algorithm>

namespace ae::advisor {

int ChoiceRow::usedBy() const
{
    return int(std::count_if(usedAs.cbegin(), usedAs.cend(), [](const QString &s) { return !s.isEmpty(); }));
}

QVector<const content::Document *> caseStudies(const QVector<content::Document> &documents)
{
    QVector<const content::Document *> out;
    for (const content::Document &d : documents) {
        if (!d.md.frontMatter.value(QStringLiteral("technologies")).trimmed().isEmpty())
            out.append(&d);
    }
    return out;
}

namespace {

QString withoutVersion(const QString &entry)
{
    static const QRegularExpression version(QStringLiteral("\\s+v?\\d[\\w.]*$"));
    QString s = entry.trimmed();
    s.remove(version);
    return s;
}

} // namespace

ChoiceMatrix buildChoiceMatrix(const QVector<const content::Document *> &studies, const Catalogue &catalogue)
{
    ChoiceMatrix m;
    for (const content::Document *doc : studies) {
        m.studies << doc->path;
        m.studyTitles << doc->title;
    }
    for (int s = 0; s < studies.size(); ++s) {
        const QString list = studies.at(s)->md.frontMatter.value(QStringLiteral("technologies"));
        for (const QString &raw : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString entry = raw.trimmed();
            const QString bare = withoutVersion(entry);
            // The catalogue entry whose name or alias is the bare entry; exact names win over mentions.
            const Technology *known = nullptr;
            for (const Technology &t : catalogue.technologies) {
                if (t.names().contains(bare, Qt::CaseInsensitive)) {
                    known = &t;
                    break;
                }
            }
            const QString name = known ? known->name : bare;
            auto row = std::find_if(m.rows.begin(), m.rows.end(), [&](const ChoiceRow &r) {
                return r.technology.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (row == m.rows.end()) {
                ChoiceRow r;
                r.technology = name;
                if (known) {
                    r.id = known->id;
                    r.category = known->category;
                }
                for (int i = 0; i < studies.size(); ++i)
                    r.usedAs << QString();
                m.rows.append(r);
                row = m.rows.end() - 1;
            }
            row->usedAs[s] = entry;
        }
    }
    std::stable_sort(m.rows.begin(), m.rows.end(), [](const ChoiceRow &a, const ChoiceRow &b) {
        if (a.usedBy() != b.usedBy())
            return a.usedBy() > b.usedBy();
        return a.technology.compare(b.technology, Qt::CaseInsensitive) < 0;
    });
    return m;
}

QVector<TradeOffTable> tradeOffTables(const content::Document &document)
{
    static const QRegularExpression heading(QStringLiteral("^trade-?offs?\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    QVector<TradeOffTable> out;
    for (const markdown::Table &table : document.md.tables) {
        if (table.sectionIndex < 0 || table.sectionIndex >= document.md.sections.size())
            continue;
        const markdown::Section &section = document.md.sections.at(table.sectionIndex);
        if (!heading.match(section.title).hasMatch())
            continue;
        TradeOffTable t;
        t.path = document.path;
        t.title = document.title;
        t.sectionTitle = section.title;
        t.anchor = section.anchor;
        for (const markdown::TableCell &c : table.header)
            t.header << c.text;
        for (const QVector<markdown::TableCell> &row : table.rows) {
            QStringList cells;
            for (const markdown::TableCell &c : row)
                cells << c.text;
            t.rows.append(cells);
        }
        out.append(t);
    }
    return out;
}

} // namespace ae::advisor
