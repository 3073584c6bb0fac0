// SPDX-License-Identifier: MIT
// The Mermaid flowchart parser: cursor, header, statements (chains, nodes and shapes, subgraphs) and the
// final resolution (links to subgraphs, group order). Links live in mermaidlinks.cpp, colours in
// mermaidstyles.cpp.
#include "diagram/import/mermaid_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace ae::diagram {

namespace mermaid {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::Mermaid", text);
}

bool isIdChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark() || c == u'.';
}

} // namespace

Parser::Parser(const QString &text) : m_text(text)
{
    if (m_text.startsWith(QChar(0xFEFF)))
        m_text.remove(0, 1);
    m_text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    m_text.replace(u'\r', u'\n');
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_text.size(); ++i)
        if (m_text[i] == u'\n')
            m_lineStarts.append(i + 1);
}

SourceLocation Parser::locationAt(qsizetype pos) const
{
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), pos);
    const int line = int(it - m_lineStarts.cbegin());
    return {line, int(pos - m_lineStarts[line - 1]) + 1};
}

void Parser::skipBlanks()
{
    while (!atEnd() && (peek() == u' ' || peek() == u'\t'))
        ++m_pos;
}

bool Parser::atStatementEnd() const
{
    return atEnd() || peek() == u'\n' || peek() == u';' || lookingAt(u"%%");
}

void Parser::skipToStatementEnd()
{
    while (!atEnd() && peek() != u'\n' && peek() != u';')
        ++m_pos;
}

QString Parser::readWord()
{
    const qsizetype start = m_pos;
    while (!atEnd()) {
        const QChar c = peek();
        if (isIdChar(c) || (c == u'-' && !atLinkAt(m_pos)))
            ++m_pos;
        else
            break;
    }
    return m_text.mid(start, m_pos - start);
}

void Parser::warning(qsizetype pos, const QString &message, const QString &hint)
{
    if (m_result.diagnostics.size() >= kMaxDiagnostics)
        return;
    const SourceLocation at = locationAt(pos);
    m_result.diagnostics.append({Diagnostic::Severity::Warning, at.line, at.column, message, hint});
}

void Parser::error(qsizetype pos, const QString &message, const QString &hint)
{
    if (m_result.diagnostics.size() >= kMaxDiagnostics)
        return;
    const SourceLocation at = locationAt(pos);
    m_result.diagnostics.append({Diagnostic::Severity::Error, at.line, at.column, message, hint});
}

