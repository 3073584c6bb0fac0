// SPDX-License-Identifier: MIT
// The claim tables in content/claims/*.md: every "Where" reference points at the lines of the study (or the
// entry of technologies.json) that state the claim, so an expert checking a claim against its official source
// reads the right sentence.
//
// A reference is `file.md:LINE` or `file.md:A-B`; several are separated by commas, and a bare `LINE` or `A-B`
// after a comma belongs to the file named before it. `technologies.json: id.field[index]` names a catalogue
// value. A reference fails when its file is missing, a line is out of range, the range runs backwards, or the
// line (or the first or last line of a range) is blank. A code fence, or a line without a letter or digit (a
// table rule), counts as blank: a reference starts and ends on lines that say something.
//
// The stronger check compares words: the cited lines themselves must share at least one of the claim's
// distinctive words, words a wrong line is unlikely to share by chance. No neighbouring line is added: a
// sentence may wrap, but a claim's range then has to include a line that names what the claim is about, and a
// window one line wider would let a reference one line off onto a non-blank neighbour pass (every reference
// in the tables meets the stricter rule). Distinctive are, after removing the review's "(changed ...)" notes
// (they describe the old text, not the claim) and common English words (so a sentence-initial "The" or
// "Since" never counts):
//   - a token with a digit and at least two characters (versions, section numbers, years, sizes);
//   - a token with a capital letter (product, company, regulation and paper names, acronyms);
//   - an identifier (a token with an internal dot or underscore, such as min.insync.replicas or crdb_region),
//   or any
//     token the claim writes as code;
//   - a word of five or more letters that is rare in the study, on at most 1% of its lines (at least two): a
//   study
//     often states a claim about a product in the product's own section without repeating its name, and a
//     rare word ("secondary", "precision") pins the line as well as a name does.
// Tokens keep internal dots, hyphens and underscores ("4.0.1", "multi-key", "crdb_region"); a hyphenated
// token also counts by its parts, each judged on its own. Matching is case-insensitive and by whole token,
// never by substring. A claim with no distinctive word at all falls back to its words of five or more
// letters. A catalogue value is one short sentence with no neighbours: it must share a distinctive word or a
// word of five or more letters, other than the names of its own technology. Tables with a "Where" column but
// no "Claim" column (lists of review fixes) get the line checks only: their text describes an edit, not a
// statement the lines make. The check is deterministic and reads only files in the source tree.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {

const QString kContent = QStringLiteral(AE_SOURCE_DIR "/content");

// Reads a text file as lines (1-based access through index + 1); false when it cannot be read.
bool readLines(const QString &path, QStringList *lines)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    *lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    if (!lines->isEmpty() && lines->last().isEmpty())
        lines->removeLast();
    return true;
}

