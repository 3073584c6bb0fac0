// SPDX-License-Identifier: MIT
// The only caller of GNU Source-highlight (srchilite): language definitions from its data directory, one
// SourceHighlighter per block fed a line at a time, our own formatter writing class spans.
#include "markdown/highlight.h"

#include "common/keyedcache.h"

#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>

#include <srchilite/formattermanager.h>
#include <srchilite/formatterparams.h>
#include <srchilite/langdefmanager.h>
#include <srchilite/regexrulefactory.h>
#include <srchilite/settings.h>
#include <srchilite/sourcehighlighter.h>

#include <atomic>
#include <exception>
#include <mutex>
#include <string>
#include <vector>

Q_LOGGING_CATEGORY(lcHighlight, "archexplorer.markdown.highlight")

namespace ae::markdown {

namespace {

struct Language
{
    const char *lang;  // Source-highlight definition file
    const char *label; // shown in the block's header
    std::initializer_list<const char *> infos;
};

// Info words as authors write them. CQL is close enough to SQL for its keywords, strings and comments.
const Language kLanguages[] = {
    {"sql.lang",
     "SQL",
     {"sql", "postgresql", "postgres", "psql", "pgsql", "plpgsql", "mysql", "sqlite", "tsql", "plsql"}},
    {"sql.lang", "CQL", {"cql"}},
    {"python.lang", "Python", {"python", "py", "python3", "py3"}},
    {"java.lang", "Java", {"java"}},
    {"go.lang", "Go", {"go", "golang"}},
    {"json.lang", "JSON", {"json", "jsonc", "json5", "geojson"}},
    {"javascript.lang", "JavaScript", {"javascript", "js", "node", "mjs", "cjs"}},
    {"javascript.lang", "TypeScript", {"typescript", "ts"}},
    {"sh.lang", "Shell", {"sh", "bash", "shell", "zsh", "ksh", "console", "shell-session"}},
    {"cpp.lang", "C++", {"cpp", "c++", "cxx", "cc", "hpp", "h++"}},
    {"c.lang", "C", {"c", "h"}},
    {"csharp.lang", "C#", {"csharp", "cs", "c#"}},
    {"xml.lang", "XML", {"xml", "xsd", "xsl", "xslt", "svg", "plist"}},
    {"html.lang", "HTML", {"html", "xhtml", "htm"}},
    {"proto.lang", "Protobuf", {"proto", "protobuf", "proto3"}},
    {"scala.lang", "Scala", {"scala"}},
    {"ruby.lang", "Ruby", {"ruby", "rb"}},
    {"lua.lang", "Lua", {"lua"}},
    {"rust.lang", "Rust", {"rust", "rs"}},
    {"perl.lang", "Perl", {"perl", "pl"}},
    {"php.lang", "PHP", {"php"}},
    {"css.lang", "CSS", {"css"}},
    {"properties.lang", "Properties", {"properties", "props"}},
    {"conf.lang", "Config", {"conf", "cfg"}},
    {"desktop.lang", "INI", {"ini"}},
    {"makefile.lang", "Makefile", {"makefile", "make", "mk"}},
    {"diff.lang", "Diff", {"diff", "patch"}},
    {"haskell.lang", "Haskell", {"haskell", "hs"}},
    {"erlang.lang", "Erlang", {"erlang", "erl"}},
};

const Language *findLanguage(const QString &info)
{
    const QByteArray word = info.trimmed().toLower().toUtf8();
    for (const Language &l : kLanguages) {
        for (const char *i : l.infos) {
            if (word == i)
                return &l;
        }
    }
    return nullptr;
}

// Plain-text words that get no header label: the block is text, not a language.
bool isPlainInfo(const QString &info)
{
    static const QSet<QString> plain = {QStringLiteral("text"),  QStringLiteral("txt"),
                                        QStringLiteral("plain"), QStringLiteral("plaintext"),
                                        QStringLiteral("none"),  QStringLiteral("output")};
    return info.isEmpty() || plain.contains(info);
}

// Source-highlight's element names (default.style, the .lang files) -> our token class, or 0 for none.
char tokenClass(const std::string &element)
{
    static const std::pair<const char *, char> map[] = {
        {"keyword", 'k'},     {"type", 't'},     {"usertype", 't'},    {"classname", 't'},
        {"string", 's'},      {"regexp", 's'},   {"specialchar", 's'}, {"valquote", 's'},
        {"comment", 'c'},     {"todo", 'c'},     {"number", 'n'},      {"function", 'f'},
        {"predef_func", 'f'}, {"preproc", 'p'},  {"variable", 'v'},    {"predef_var", 'v'},
        {"label", 'v'},       {"key", 'v'},      {"keyquote", 'v'},    {"property", 'v'},
        {"attribute", 'v'},   {"selector", 'k'}, {"value", 's'},
    };
    for (const auto &[name, cls] : map) {
        if (element == name)
            return cls;
    }
    return 0;
}

struct Token
{
    char cls;         // 0: plain
    std::string text; // UTF-8, not escaped
};

// Receives every piece of a line, classed or plain, in order.
class TokenFormatter : public srchilite::Formatter
{
public:
    TokenFormatter(std::vector<Token> *tokens, char cls) : m_tokens(tokens), m_cls(cls) {}
    void format(const std::string &s, const srchilite::FormatterParams *) override
    {
        if (s.empty())
            return;
        if (!m_tokens->empty() && m_tokens->back().cls == m_cls)
            m_tokens->back().text += s;
        else
            m_tokens->push_back(Token{m_cls, s});
    }

private:
    std::vector<Token> *m_tokens;
    char m_cls;
};

void appendEscaped(std::string &out, const std::string &s)
{
    for (const char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
            break;
        }
    }
}

bool isBlank(const std::string &s)
{
    return s.find_first_not_of(" \t") == std::string::npos;
}

// Fewer spans make a faster page (Qt's HTML import costs ~8 us a span): "PRIMARY KEY" is one keyword span,
// not two around a plain space.
QString toHtml(std::vector<Token> &tokens)
{
    std::vector<Token> merged;
    merged.reserve(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        Token &t = tokens[i];
        if (t.cls == 0 && isBlank(t.text) && !merged.empty() && merged.back().cls != 0 &&
            i + 1 < tokens.size() && tokens[i + 1].cls == merged.back().cls) {
            merged.back().text += t.text + tokens[i + 1].text;
            ++i;
            continue;
        }
        if (!merged.empty() && merged.back().cls == t.cls)
            merged.back().text += t.text;
        else
            merged.push_back(std::move(t));
    }
    std::string out;
    for (const Token &t : merged) {
        if (t.cls) {
            out += "<span class=\"";
            out += t.cls;
            out += "\">";
            appendEscaped(out, t.text);
            out += "</span>";
        } else {
            appendEscaped(out, t.text);
        }
    }
    return QString::fromStdString(out);
}

QString expandTabs(const QString &line)
{
    if (!line.contains(QLatin1Char('\t')))
        return line;
    QString out;
    out.reserve(line.size() + 8);
    for (const QChar c : line) {
        if (c == QLatin1Char('\t'))
            out += QString(4 - out.size() % 4, QLatin1Char(' '));
        else
            out += c;
    }
    return out;
}

QStringList splitLines(const QString &code)
{
    QStringList lines = code.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the newline that ends the last line
    for (QString &l : lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        l = expandTabs(l);
    }
    return lines;
}

// The definitions, built once per language (a few ms each) and kept: srchilite's cache is not thread-safe,
// and one highlighter at a time is plenty (the library is read on one worker).
struct Engine
{
    std::mutex mutex;
    srchilite::RegexRuleFactory factory;
    srchilite::LangDefManager manager{&factory};
    QSet<QString> failed; // definitions that could not be loaded: warned about once, not tried again
};

Engine &engine()
{
    // Never destroyed: srchilite's states point at each other through shared pointers (cycles a destructor
    // would leave behind as leaks); reachable from here, they are simply the process's until it ends.
    static Engine *e = new Engine;
    return *e;
}

// Highlighted blocks kept by what made them: the app's second start, and a document read again, take them
// from here instead of Source-highlight (~50 us a line, a few ms to build each language's definitions).
// Bump the version when what highlightCode() writes changes.
KeyedCache &cache()
{
    static KeyedCache c(QStringLiteral("highlight"), QByteArrayLiteral("ae-highlight-1"), 8 * 1024 * 1024);
    return c;
}

std::atomic<bool> g_diskCache{false};

// The definition as installed (its file and the folder of the files it includes, each with its time and size,
// so an upgraded package is a miss), the header label and the text.
QByteArray cacheQuestion(const QString &dataDir, const char *lang, const QString &label, const QString &code)
{
    QByteArray q;
    QDataStream out(&q, QIODevice::WriteOnly);
    for (const QFileInfo &fi :
         {QFileInfo(dataDir + QLatin1Char('/') + QLatin1String(lang)), QFileInfo(dataDir)})
        out << fi.absoluteFilePath() << fi.lastModified().toMSecsSinceEpoch() << fi.size();
    out << label << code;
    return q;
}

QByteArray toBytes(const HighlightedCode &code)
{
    QByteArray b;
    QDataStream out(&b, QIODevice::WriteOnly);
    out << code.label << code.lines << code.indents;
    return b;
}

// False for anything but a whole entry with one indent per line.
bool fromBytes(const QByteArray &b, HighlightedCode *code)
{
    QDataStream in(b);
    in >> code->label >> code->lines >> code->indents;
    code->highlighted = true;
    return in.status() == QDataStream::Ok && in.atEnd() && code->lines.size() == code->indents.size();
}

} // namespace

