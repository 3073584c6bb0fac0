// SPDX-License-Identifier: MIT
// The .arch parser, statement level: splits the text into lines, tokenizes each, and turns statements into
// nodes, groups and pending edges/styles/hints (an attribute list may carry a statement over to the next
// lines). Errors skip to the end of the statement so later errors still show.
#include "diagram/parser_p.h"

#include "diagram/kinds.h"

#include <QCoreApplication>

#include <algorithm>

namespace ae::diagram {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::Parser", text);
}
} // namespace

ParseResult parseArch(const QString &text)
{
    return detail::Parser(text).run();
}

namespace detail {

Parser::Parser(const QString &text) : m_text(text)
{
    if (m_text.startsWith(QChar(0xFEFF)))
        m_text.remove(0, 1);
}

ParseResult Parser::run()
{
    const QStringView all(m_text);
    int start = 0;
    for (int i = 0; i <= all.size(); ++i) {
        if (i < all.size() && all[i] != u'\n' && all[i] != u'\r')
            continue;
        m_lines.append(all.mid(start, i - start));
        if (i + 1 < all.size() && all[i] == u'\r' && all[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    // An attribute list may carry on over the next lines (nextListLine() moves m_lineIndex on).
    for (m_lineIndex = 0; m_lineIndex < m_lines.size(); ++m_lineIndex)
        parseLine();
    resolve();

    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    if (m_diagnostics.size() > kMaxDiagnostics) {
        const Diagnostic last = m_diagnostics[kMaxDiagnostics - 1];
        m_diagnostics.resize(kMaxDiagnostics - 1);
        m_diagnostics.append({Diagnostic::Severity::Error,
                              last.line,
                              last.column,
                              tr("too many problems; stopped reporting after %1").arg(kMaxDiagnostics),
                              {}});
    }
    return ParseResult{std::move(m_diagram), std::move(m_diagnostics)};
}

// Past the cap nothing more is recorded (the list is cut and marked in run()); this keeps hostile input such
// as a megabyte of `{` from spending its time building messages nobody will read.
void Parser::error(SourceLocation at, const QString &message, const QString &hint)
{
    if (m_diagnostics.size() > kMaxDiagnostics)
        return;
    m_diagnostics.append({Diagnostic::Severity::Error, at.line, at.column, message, hint});
}

void Parser::warning(SourceLocation at, const QString &message, const QString &hint)
{
    if (m_diagnostics.size() > kMaxDiagnostics)
        return;
    m_diagnostics.append({Diagnostic::Severity::Warning, at.line, at.column, message, hint});
}

namespace {
// Comments are dropped so that statements end at them like at the end of the line (a comment is always last).
QVector<Token> withoutComment(QVector<Token> tokens)
{
    if (!tokens.isEmpty() && tokens.last().type == TokenType::Comment)
        tokens.removeLast();
    return tokens;
}
} // namespace

void Parser::parseLine()
{
    loadLine(m_lineIndex, withoutComment(tokenizeLine(m_lines[m_lineIndex])));
    while (m_pos < m_tokens.size())
        parseStatement();
}

// Makes line `index` the current one, with its tokens; statements go on reading from its first token.
void Parser::loadLine(int index, QVector<Token> tokens)
{
    const QStringView line = m_lines[index];
    m_lineIndex = index;
    m_lineNo = index + 1;
    m_line = line;
    m_tokens = std::move(tokens);
    m_pos = 0;
    m_columns.clear();
    if (std::any_of(line.begin(), line.end(), [](QChar c) { return c.isLowSurrogate(); })) {
        m_columns.resize(line.size() + 1);
        int column = 1;
        for (int i = 0; i <= line.size(); ++i) {
            m_columns[i] = column;
            if (i < line.size() &&
                !(line[i].isHighSurrogate() && i + 1 < line.size() && line[i + 1].isLowSurrogate()))
                ++column;
        }
    }
}

// At the end of a line inside an open attribute list: moves to the next line that carries the list on, past
// blank and comment lines, and returns true; returns false (and stays put) when the next statement starts
// instead, so a forgotten `]` costs one error and the lines after it are read as usual.
bool Parser::nextListLine()
{
    for (int next = m_lineIndex + 1; next < m_lines.size(); ++next) {
        QVector<Token> tokens = tokenizeLine(m_lines[next], 1);
        const int continuation = attributeListContinuation(m_lines[next], tokens);
        if (continuation < 0)
            return false;
        if (continuation > 0) {
            loadLine(next, withoutComment(std::move(tokens)));
            return true;
        }
    }
    return false;
}

QStringView Parser::text(int index) const
{
    if (index < 0 || index >= m_tokens.size())
        return {};
    return m_line.mid(m_tokens[index].start, m_tokens[index].length);
}

SourceLocation Parser::location(int index) const
{
    return offsetLocation(index < m_tokens.size() ? m_tokens[index].start : int(m_line.size()));
}

SourceLocation Parser::offsetLocation(int offset) const
{
    return {m_lineNo, m_columns.isEmpty() ? offset + 1 : m_columns[offset]};
}

bool Parser::atStatementEnd() const
{
    return m_pos >= m_tokens.size() || atPunct(u'}') || atPunct(u'{');
}

bool Parser::atWord() const
{
    if (m_pos >= m_tokens.size())
        return false;
    const TokenType t = m_tokens[m_pos].type;
    return t == TokenType::Identifier || t == TokenType::Keyword || t == TokenType::Kind ||
           t == TokenType::Attribute;
}

bool Parser::atPunct(char16_t c) const
{
    return m_pos < m_tokens.size() && m_tokens[m_pos].type == TokenType::Punctuation && current()[0] == c;
}

bool Parser::atOperator() const
{
    return m_pos < m_tokens.size() && m_tokens[m_pos].type == TokenType::Operator;
}

QString Parser::currentGroup() const
{
    return m_frames.isEmpty() ? QString() : m_frames.last().group;
}

void Parser::openFrame(const QString &group, bool isGroup, SourceLocation brace)
{
    m_frames.append(Frame{isGroup ? group : currentGroup(), isGroup, false, brace});
    if (isGroup)
        ++m_groupDepth;
}

void Parser::closeFrame()
{
    if (m_frames.isEmpty() && !capped()) {
        error(here(), tr("`}` without a matching `{`"), tr("remove it, or open a group with `group ID {`"));
    } else if (!m_frames.isEmpty()) {
        if (m_frames.last().isGroup)
            --m_groupDepth;
        if (m_frames.last().overflow)
            --m_overflowFrames;
        m_frames.removeLast();
    }
    ++m_pos;
}

// Skips the rest of a broken statement: to the end of the line, a `}` (left for the caller), or just past a
// `{` (which opens a frame, so its `}` still matches and the group's contents are still read).
void Parser::skipStatement()
{
    while (m_pos < m_tokens.size() && !atPunct(u'}')) {
        if (atPunct(u'{')) {
            openFrame({}, false, here());
            ++m_pos;
            return;
        }
        ++m_pos;
    }
}

bool Parser::expectStatementEnd(const QString &what)
{
    if (m_pos >= m_tokens.size() || atPunct(u'}'))
        return true;
    reportTokenError(m_pos);
    if (atOperator())
        error(here(), tr("unexpected `%1` after %2").arg(current().toString(), what),
              tr("an edge is a statement of its own: `ID %1 ID` on a line (edges use %2)")
                  .arg(current().toString(), edgeOperatorList()));
    else if (m_tokens[m_pos].type != TokenType::Error)
        error(here(), tr("unexpected `%1` after %2").arg(current().toString(), what),
              tr("write one statement per line"));
    skipStatement();
    return false;
}

// An edge operator where a statement cannot take one. Glued between two words (`service a--b`, `rank a--b`)
// it is an id that tried to contain an operator; after the id of a declaration (`service a -> b`, declaredId
// set) it is an edge written into a declaration. Reports it, skips the statement and says which; None when
// there is no operator here (or one that is neither, left to the caller).
Parser::OperatorMistake Parser::reportEdgeOperator(const QString &declaredId)
{
    if (!atOperator())
        return OperatorMistake::None;
    const auto isWord = [this](int i) {
        if (i < 0 || i >= m_tokens.size())
            return false;
        const TokenType t = m_tokens[i].type;
        return t == TokenType::Identifier || t == TokenType::Keyword || t == TokenType::Kind ||
               t == TokenType::Attribute;
    };
    const Token &op = m_tokens[m_pos];
    const QString opText = current().toString();
    const bool glued = isWord(m_pos - 1) && isWord(m_pos + 1) &&
                       m_tokens[m_pos - 1].start + m_tokens[m_pos - 1].length == op.start &&
                       m_tokens[m_pos + 1].start == op.start + op.length;
    OperatorMistake mistake = OperatorMistake::InId;
    if (glued) {
        const QString before = text(m_pos - 1).toString();
        const QString after = text(m_pos + 1).toString();
        error(location(m_pos - 1), tr("an id cannot contain `%1`").arg(opText),
              tr("ids cannot contain the edge operators %2: name it `%3-%4` or `%3_%4`, or declare `%3` and "
                 "write the edge `%3 %1 %4` on a line of its own")
                  .arg(opText, edgeOperatorList(), before, after));
    } else if (!declaredId.isEmpty()) {
        const QString after = isWord(m_pos + 1) ? text(m_pos + 1).toString() : QStringLiteral("ID");
        error(here(), tr("a declaration cannot also draw an edge"),
              tr("declare `%1` on its own line, then write the edge `%1 %2 %3` on the next; edges use %4")
                  .arg(declaredId, opText, after, edgeOperatorList()));
        mistake = OperatorMistake::InDeclaration;
    } else {
        return OperatorMistake::None;
    }
    skipStatement();
    return mistake;
}

// Errors that come from the lexer: an unclosed string, a stray character, an id starting with a digit.
void Parser::reportTokenError(int index)
{
    if (index >= m_tokens.size() || m_tokens[index].type != TokenType::Error || capped())
        return;
    const QStringView t = text(index);
    const SourceLocation at = location(index);
    if (t.startsWith(u'"'))
        error(at, tr("unclosed string"), tr("add a closing `\"` on the same line"));
    else if (t[0].isDigit())
        error(at, tr("`%1` is not a valid id").arg(t.toString()), tr("ids start with a letter or `_`"));
    else if (t == u";")
        error(at, tr("unexpected `;`"), tr("statements end at the end of the line; no `;` needed"));
    else if (t == u"<-" || t == u"<")
        error(at, tr("unexpected `<`"), tr("write the edge the other way round: `b -> a`"));
    else if (!t[0].isPrint() && !t[0].isSurrogate())
        error(at, tr("unexpected control character U+%1").arg(int(t[0].unicode()), 4, 16, QLatin1Char('0')),
              tr("remove it; it may come from copying text out of another program"));
    else
        error(at, tr("unexpected character `%1`").arg(t.toString()),
              tr("ids use letters, digits, `_`, `-` and `.`; put other text in double quotes"));
}

void Parser::parseStatement()
{
    const TokenType type = m_tokens[m_pos].type;
    if (atPunct(u'}')) {
        closeFrame();
        return;
    }
    if (atPunct(u'{')) {
        if (!capped())
            error(here(), tr("unexpected `{`"),
                  currentView() >= 0 ? tr("a view holds no groups; close the view with `}` first")
                                     : tr("a `{` opens a group: `group ID \"LABEL\" {`"));
        openFrame({}, false, here());
        ++m_pos;
        return;
    }
    if (type == TokenType::Error) {
        reportTokenError(m_pos);
        skipStatement();
        return;
    }
    if (currentView() >= 0) {
        parseViewStatement();
        return;
    }
    if (atPunct(u'&')) {
        error(here(), tr("unexpected `&`"),
              tr("`&` starts a parallel step, inside a `dynamic` view: `& a -> b : LABEL`"));
        skipStatement();
        return;
    }
    if (type == TokenType::Keyword) {
        parseKeywordStatement();
        return;
    }
    if (!atWord()) {
        if (type == TokenType::Operator)
            error(here(), tr("edge `%1` has no source").arg(current().toString()),
                  tr("write `a %1 b`").arg(current().toString()));
        else if (type == TokenType::String)
            error(here(), tr("a statement cannot start with a string"),
                  tr("declare a node as `KIND ID \"LABEL\"`, e.g. `service orders \"Orders\"`"));
        else
            error(here(), tr("unexpected `%1`").arg(current().toString()),
                  tr("a statement starts with a keyword, a kind or an id"));
        skipStatement();
        return;
    }
    // A word: what follows decides between a declaration, an edge and a bare placement.
    const int next = m_pos + 1;
    const bool nextIsEnd =
        next >= m_tokens.size() || (m_tokens[next].type == TokenType::Punctuation && text(next)[0] == u'}');
    if (next < m_tokens.size() && m_tokens[next].type == TokenType::Operator) {
        parseEdge();
    } else if (nextIsEnd) {
        m_placements.append({current().toString(), currentGroup(), here()});
        ++m_pos;
    } else {
        parseDeclaration();
    }
}

void Parser::parseKeywordStatement()
{
    const QStringView word = current();
    if (word == u"title")
        parseTitle();
    else if (word == u"direction")
        parseDirection();
    else if (word == u"group")
        parseGroup();
    else if (word == u"rank")
        parseRankOrOrder(RankHint::Type::Same);
    else if (word == u"order")
        parseRankOrOrder(RankHint::Type::Order);
    else if (word == u"view")
        parseView(View::Type::Static);
    else if (word == u"dynamic")
        parseView(View::Type::Dynamic);
    else if (word == u"class")
        parseClass();
    else if (word == u"include" || word == u"exclude") {
        error(here(), tr("`%1` belongs inside a view").arg(word.toString()),
              tr("write it between the braces of `view ID \"TITLE\" { … }`"));
        skipStatement();
    } else if (word == u"path") {
        parsePath(); // parser_checks.cpp
    } else if (word == u"silence") {
        parseSilence();
    } else
        parseStyle();
}

bool Parser::takeId(QString *id, SourceLocation *loc, const QString &context)
{
    if (atWord()) {
        *id = current().toString();
        *loc = here();
        ++m_pos;
        return true;
    }
    if (m_pos < m_tokens.size() && m_tokens[m_pos].type == TokenType::Error)
        reportTokenError(m_pos);
    else if (m_pos < m_tokens.size())
        error(here(), tr("expected an id %1, found `%2`").arg(context, current().toString()),
              tr("ids use letters, digits, `_`, `-` and `.`, and start with a letter or `_`"));
    else
        error(here(), tr("expected an id %1").arg(context));
    skipStatement();
    return false;
}

// An optional label: a quoted string (or, after `:` in an edge, bare text). An unclosed string is reported
// and its text to the end of the line used. Returns false when the statement cannot go on.
bool Parser::takeLabel(QString *label)
{
    if (m_pos >= m_tokens.size())
        return true;
    const TokenType type = m_tokens[m_pos].type;
    if (type == TokenType::String || type == TokenType::Text ||
        (type == TokenType::Error && current().startsWith(u'"'))) {
        QVector<int> bad;
        *label = type == TokenType::Text ? current().toString() : unquote(current(), &bad);
        for (int offset : bad)
            warning(offsetLocation(m_tokens[m_pos].start + offset),
                    tr("unknown escape `%1`").arg(current().mid(offset, 2).toString()),
                    tr("use `\\n` for a line break, `\\\"` for a quote and `\\\\` for a backslash"));
        if (type == TokenType::Error)
            reportTokenError(m_pos); // the text up to the end of the line is still used
        ++m_pos;
    }
    return true;
}

void Parser::parseTitle()
{
    const SourceLocation at = here();
    ++m_pos;
    const bool quoted =
        m_pos < m_tokens.size() && (m_tokens[m_pos].type == TokenType::String ||
                                    (m_tokens[m_pos].type == TokenType::Error && current().startsWith(u'"')));
    if (!quoted) {
        error(m_pos < m_tokens.size() ? here() : at, tr("`title` needs a quoted text"),
              tr("write `title \"TEXT\"`"));
        skipStatement();
        return;
    }
    if (m_titleSet)
        warning(at, tr("the title is set twice; the last one is used"));
    m_titleSet = true;
    if (takeLabel(&m_diagram.title))
        expectStatementEnd(tr("the title"));
}

void Parser::parseDirection(Direction *into)
{
    const SourceLocation at = here();
    ++m_pos;
    static const QStringList names{QStringLiteral("right"), QStringLiteral("down"), QStringLiteral("left"),
                                   QStringLiteral("up")};
    if (!atWord()) {
        error(m_pos < m_tokens.size() ? here() : at, tr("`direction` needs one of right, down, left, up"),
              tr("write e.g. `direction down`"));
        skipStatement();
        return;
    }
    const int index = names.indexOf(current().toString());
    if (index < 0) {
        const QString guess = suggestion(current().toString(), names);
        error(here(), tr("unknown direction `%1`").arg(current().toString()),
              guess.isEmpty() ? tr("use right, down, left or up") : tr("did you mean `%1`?").arg(guess));
        skipStatement();
        return;
    }
    *(into ? into : &m_diagram.direction) = Direction(index);
    ++m_pos;
    expectStatementEnd(tr("the direction"));
}

void Parser::parseRankOrOrder(RankHint::Type type)
{
    const QString keyword = current().toString();
    PendingHint pending;
    pending.hint.type = type;
    pending.hint.location = here();
    ++m_pos;
    for (;;) {
        QString id;
        SourceLocation loc;
        if (!takeId(&id, &loc, tr("in `%1`").arg(keyword)))
            return;
        pending.hint.ids.append(id);
        pending.idLocations.append(loc);
        if (!atPunct(u','))
            break;
        ++m_pos;
    }
    if (reportEdgeOperator({}) != OperatorMistake::None ||
        !expectStatementEnd(tr("the `%1` list").arg(keyword)))
        return;
    if (pending.hint.ids.size() < 2)
        warning(pending.hint.location, tr("`%1` with a single id has no effect").arg(keyword),
                tr("list two or more ids: `%1 a, b`").arg(keyword));
    m_hints.append(pending);
}

} // namespace detail
} // namespace ae::diagram