bool isBlank(const QString &line)
{
    const QString t = line.trimmed();
    if (t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~")))
        return true;
    for (const QChar c : line)
        if (c.isLetterOrNumber())
            return false;
    return true;
}

const QSet<QString> &stopwords()
{
    static const QSet<QString> words = [] {
        const char *list[] = {
            "a",       "about",   "above",     "after", "again",    "against", "all",     "also",   "an",
            "and",     "any",     "are",       "as",    "at",       "be",      "because", "been",   "before",
            "being",   "below",   "between",   "both",  "but",      "by",      "can",     "cannot", "could",
            "did",     "do",      "does",      "doing", "down",     "during",  "each",    "either", "else",
            "even",    "ever",    "every",     "few",   "for",      "from",    "further", "had",    "has",
            "have",    "having",  "he",        "her",   "here",     "hers",    "him",     "his",    "how",
            "however", "if",      "in",        "into",  "is",       "it",      "its",     "itself", "just",
            "less",    "like",    "many",      "may",   "might",    "more",    "most",    "much",   "must",
            "my",      "neither", "never",     "no",    "nor",      "not",     "now",     "of",     "off",
            "often",   "on",      "once",      "one",   "only",     "or",      "other",   "our",    "out",
            "over",    "own",     "per",       "same",  "shall",    "she",     "should",  "since",  "so",
            "some",    "such",    "than",      "that",  "the",      "their",   "them",    "then",   "there",
            "these",   "they",    "this",      "those", "three",    "through", "thus",    "to",     "too",
            "two",     "under",   "until",     "up",    "upon",     "us",      "very",    "via",    "was",
            "we",      "were",    "what",      "when",  "where",    "whether", "which",   "while",  "who",
            "whom",    "why",     "will",      "with",  "within",   "without", "would",   "yet",    "you",
            "your",    "changed", "unchanged", "added", "replaces", "removed", "note",    "see",    "e.g",
            "i.e",     "etc",     "vs",        "new",   "old",      "now",     "still",   "first",  "last",
        };
        QSet<QString> s;
        for (const char *w : list)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// Tokens of a text: runs of letters, digits and underscores joined by single dots or hyphens.
QStringList tokens(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("[\\w]+(?:[.\\-][\\w]+)*"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

// Every token of a window, lower-cased, with the parts of hyphenated tokens.
QSet<QString> windowWords(const QString &text)
{
    QSet<QString> out;
    for (const QString &t : tokens(text)) {
        out.insert(t.toLower());
        if (t.contains(QLatin1Char('-')))
            for (const QString &p : t.split(QLatin1Char('-')))
                out.insert(p.toLower());
    }
    return out;
}

bool distinctive(const QString &token, bool code)
{
    if (token.size() < 2 || stopwords().contains(token.toLower()))
        return false;
    if (code)
        return true;
    const bool identifier = token.contains(QLatin1Char('.')) || token.contains(QLatin1Char('_'));
    for (const QChar c : token)
        if (identifier && c.isLetter())
            return true;
    for (const QChar c : token)
        if (c.isDigit() || c.isUpper())
            return true;
    return false;
}

// Removes the review's notes about what changed: "(changed: ...)", "(unchanged)", "(replaces ...)" with
// balanced parentheses, and the "**Changed.**" prefix.
QString withoutChangeNotes(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\*\\*Changed\\.\\*\\*")));
    static const QRegularExpression open(QStringLiteral("\\((?:changed|unchanged|replaces)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (auto m = open.match(text); m.hasMatch(); m = open.match(text)) {
        int depth = 0;
        qsizetype end = m.capturedStart();
        for (; end < text.size(); ++end) {
            depth += text.at(end) == QLatin1Char('(') ? 1 : text.at(end) == QLatin1Char(')') ? -1 : 0;
            if (depth == 0)
                break;
        }
        text.remove(m.capturedStart(), end - m.capturedStart() + 1);
    }
    return text;
}

// The claim's distinctive words, lower-cased (see the comment at the top of the file).
QSet<QString> claimWords(const QString &claim)
{
    const QString text = withoutChangeNotes(claim);
    QSet<QString> out;
    const QStringList spans = text.split(QLatin1Char('`'));
    for (int i = 0; i < spans.size(); ++i) {
        const bool code = i % 2 == 1;
        for (const QString &t : tokens(spans.at(i))) {
            if (distinctive(t, code))
                out.insert(t.toLower());
            if (t.contains(QLatin1Char('-')))
                for (const QString &p : t.split(QLatin1Char('-')))
                    if (distinctive(p, false))
                        out.insert(p.toLower());
        }
    }
    if (out.isEmpty())
        for (const QString &t : tokens(text))
            if (t.size() >= 5 && !stopwords().contains(t.toLower()))
                out.insert(t.toLower());
    return out;
}

// How many lines of a study each word (lower-cased, with the parts of hyphenated words) occurs on.
QHash<QString, int> lineCounts(const QStringList &lines)
{
    QHash<QString, int> counts;
    for (const QString &line : lines)
        for (const QString &w : windowWords(line))
            ++counts[w];
    return counts;
}

// The claim's words of five or more letters that are rare in the study: on at most 1% of its lines (at least
// two).
QSet<QString> rareWords(const QString &claim, const QHash<QString, int> &counts, qsizetype studyLines)
{
    const int limit = int(std::max<qsizetype>(2, studyLines / 100));
    QSet<QString> out;
    for (const QString &w : windowWords(withoutChangeNotes(claim)))
        if (w.size() >= 5 && !stopwords().contains(w) && counts.value(w) <= limit)
            out.insert(w);
    return out;
}

// Splits a Markdown table row into trimmed cells (an escaped \| stays in its cell).
QStringList cells(const QString &row)
{
    QStringList out;
    QString cell;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QChar c = row.at(i);
        if (c == QLatin1Char('\\') && i + 1 < row.size() && row.at(i + 1) == QLatin1Char('|')) {
            cell += QLatin1Char('|');
            ++i;
        } else if (c == QLatin1Char('|')) {
            out << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    out << cell.trimmed();
    if (!out.isEmpty() && out.first().isEmpty())
        out.removeFirst();
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

// A value of technologies.json named as `id.field[index]` (fields may nest with dots); null when absent.
QJsonValue catalogueValue(const QJsonArray &technologies, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    QJsonValue v;
    for (const QJsonValue &t : technologies)
        if (t.toObject().value(QStringLiteral("id")).toString() == parts.first())
            v = t;
    static const QRegularExpression step(QStringLiteral("^(\\w+)(?:\\[(\\d+)\\])?$"));
    for (int i = 1; i < parts.size() && !v.isUndefined() && !v.isNull(); ++i) {
        const auto m = step.match(parts.at(i));
        if (!m.hasMatch())
            return QJsonValue();
        v = v.toObject().value(m.captured(1));
        if (m.hasCaptured(2)) {
            const QJsonArray a = v.toArray();
            const int index = m.captured(2).toInt();
            v = index < a.size() ? a.at(index) : QJsonValue();
        }
    }
    return v.isUndefined() ? QJsonValue() : v;
}

QString catalogueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList s;
        for (const QJsonValue &e : v.toArray())
            s << e.toString();
        return s.join(QLatin1Char(' '));
    }
    return QString();
}

// The names of a catalogue entry (id, name, aliases), lower-cased, as window words.
QSet<QString> technologyNames(const QJsonArray &technologies, const QString &id)
{
    QSet<QString> out;
    for (const QJsonValue &t : technologies) {
        const QJsonObject o = t.toObject();
        if (o.value(QStringLiteral("id")).toString() != id)
            continue;
        out += windowWords(id);
        out += windowWords(o.value(QStringLiteral("name")).toString());
        for (const QJsonValue &a : o.value(QStringLiteral("aliases")).toArray())
            out += windowWords(a.toString());
    }
    return out;
}

// The words a catalogue value is checked against. Every value of an entry is about its technology, so the
// words naming it do not count; a value is one short sentence with no neighbours, so the claim's other words
// of five or more letters count beside its distinctive ones.
QSet<QString> catalogueClaimWords(const QString &claim, const QSet<QString> &names)
{
    QSet<QString> out = claimWords(claim);
    for (const QString &t : tokens(withoutChangeNotes(claim)))
        if (t.size() >= 5 && !stopwords().contains(t.toLower()))
            out.insert(t.toLower());
    return out - names;
}

// Resolves a file named in a reference: a path from the repository root ("content/..."), or a bare name
// looked up in content/case-studies and then content.
QString resolveFile(const QString &contentDir, const QString &name)
{
    if (name.startsWith(QLatin1String("content/")))
        return QDir(contentDir).filePath(name.mid(8));
    const QString study = QDir(contentDir).filePath(QStringLiteral("case-studies/") + name);
    return QFile::exists(study) ? study : QDir(contentDir).filePath(name);
}

// Checks every reference of every table with a "Where" column in one claims file. Returns one message per
// problem, each naming the claims file, the row (claim number or first cell) and the reference.
QStringList checkClaims(const QString &contentDir, const QString &claimsFile)
{
    QStringList problems;
    QStringList lines;
    const QString label = QStringLiteral("claims/") + QFileInfo(claimsFile).fileName();
    if (!readLines(claimsFile, &lines))
        return {label + QStringLiteral(": cannot be read")};

    QJsonArray technologies;
    QHash<QString, QStringList> studies;
    QHash<QString, QHash<QString, int>> counts;
    auto study = [&](const QString &path) -> const QStringList * {
        if (!studies.contains(path)) {
            QStringList l;
            if (!readLines(path, &l))
                return nullptr;
            studies.insert(path, l);
        }
        return &studies[path];
    };

    static const QRegularExpression mdRef(
        QStringLiteral("^(?:(\\S+\\.md)\\s*:\\s*)?(\\d+)(?:\\s*[-–]\\s*(\\d+))?$"));
    static const QRegularExpression jsonRef(
        QStringLiteral("^(?:technologies\\.json\\s*:\\s*)?([\\w.\\-\\[\\]]+)$"));
    int whereColumn = -1;
    int textColumn = -1;
    int tables = 0, rows = 0;
    for (int n = 0; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        if (!line.startsWith(QLatin1Char('|'))) {
            whereColumn = -1;
            continue;
        }
        const QStringList row = cells(line);
        if (whereColumn < 0) {
            if (n + 1 < lines.size() && lines.at(n + 1).startsWith(QLatin1String("|-")) &&
                row.contains(QStringLiteral("Where"))) {
                whereColumn = int(row.indexOf(QStringLiteral("Where")));
                textColumn = int(row.indexOf(QStringLiteral("Claim")));
                ++tables;
                ++n; // the rule under the header
            }
            continue;
        }
        if (row.size() <= whereColumn) {
            problems << QStringLiteral("%1:%2: the row has no Where cell").arg(label).arg(n + 1);
            continue;
        }
        ++rows;
        QString text;
        if (textColumn >= 0 && textColumn < row.size()) {
            text = row.at(textColumn);
        } else {
            QStringList rest = row;
            rest.removeAt(whereColumn);
            text = rest.join(QLatin1Char(' '));
        }
        const QString rowName = textColumn >= 0 ? QStringLiteral("claim ") + row.first()
                                                : QStringLiteral("item \"%1\"").arg(row.first());
        const QString id = QStringLiteral("%1 %2 (line %3)").arg(label, rowName).arg(n + 1);
        const bool isClaim = textColumn >= 0;
        const QSet<QString> words = claimWords(text);
        if (isClaim && words.isEmpty()) {
            problems << id + QStringLiteral(": the claim has no word to check a reference against");
            continue;
        }
        const QString where = row.at(whereColumn);
        QString file;
        bool json = false;
        for (const QString &piece : where.split(QLatin1Char(','))) {
            const QString ref = piece.trimmed();
            const QString what = id + QStringLiteral(", reference \"") + ref + QStringLiteral("\": ");
            if (ref.startsWith(QLatin1String("technologies.json")))
                json = true;
            else if (ref.contains(QLatin1String(".md")))
                json = false;
            if (json) {
                const auto m = jsonRef.match(ref);
                if (technologies.isEmpty()) {
                    QFile f(QDir(contentDir).filePath(QStringLiteral("technologies.json")));
                    if (f.open(QIODevice::ReadOnly))
                        technologies = QJsonDocument::fromJson(f.readAll())
                                           .object()
                                           .value(QStringLiteral("technologies"))
                                           .toArray();
                }
                const QJsonValue v =
                    m.hasMatch() ? catalogueValue(technologies, m.captured(1)) : QJsonValue();
                const QString value = catalogueText(v);
                if (value.isEmpty()) {
                    problems << what + QStringLiteral("no such value in technologies.json");
                    continue;
                }
                const QSet<QString> valueWords = catalogueClaimWords(
                    text, technologyNames(technologies, m.captured(1).section(QLatin1Char('.'), 0, 0)));
                if ((valueWords & windowWords(value)).isEmpty())
                    problems << what +
                                    QStringLiteral(
                                        "the value \"%1\" shares no word with the claim (looked for: %2)")
                                        .arg(value, QStringList(valueWords.values()).join(QLatin1Char(' ')));
                continue;
            }
            const auto m = mdRef.match(ref);
            if (!m.hasMatch()) {
                problems << what + QStringLiteral("not FILE.md:LINE or FILE.md:FIRST-LAST");
                continue;
            }
            if (m.hasCaptured(1))
                file = m.captured(1);
            if (file.isEmpty()) {
                problems << what + QStringLiteral("names no file");
                continue;
            }
            const QString studyPath = resolveFile(contentDir, file);
            const QStringList *text = study(studyPath);
            if (!text) {
                problems << what + QStringLiteral("no file %1").arg(file);
                continue;
            }
            const int first = m.captured(2).toInt();
            const int last = m.hasCaptured(3) ? m.captured(3).toInt() : first;
            if (first < 1 || last > text->size()) {
                problems << what +
                                QStringLiteral("out of range (%1 has %2 lines)").arg(file).arg(text->size());
                continue;
            }
            if (last < first) {
                problems << what + QStringLiteral("the range runs backwards");
                continue;
            }
            if (first == last && isBlank(text->at(first - 1))) {
                problems << what + QStringLiteral("line %1 is blank").arg(first);
                continue;
            }
            if (isBlank(text->at(first - 1)))
                problems << what + QStringLiteral("the range starts on a blank line");
            if (isBlank(text->at(last - 1)))
                problems << what + QStringLiteral("the range ends on a blank line");
            if (!isClaim)
                continue;
            if (!counts.contains(studyPath))
                counts.insert(studyPath, lineCounts(*text));
            const QSet<QString> refWords =
                words + rareWords(row.at(textColumn), counts[studyPath], text->size());
            QString cited;
            for (int l = first; l <= last; ++l)
                cited += text->at(l - 1) + QLatin1Char('\n');
            if ((refWords & windowWords(cited)).isEmpty())
                problems << what + QStringLiteral("lines %1-%2 share no distinctive word "
                                                  "with the claim (looked for: %3); line %4 reads \"%5\"")
                                       .arg(first)
                                       .arg(last)
                                       .arg(QStringList(refWords.values()).join(QLatin1Char(' ')))
                                       .arg(first)
                                       .arg(text->at(first - 1).trimmed().left(100));
        }
    }
    if (tables == 0 || rows == 0)
        problems << label + QStringLiteral(": no table with a Where column, or no rows in it");
    return problems;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class ClaimsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checker_reportsEachBadReference();
    void bundledClaims_referencesPointAtTheClaim_data();
    void bundledClaims_referencesPointAtTheClaim();
};

// The checker itself, on a small library: each kind of bad reference is reported, naming the claim, and the
// good ones (the second line of a wrapped sentence that holds a rare word of the claim, a bare line after a
// comma, a catalogue value) pass, while a reference one line off onto a non-blank neighbour fails.
void ClaimsTest::checker_reportsEachBadReference()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("case-studies/demo.md")),
                      "# Demo\n"                                                  // 1
                      "\n"                                                        // 2
                      "Writes go through PostgreSQL 16 with synchronous\n"        // 3
                      "commit, so a standby applies them first.\n"                // 4
                      "\n"                                                        // 5
                      "```sql\n"                                                  // 6
                      "ALTER SYSTEM SET wal_level = logical;\n"                   // 7
                      "```\n"                                                     // 8
                      "\n"                                                        // 9
                      "Caching sits in Redis, which replicates asynchronously.\n" // 10
                      "\n"                                                        // 11
                      "Nothing else to say here at all.\n"                        // 12
                      "Topics set min.insync.replicas=2.\n"));                    // 13
    QVERIFY(writeFile(
        dir.filePath(QStringLiteral("technologies.json")),
        R"({"technologies":[{"id":"redis","transactions":"multi-key","strengths":["Lua scripts"]}]})"));
    const QByteArray table =
        "# Claims\n\n"
        "| # | Claim | Where | Source | Checked |\n"
        "|---|---|---|---|---|\n"
        "| 1 | PostgreSQL waits for a standby **(changed: Redis said before)** | demo.md:4 | x | d |\n"
        "| 2 | Redis replicates asynchronously | demo.md:10, 3 | x | d |\n"
        "| 3 | Redis replicates asynchronously | demo.md:11 | x | d |\n"
        "| 4 | Redis replicates asynchronously | demo.md:9-10 | x | d |\n"
        "| 5 | `wal_level` is set | demo.md:6-8 | x | d |\n"
        "| 6 | Redis replicates asynchronously | demo.md:14 | x | d |\n"
        "| 7 | Redis replicates asynchronously | demo.md:12 | x | d |\n"
        "| 8 | Redis replicates asynchronously | demo.md:10-9, nowhere.md:1 | x | d |\n"
        "| 9 | Redis transactions are `multi-key` | technologies.json: redis.transactions | x | d |\n"
        "| 10 | Redis runs Lua atomically | technologies.json: redis.strengths[3], redis.x | x | d |\n"
        "| 11 | `wal_level` is set | demo.md:7 | x | d |\n"
        "| 12 | Kafka producers wait while min.insync.replicas is short | demo.md:13 | x | d |\n"
        "| 13 | Memcached replicates in the background | demo.md:10 | x | d |\n"
        "| 14 | Memcached replicates in the background | demo.md:3 | x | d |\n"
        "| 15 | PostgreSQL 16 is the version in use | demo.md:4 | x | d |\n"
        "\n"
        "| Item | Fix | Where |\n"
        "|---|---|---|\n"
        "| Wording | Says something else entirely | demo.md:12, demo.md:11 |\n";
    QVERIFY(writeFile(dir.filePath(QStringLiteral("claims/demo.md")), table));
    const QStringList problems = checkClaims(dir.path(), dir.filePath(QStringLiteral("claims/demo.md")));
    const QString all = problems.join(QLatin1Char('\n'));
    auto reported = [&](const QString &claim, const QString &what) {
        for (const QString &p : problems)
            if (p.contains(QStringLiteral("claim %1 (").arg(claim)) && p.contains(what))
                return true;
        return false;
    };
    QVERIFY2(!all.contains(QLatin1String("claim 1 (")), qPrintable(all)); // line 4: "standby" is rare
    QVERIFY2(reported(QStringLiteral("15"), QStringLiteral("lines 4-4 share no distinctive word")),
             qPrintable(all));
    QVERIFY2(reported(QStringLiteral("2"), QStringLiteral("\"3\": lines 3-3")),
             qPrintable(all)); // bare 3: wrong
    QVERIFY2(!reported(QStringLiteral("2"), QStringLiteral("demo.md:10\"")), qPrintable(all));
    QVERIFY2(reported(QStringLiteral("3"), QStringLiteral("line 11 is blank")), qPrintable(all));
    QVERIFY2(reported(QStringLiteral("4"), QStringLiteral("starts on a blank line")), qPrintable(all));
    QVERIFY2(reported(QStringLiteral("5"), QStringLiteral("starts on a blank line")),
             qPrintable(all)); // fence
    QVERIFY2(reported(QStringLiteral("5"), QStringLiteral("ends on a blank line")), qPrintable(all));
    QVERIFY2(reported(QStringLiteral("6"), QStringLiteral("out of range")), qPrintable(all));
    QVERIFY2(reported(QStringLiteral("7"), QStringLiteral("share no distinctive word")), qPrintable(all));
    QVERIFY2(reported(QStringLiteral("8"), QStringLiteral("runs backwards")), qPrintable(all));
    QVERIFY2(reported(QStringLiteral("8"), QStringLiteral("no file nowhere.md")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("claim 9 (")), qPrintable(all));
    QVERIFY2(reported(QStringLiteral("10"), QStringLiteral("redis.strengths[3]\": no such value")),
             qPrintable(all));
    QVERIFY2(reported(QStringLiteral("10"), QStringLiteral("redis.x\": no such value")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("claim 11 (")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("claim 12 (")), qPrintable(all)); // an identifier
    QVERIFY2(!all.contains(QLatin1String("claim 13 (")), qPrintable(all)); // a word rare in the study
    QVERIFY2(reported(QStringLiteral("14"), QStringLiteral("share no distinctive word")), qPrintable(all));
    // A table of review fixes gets the line checks, not the word check.
    QVERIFY2(
        all.contains(QLatin1String("item \"Wording\" (line 23), reference \"demo.md:11\": line 11 is blank")),
        qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("item \"Wording\" (line 23), reference \"demo.md:12\"")),
             qPrintable(all));
    QVERIFY(claimWords(QStringLiteral("Kafka needs min.insync.replicas"))
                .contains(QStringLiteral("min.insync.replicas")));
    // The change note's "Redis" does not count for claim 1: cited at line 10 alone it would fail.
    QVERIFY(claimWords(QStringLiteral("PostgreSQL waits **(changed: Redis said before)**"))
                .contains(QStringLiteral("postgresql")));
    QVERIFY(!claimWords(QStringLiteral("PostgreSQL waits **(changed: Redis said before)**"))
                 .contains(QStringLiteral("redis")));
    QCOMPARE(problems.size(), 14);
}

void ClaimsTest::bundledClaims_referencesPointAtTheClaim_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files =
        QDir(kContent + QStringLiteral("/claims")).entryList({QStringLiteral("*.md")}, QDir::Files);
    QVERIFY(files.size() >= 6);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << kContent + QStringLiteral("/claims/") + f;
}

void ClaimsTest::bundledClaims_referencesPointAtTheClaim()
{
    QFETCH(QString, path);
    const QStringList problems = checkClaims(kContent, path);
    for (const QString &p : problems)
        qWarning().noquote() << p;
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 bad reference(s), listed above").arg(problems.size())));
}

QTEST_GUILESS_MAIN(ClaimsTest)
#include "claims_test.moc"