ParseResult Parser::run()
{
    // Front matter: `---` ... `---`, of which only `title:` matters to us.
    while (!atEnd() && peek().isSpace())
        ++m_pos;
    if (lookingAt(u"---")) {
        const qsizetype close = m_text.indexOf(QStringLiteral("\n---"), m_pos + 3);
        if (close < 0) {
            error(m_pos, tr("front matter opened with `---` is never closed"));
            return m_result;
        }
        for (const QString &line : m_text.mid(m_pos + 3, close - m_pos - 3).split(u'\n')) {
            if (line.startsWith(QStringLiteral("title:")))
                m_result.diagram.title = labelText(line.mid(6).trimmed());
        }
        m_pos = close + 4;
        skipToStatementEnd();
    }
    for (;;) {
        while (!atEnd() && (peek().isSpace() || peek() == u';'))
            ++m_pos;
        if (!lookingAt(u"%%"))
            break;
        skipToStatementEnd();
    }
    parseHeader();
    if (hasErrors(m_result.diagnostics))
        return m_result;
    while (!atEnd() && !m_tooBig) {
        const qsizetype before = m_pos;
        if (peek().isSpace() || peek() == u';') {
            ++m_pos;
            continue;
        }
        if (lookingAt(u"%%")) {
            while (!atEnd() && peek() != u'\n')
                ++m_pos;
            continue;
        }
        parseStatement();
        if (m_pos == before) { // never stall: report and move on
            error(m_pos, tr("unexpected `%1`").arg(peek()));
            skipToStatementEnd();
            if (m_pos == before)
                ++m_pos;
        }
    }
    for (qsizetype i = m_groupStack.size() - 1; i >= 0; --i)
        error(m_groupAt.value(m_groupStack[i]), tr("subgraph `%1` is never closed").arg(m_groupStack[i]),
              tr("add `end` after its last line"));
    resolve();
    tidyLabels();
    std::stable_sort(m_result.diagnostics.begin(), m_result.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    return m_result;
}

void Parser::parseHeader()
{
    const qsizetype at = m_pos;
    const QString word = readWord();
    if (word != u"flowchart" && word != u"graph" && word != u"flowchart-elk") {
        error(at,
              word.isEmpty() ? tr("not a Mermaid flowchart")
                             : tr("`%1` is not a Mermaid flowchart").arg(word),
              tr("only flowcharts are supported: start with `flowchart LR` or `graph TD`"));
        return;
    }
    m_result.diagram.direction = Direction::Down; // Mermaid's default: top to bottom
    skipBlanks();
    if (atStatementEnd())
        return;
    const qsizetype dirAt = m_pos;
    QString dir;
    while (!atEnd() && !peek().isSpace() && peek() != u';')
        dir += m_text[m_pos++];
    if (dir == u"LR" || dir == u">")
        m_result.diagram.direction = Direction::Right;
    else if (dir == u"RL" || dir == u"<")
        m_result.diagram.direction = Direction::Left;
    else if (dir == u"BT" || dir == u"^")
        m_result.diagram.direction = Direction::Up;
    else if (dir == u"TB" || dir == u"TD" || dir == u"v")
        m_result.diagram.direction = Direction::Down;
    else
        error(dirAt, tr("unknown direction `%1`").arg(dir), tr("use TB, TD, BT, LR or RL"));
    if (!dir.isEmpty() && dir != u"LR" && dir != u">" && dir != u"RL" && dir != u"<" && dir != u"BT" &&
        dir != u"^")
        m_result.diagram.direction = Direction::Down;
}

void Parser::parseStatement()
{
    const qsizetype at = m_pos;
    const QString word = readWord();
    skipBlanks();
    if (word == u"subgraph")
        return parseSubgraph(at);
    if (word == u"end" && atStatementEnd()) {
        if (m_groupStack.isEmpty()) {
            error(at, tr("`end` without a `subgraph`"));
            return;
        }
        const QString group = m_groupStack.takeLast();
        const QStringList mentioned = m_mentionStack.takeLast();
        for (const QString &id : mentioned) {
            const int gi = m_result.diagram.indexOfGroup(id);
            if (gi >= 0) {
                // A subgraph named inside another one nests there (unless that would make a cycle).
                Group &g = m_result.diagram.groups[gi];
                QString p = group;
                bool cycle = false;
                for (int guard = 0; !p.isEmpty() && guard <= kMaxGroupDepth; ++guard) {
                    if (p == id) {
                        cycle = true;
                        break;
                    }
                    const int pi = m_result.diagram.indexOfGroup(p);
                    p = pi >= 0 ? m_result.diagram.groups[pi].parent : QString();
                }
                if (id != group && !cycle && g.parent.isEmpty())
                    g.parent = group;
                continue;
            }
            const int ni = m_nodeIndex.value(id, -1);
            if (ni >= 0 && m_result.diagram.nodes[ni].group.isEmpty())
                m_result.diagram.nodes[ni].group = group;
        }
        return;
    }
    if (word == u"direction" && !atStatementEnd() && !atLink()) {
        const qsizetype dirAt = m_pos;
        const QString dir = readWord();
        if (m_groupStack.isEmpty()) {
            if (dir == u"LR")
                m_result.diagram.direction = Direction::Right;
            else if (dir == u"RL")
                m_result.diagram.direction = Direction::Left;
            else if (dir == u"BT")
                m_result.diagram.direction = Direction::Up;
            else if (dir == u"TB" || dir == u"TD")
                m_result.diagram.direction = Direction::Down;
            else
                error(dirAt, tr("unknown direction `%1`").arg(dir), tr("use TB, TD, BT, LR or RL"));
        } else {
            warning(at, tr("a subgraph's own direction is not supported; it follows the whole diagram"));
        }
        skipToStatementEnd();
        return;
    }
    if (word == u"classDef" && !atStatementEnd())
        return parseClassDef(at);
    if (word == u"class" && !atStatementEnd() && !atLink())
        return parseClassStatement(at);
    if (word == u"style" && !atStatementEnd() && !atLink())
        return parseStyleStatement(at);
    if (word == u"linkStyle" && !atStatementEnd())
        return parseLinkStyle(at);
    if (word == u"click" && !atStatementEnd() && !atLink())
        return parseClick(at);
    if ((word == u"accTitle" || word == u"accDescr" || word == u"title") &&
        (peek() == u':' || peek() == u'{' || word == u"title")) {
        if (peek() == u'{') {
            const qsizetype close = m_text.indexOf(u'}', m_pos);
            m_pos = close < 0 ? m_text.size() : close + 1;
        } else {
            skipToStatementEnd();
        }
        return;
    }
    m_pos = at;
    parseChain(at);
}

Node &Parser::touchNode(const QString &id, qsizetype at)
{
    int index = m_nodeIndex.value(id, -1);
    if (index < 0) {
        Node node;
        node.id = id;
        node.label = id;
        node.kind = NodeKind::Generic;
        node.location = locationAt(at);
        index = m_result.diagram.nodes.size();
        m_result.diagram.nodes.append(node);
        m_nodeIndex.insert(id, index);
    }
    if (!m_mentionStack.isEmpty())
        m_mentionStack.last().append(id);
    return m_result.diagram.nodes[index];
}

void Parser::parseChain(qsizetype at)
{
    QStringList left = parseNodeGroup();
    if (left.isEmpty()) {
        error(at, tr("expected a node id, a link or a statement, found `%1`").arg(peek()));
        skipToStatementEnd();
        return;
    }
    for (;;) {
        skipBlanks();
        if (atStatementEnd())
            return;
        if (!atLink()) {
            error(m_pos, tr("unexpected `%1` after node `%2`").arg(peek()).arg(left.last()),
                  tr("a link looks like `-->`, `---`, `-.->` or `==>`"));
            skipToStatementEnd();
            return;
        }
        const qsizetype linkAt = m_pos;
        const Link link = readLink();
        if (!link.ok) {
            skipToStatementEnd();
            return;
        }
        while (!atEnd() && peek().isSpace()) // a link may continue on the next line
            ++m_pos;
        const qsizetype targetAt = m_pos;
        const QStringList right = parseNodeGroup();
        if (right.isEmpty()) {
            error(linkAt, tr("this link has no target node"));
            skipToStatementEnd();
            return;
        }
        if (link.oddHead && !m_warnedOddHead) {
            m_warnedOddHead = true;
            warning(linkAt, tr("cross arrow heads (`x`) are drawn as ordinary arrows"));
        }
        for (const QString &from : left)
            for (const QString &to : right)
                addEdge(from, to, link, targetAt);
        left = right;
    }
}

void Parser::addEdge(const QString &from, const QString &to, const Link &link, qsizetype at)
{
    if (m_result.diagram.nodes.size() + m_result.diagram.edges.size() >= kMaxMermaidElements) {
        if (!m_tooBig)
            error(at, tr("the diagram has more than %1 nodes and links; the rest is ignored")
                          .arg(kMaxMermaidElements));
        m_tooBig = true;
        m_pos = m_text.size();
        return;
    }
    Edge e;
    e.from = from;
    e.to = to;
    e.label = link.label;
    e.style = link.style;
    e.directed = link.directed;
    e.bothWays = link.bothWays;
    e.head = link.head;
    e.tail = link.tail;
    e.invisible = link.invisible;
    e.location = locationAt(at);
    m_result.diagram.edges.append(e);
    m_edgeAt.append(at);
}

void Parser::parseSubgraph(qsizetype at)
{
    if (m_groupStack.size() >= kMaxGroupDepth) {
        error(at, tr("subgraphs are nested more than %1 deep").arg(kMaxGroupDepth));
        skipToStatementEnd();
        m_groupStack.append(m_groupStack.last()); // keep `end`s balanced
        m_mentionStack.append(QStringList());
        return;
    }
    Group group;
    group.parent = m_groupStack.isEmpty() ? QString() : m_groupStack.last();
    group.location = locationAt(m_pos);
    const qsizetype idAt = m_pos;
    if (peek() == u'"' || atStatementEnd()) {
        bool ok = true;
        if (!atStatementEnd()) {
            ++m_pos;
            group.label = labelText(readUntil(u"\"", idAt, &ok));
        }
        group.id = QStringLiteral("subgraph%1").arg(++m_anonymousGroups);
    } else {
        group.id = readWord();
        skipBlanks();
        if (peek() == u'[') {
            const qsizetype open = m_pos++;
            bool ok = false;
            group.label = labelText(readUntil(u"]", open, &ok));
        } else if (!atStatementEnd()) {
            // `subgraph some title`: the whole text is both id and title.
            const qsizetype start = idAt;
            skipToStatementEnd();
            group.id = m_text.mid(start, m_pos - start).trimmed();
            group.label = labelText(group.id);
        }
        if (group.id.isEmpty())
            group.id = QStringLiteral("subgraph%1").arg(++m_anonymousGroups);
    }
    if (group.label.trimmed().isEmpty() && !group.label.isEmpty())
        group.label.clear();
    else if (group.label.isEmpty())
        group.label = group.id;
    if (m_result.diagram.indexOfGroup(group.id) >= 0) {
        warning(idAt, tr("subgraph `%1` is declared twice; its parts are merged").arg(group.id));
    } else {
        m_result.diagram.groups.append(group);
        m_groupAt.insert(group.id, idAt);
    }
    if (!m_mentionStack.isEmpty())
        m_mentionStack.last().append(group.id);
    m_groupStack.append(group.id);
    m_mentionStack.append(QStringList());
    skipBlanks();
    if (!atStatementEnd()) {
        warning(m_pos, tr("unexpected text after the subgraph title is ignored"));
        skipToStatementEnd();
    }
}

void Parser::resolve()
{
    Diagram &d = m_result.diagram;
    applyStyles(); // first: linkStyle counts links as written, before links to subgraphs are redirected
    // Nodes that are really subgraph ids (mentioned by links or to nest a subgraph) are not nodes.
    QSet<QString> groupIds;
    for (const Group &g : std::as_const(d.groups))
        groupIds.insert(g.id);
    QVector<Node> nodes;
    for (const Node &n : std::as_const(d.nodes))
        if (!groupIds.contains(n.id))
            nodes.append(n);
    d.nodes = nodes;
    for (Node &n : d.nodes)
        if (!n.group.isEmpty() && d.indexOfGroup(n.group) < 0)
            n.group.clear();

    // Links to a subgraph are drawn to its first node (ours connect nodes, not frames).
    auto firstNodeIn = [&](const QString &group) -> QString {
        QSet<QString> inside{group};
        for (int pass = 0; pass <= kMaxGroupDepth; ++pass) {
            bool grew = false;
            for (const Group &g : std::as_const(d.groups))
                if (inside.contains(g.parent) && !inside.contains(g.id)) {
                    inside.insert(g.id);
                    grew = true;
                }
            if (!grew)
                break;
        }
        for (const Node &n : std::as_const(d.nodes))
            if (inside.contains(n.group))
                return n.id;
        return {};
    };
    QVector<Edge> edges;
    QVector<qsizetype> edgeAt;
    for (int i = 0; i < d.edges.size(); ++i) {
        Edge e = d.edges[i];
        bool keep = true;
        for (QString *end : {&e.from, &e.to}) {
            if (!groupIds.contains(*end))
                continue;
            const QString first = firstNodeIn(*end);
            if (first.isEmpty()) {
                warning(m_edgeAt[i], tr("link to the empty subgraph `%1` is dropped").arg(*end));
                keep = false;
                break;
            }
            warning(m_edgeAt[i], tr("link to subgraph `%1` is drawn to its node `%2`").arg(*end, first),
                    tr("our diagrams connect nodes, not groups"));
            *end = first;
        }
        if (keep) {
            edges.append(e);
            edgeAt.append(m_edgeAt[i]);
        }
    }
    d.edges = edges;
    m_edgeAt = edgeAt;

    // Parents before children.
    QVector<Group> ordered;
    QSet<QString> placed{QString()};
    for (int pass = 0; pass <= kMaxGroupDepth + 1 && ordered.size() < d.groups.size(); ++pass)
        for (const Group &g : std::as_const(d.groups))
            if (!placed.contains(g.id) && placed.contains(g.parent)) {
                ordered.append(g);
                placed.insert(g.id);
            }
    d.groups = ordered;
}

} // namespace mermaid

ParseResult parseMermaid(const QString &text)
{
    if (isMermaidArchitecture(text))
        return parseMermaidArchitecture(text);
    return mermaid::Parser(text).run();
}

} // namespace ae::diagram
