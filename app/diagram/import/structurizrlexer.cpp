// SPDX-License-Identifier: MIT
// Structurizr DSL lines -> statements of tokens: quoted strings, `"""` text blocks, `\` continuations, `#`
// `//` and `/* */` comments. `!include` is expanded here, from local files inside the workspace's folder
// only.
#include "diagram/import/structurizr_p.h"

#include "diagram/parser.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace ae::diagram::structurizr {

namespace {

constexpr int kMaxIncludeDepth = 8;
constexpr int kMaxIncludedFiles = 200;
constexpr qint64 kMaxIncludedBytes = 16 * 1024 * 1024;

struct Lexer
{
    const QString rootDir;
    Diagnostics *out;
    int files_ = 0;
    qint64 bytes = 0;
    QHash<QString, QString> constants; // for `!include ${NAME}`

    void error(const SourceLocation &at, const QString &origin, const QString &message,
               const QString &hint = {})
    {
        Statement st;
        st.origin = origin;
        Diag{out}.add(Diagnostic::Severity::Error, st, at, message, hint);
    }

    // `place` and `originPrefix` are set for an included file: every statement sits at the `!include`.
    void run(const QString &text, const QString &filePath, int depth, const SourceLocation *place,
             const QString &originName, QVector<Statement> *result)
    {
        QStringList lines = text.split(u'\n');
        if (!lines.isEmpty() && lines[0].startsWith(QChar(0xFEFF)))
            lines[0].remove(0, 1);
        bool inComment = false;
        for (int i = 0; i < lines.size(); ++i) {
            const int lineNo = i + 1;
            QString line = lines[i];
            if (line.endsWith(u'\r'))
                line.chop(1);
            const QString trimmed = line.trimmed();
            if (inComment) {
                if (trimmed.contains(QLatin1String("*/")))
                    inComment = false;
                continue;
            }
            if (trimmed.startsWith(QLatin1String("/*"))) {
                inComment = !trimmed.mid(2).contains(QLatin1String("*/"));
                continue;
            }
            if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(QLatin1String("//")))
                continue;
            Statement st;
            st.pos = {lineNo, 1};
            // Continuations: a line ending in ` \` goes on with the next.
            QString joined;
            int j = i;
            QVector<std::pair<qsizetype, SourceLocation>> starts; // joined offset -> place
            for (;;) {
                QString part = lines[j];
                if (part.endsWith(u'\r'))
                    part.chop(1);
                starts.append({joined.size(), SourceLocation{j + 1, 1}});
                if (part.trimmed().endsWith(u'\\') && j + 1 < lines.size()) {
                    part = part.trimmed();
                    part.chop(1);
                    joined += part + u' ';
                    ++j;
                    continue;
                }
                joined += part;
                break;
            }
            i = j;
            auto placeOf = [&](qsizetype offset) {
                SourceLocation l = starts.first().second;
                qsizetype base = 0;
                for (const auto &[off, loc] : starts)
                    if (off <= offset) {
                        l = loc;
                        base = off;
                    }
                return SourceLocation{l.line, int(offset - base) + 1};
            };
            if (!tokenize(joined, placeOf, &st, lines, &i, originName))
                continue;
            if (st.tokens.isEmpty())
                continue;
            st.pos = st.tokens.first().pos;
            if (place) {
                st.origin = QStringLiteral("%1:%2:%3").arg(originName).arg(st.pos.line).arg(st.pos.column);
                for (Token &t : st.tokens)
                    t.pos = *place;
                st.pos = *place;
            }
            const QString first = st.tokens.first().text.toLower();
            if ((first == u"!const" || first == u"!constant" || first == u"!var") && st.tokens.size() >= 3)
                constants.insert(st.tokens[1].text, st.tokens[2].text);
            if (first == u"!include" && !st.tokens.first().quoted) {
                include(st, filePath, depth, result);
                continue;
            }
            result->append(st);
        }
    }

    template <typename PlaceOf>
    bool tokenize(const QString &text, PlaceOf placeOf, Statement *st, const QStringList &lines,
                  int *lineIndex, const QString &origin)
    {
        qsizetype p = 0;
        while (p < text.size()) {
            const QChar c = text[p];
            if (c.isSpace()) {
                ++p;
                continue;
            }
            Token t;
            t.pos = placeOf(p);
            if (QStringView(text).mid(p).startsWith(u"\"\"\"")) {
                // A text block: up to the closing `"""`, which may be lines further on.
                QString body = text.mid(p + 3);
                qsizetype close = body.indexOf(QLatin1String("\"\"\""));
                while (close < 0 && *lineIndex + 1 < lines.size()) {
                    ++*lineIndex;
                    const qsizetype from = body.size() + 1; // only the new line is searched: linear
                    body += u'\n' + lines[*lineIndex];
                    close = body.indexOf(QLatin1String("\"\"\""), from);
                }
                if (close < 0) {
                    error(t.pos, origin, tr("this text block is never closed"), tr("end it with `\"\"\"`"));
                    return false;
                }
                t.text = body.left(close).trimmed();
                t.quoted = true;
                st->tokens.append(t);
                return true; // the rest of the closing line is not read
            }
            if (c == u'"') {
                QString s;
                qsizetype q = p + 1;
                while (q < text.size() && text[q] != u'"') {
                    if (text[q] == u'\\' && q + 1 < text.size() &&
                        (text[q + 1] == u'"' || text[q + 1] == u'\\'))
                        ++q;
                    s += text[q++];
                }
                if (q >= text.size()) {
                    error(t.pos, origin, tr("this string is never closed"),
                          tr("close it with `\"` on the same line"));
                    return false;
                }
                t.text = s;
                t.quoted = true;
                p = q + 1;
            } else {
                qsizetype q = p;
                while (q < text.size() && !text[q].isSpace())
                    ++q;
                t.text = text.mid(p, q - p);
                p = q;
            }
            st->tokens.append(t);
        }
        return true;
    }