void setHighlightDiskCache(bool on)
{
    g_diskCache = on;
}

void forgetHighlightedBlocks()
{
    cache().clearMemory();
}

QString highlightDataDir()
{
    try {
        return QString::fromStdString(srchilite::Settings::retrieveDataDir());
    } catch (...) {
        return QString::fromStdString(srchilite::Settings::getDefaultDataDir());
    }
}

QString highlightLanguageFile(const QString &info)
{
    const Language *l = findLanguage(info);
    return l ? QString::fromLatin1(l->lang) : QString();
}

HighlightedCode highlightCode(const QString &info, const QString &code)
{
    HighlightedCode result;
    const QStringList lines = splitLines(code);
    const Language *language = findLanguage(info);
    const QString word = info.trimmed().toLower();
    result.label = language ? QString::fromLatin1(language->label) : isPlainInfo(word) ? QString() : word;
    for (const QString &l : lines) {
        int spaces = 0;
        while (spaces < l.size() && l.at(spaces) == QLatin1Char(' '))
            ++spaces;
        result.indents.append(spaces == l.size() ? -1 : spaces);
    }
    auto plain = [&] {
        result.lines.clear();
        for (const QString &l : lines)
            result.lines.append(l.toHtmlEscaped());
        return result;
    };
    if (!language || code.size() > kMaxHighlightChars)
        return plain();

    // Once per process: Source-highlight reads its settings to find it, and this runs on several threads.
    static const QString dir = highlightDataDir();
    const bool disk = g_diskCache;
    const QByteArray key = cache().keyFor(cacheQuestion(dir, language->lang, result.label, code));
    if (HighlightedCode kept;
        fromBytes(cache().lookup(key, disk), &kept) && kept.lines.size() == lines.size())
        return kept;

    Engine &e = engine();
    const std::lock_guard<std::mutex> lock(e.mutex);
    const QString file = QString::fromLatin1(language->lang);
    if (e.failed.contains(file))
        return plain();
    try {
        const std::string dataDir = dir.toStdString();
        srchilite::SourceHighlighter highlighter(e.manager.getHighlightState(dataDir, language->lang));
        std::vector<Token> tokens;
        srchilite::FormatterManager formatters(srchilite::FormatterPtr(new TokenFormatter(&tokens, 0)));
        for (const char *element :
             {"keyword",     "type",     "usertype",  "classname",  "string", "regexp",
              "specialchar", "valquote", "comment",   "todo",       "number", "function",
              "predef_func", "preproc",  "variable",  "predef_var", "label",  "key",
              "keyquote",    "property", "attribute", "selector",   "value"}) {
            formatters.addFormatter(
                element, srchilite::FormatterPtr(new TokenFormatter(&tokens, tokenClass(element))));
        }
        highlighter.setFormatterManager(&formatters);
        highlighter.setOptimize(true); // adjacent pieces of one element come as one
        srchilite::FormatterParams params;
        highlighter.setFormatterParams(&params);
        for (const QString &line : lines) {
            tokens.clear();
            if (line.size() > kMaxHighlightLine) {
                result.lines.append(line.toHtmlEscaped());
                continue;
            }
            params.start = 0;
            try {
                highlighter.highlightParagraph(line.toStdString());
            } catch (const std::exception &ex) {
                // boost::regex gives up on a pathological line ("complexity exceeded"): that line stays
                // plain.
                qCDebug(lcHighlight) << "line not highlighted:" << ex.what();
                result.lines.append(line.toHtmlEscaped());
                continue;
            }
            result.lines.append(toHtml(tokens));
        }
        result.highlighted = true;
        cache().store(key, toBytes(result), disk);
        return result;
    } catch (const std::exception &ex) {
        qCWarning(lcHighlight) << "no highlighting for" << file << "from" << highlightDataDir() << ":"
                               << ex.what();
    } catch (...) {
        qCWarning(lcHighlight) << "no highlighting for" << file << "from" << highlightDataDir();
    }
    e.failed.insert(file);
    return plain();
}

} // namespace ae::markdown