    void include(const Statement &st, const QString &filePath, int depth, QVector<Statement> *result)
    {
        if (st.tokens.size() < 2) {
            Diag{out}.add(Diagnostic::Severity::Error, st, st.pos, tr("`!include` needs a file or folder"),
                          tr("as in `!include model.dsl`"));
            return;
        }
        QString target = st.tokens[1].text;
        for (auto c = constants.cbegin(); c != constants.cend(); ++c)
            target.replace(QStringLiteral("${") + c.key() + u'}', c.value());
        if (target.contains(QLatin1String("://"))) {
            Diag{out}.add(Diagnostic::Severity::Error, st, st.tokens[1].pos,
                          tr("`!include` of a URL is not read: nothing is fetched from the network"),
                          tr("download the file next to the workspace and include it by its path"));
            return;
        }
        if (rootDir.isEmpty() || filePath.isEmpty()) {
            Diag{out}.add(Diagnostic::Severity::Error, st, st.tokens[1].pos,
                          tr("`!include %1` cannot be read: this text has no folder").arg(target),
                          tr("open the workspace from its file"));
            return;
        }
        if (depth >= kMaxIncludeDepth) {
            Diag{out}.add(Diagnostic::Severity::Error, st, st.tokens[1].pos,
                          tr("includes are nested more than %1 deep").arg(kMaxIncludeDepth));
            return;
        }
        const QFileInfo info(QFileInfo(filePath).absoluteDir().filePath(target));
        const QString canonical = info.canonicalFilePath();
        const QString root = QDir(rootDir).canonicalPath();
        if (canonical.isEmpty()) {
            Diag{out}.add(Diagnostic::Severity::Error, st, st.tokens[1].pos,
                          tr("`!include %1`: no such file or folder").arg(target),
                          tr("paths are relative to the including file"));
            return;
        }
        if (root.isEmpty() || !QString(canonical + u'/').startsWith(QString(root + u'/'))) {
            Diag{out}.add(Diagnostic::Severity::Error, st, st.tokens[1].pos,
                          tr("`!include %1` is outside the workspace's folder and is not read").arg(target),
                          tr("copy the file into the workspace's folder"));
            return;
        }
        QStringList files;
        if (QFileInfo(canonical).isDir()) {
            QDirIterator it(canonical, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            files.sort();
        } else {
            files.append(canonical);
        }
        for (const QString &f : files) {
            const QString real = QFileInfo(f).canonicalFilePath();
            if (!QString(real + u'/').startsWith(QString(root + u'/')))
                continue; // a link out of the folder
            QFile file(real);
            if (++files_ > kMaxIncludedFiles || !file.open(QIODevice::ReadOnly) ||
                (bytes += file.size()) > kMaxIncludedBytes) {
                Diag{out}.add(Diagnostic::Severity::Error, st, st.tokens[1].pos,
                              tr("`!include %1` cannot be read (at most %2 files, 16 MB)")
                                  .arg(target)
                                  .arg(kMaxIncludedFiles));
                return;
            }
            const QString name = QDir(root).relativeFilePath(real);
            run(QString::fromUtf8(file.readAll()), real, depth + 1, &st.pos, name, result);
        }
    }
};

} // namespace

void Diag::add(Diagnostic::Severity s, const Statement &st, const SourceLocation &at, const QString &message,
               const QString &hint)
{
    if (out->size() >= kMaxDiagnostics)
        return;
    const QString text = st.origin.isEmpty() ? message : QStringLiteral("in %1: %2").arg(st.origin, message);
    out->append({s, at.line, at.column, text, hint});
}

QVector<Statement> lex(const QString &text, const QString &filePath, const QString &rootDir, Diagnostics *out)
{
    QVector<Statement> result;
    Lexer lexer{rootDir, out, 0, 0, {}};
    lexer.run(text, filePath, 0, nullptr, QString(), &result);
    return result;
}

} // namespace ae::diagram::structurizr
