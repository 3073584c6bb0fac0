// SPDX-License-Identifier: MIT
// The .arch statements that build the model: node declarations, groups, edges and styles.
#include "diagram/parser_p.h"

#include "diagram/kinds.h"

#include <QCoreApplication>

namespace ae::diagram::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::Parser", text);
}

struct EdgeOp
{
    EdgeStyle style = EdgeStyle::Sync;
    bool bothWays = false;
    bool directed = true;
};

EdgeOp edgeOp(QStringView op)
{
    EdgeOp e;
    e.bothWays = op.startsWith(u'<');
    const QStringView core = e.bothWays ? op.mid(1) : op;
    if (core == u"~>")
        e.style = EdgeStyle::Async;
    else if (core == u"=>")
        e.style = EdgeStyle::Replication;
    else if (core == u"--") {
        e.style = EdgeStyle::Plain;
        e.directed = false;
    }
    return e;
}
} // namespace

// KIND ID ["LABEL"] [ATTRIBUTES]
void Parser::parseDeclaration()
{
    const QString kindWord = current().toString();
    const SourceLocation kindAt = here();
    std::optional<NodeKind> kind = kindFromName(kindWord);
    ++m_pos;
    // A misspelt keyword (`titel`, `gruop`, `dirction`) is reported as such and the statement skipped.
    if (!kind) {
        static const QStringList keywords{
            QStringLiteral("title"), QStringLiteral("direction"), QStringLiteral("group"),
            QStringLiteral("rank"),  QStringLiteral("order"),     QStringLiteral("style"),
            QStringLiteral("view"),  QStringLiteral("dynamic"),   QStringLiteral("class")};
        const QString guess = suggestion(kindWord, keywords + allKindWords());
        // Only when what follows fits that keyword: `orders "Orders"` is a missing kind, not a misspelt
        // `order`.
        const bool fits = guess == u"title" ? m_tokens[m_pos].type == TokenType::String : atWord();
        if (keywords.contains(guess) && fits) {
            error(kindAt, tr("unknown statement `%1`").arg(kindWord), tr("did you mean `%1`?").arg(guess));
            skipStatement();
            return;
        }
    }
    if (!kind && !atWord()) {
        const TokenType next = m_tokens[m_pos].type;
        if (next == TokenType::Error && !current().startsWith(u'"')) {
            reportTokenError(m_pos);
            skipStatement();
            return;
        }
        QString hint = tr("declare a node as `KIND ID`, or write an edge as `a -> b`");
        if (next == TokenType::String)
            hint = tr("a node needs a kind and an id: `service %1 \"LABEL\"`").arg(kindWord);
        else if (atPunct(u','))
            hint = tr("an edge has one source: write `%1 -> c` and `b -> c` on separate lines").arg(kindWord);
        else if (atPunct(u'{'))
            hint = tr("to open a group write `group %1 {`").arg(kindWord);
        else if (atPunct(u'['))
            hint = tr("to set colours write `style %1 [...]`; to declare it write `service %1 [...]`")
                       .arg(kindWord);
        error(kindAt, tr("`%1` is not a keyword or a kind").arg(kindWord), hint);
        skipStatement();
        return;
    }
    if (!kind) {
        const QString guess = suggestion(kindWord, allKindWords());
        error(kindAt, tr("unknown kind `%1`").arg(kindWord),
              guess.isEmpty() ? tr("known kinds: %1").arg(kindNames().join(QStringLiteral(", ")))
                              : tr("did you mean `%1`?").arg(guess));
        // Still declare the node (as a service) so its edges do not pile up more warnings.
    } else if (!atWord()) {
        if (m_tokens[m_pos].type == TokenType::String) {
            error(here(), tr("`%1` needs an id before its label").arg(kindWord),
                  tr("write `%1 ID \"LABEL\"`").arg(kindWord));
            skipStatement();
            return;
        }
    }
    Node node;
    node.kind = kind.value_or(NodeKind::Service);
    SourceLocation idAt;
    if (!takeId(&node.id, &idAt, tr("after the kind `%1`").arg(kindWord)))
        return;
    node.location = idAt;
    node.label = node.id;
    node.group = currentGroup();
    // `service a--b` is a broken id (nothing is declared, as for `service 3tier`); `service a -> b` an edge
    // written into a declaration (the node is still declared, so its edges draw).
    const OperatorMistake mistake = reportEdgeOperator(node.id);
    if (mistake == OperatorMistake::InId)
        return;
    if (mistake == OperatorMistake::None) {
        if (!takeLabel(&node.label))
            return;
        QVector<Attribute> attributes;
        if (atPunct(u'[')) {
            if (!parseAttributes(&attributes))
                return;
            applyNodeAttributes(node, attributes, false);
        }
        // Trailing junk is reported; the node is still declared.
        if (reportEdgeOperator(node.id) == OperatorMistake::None)
            expectStatementEnd(tr("the node `%1`").arg(node.id));
    }
    if (m_nodeIndex.contains(node.id) || m_groupIndex.contains(node.id)) {
        const bool isNode = m_nodeIndex.contains(node.id);
        const SourceLocation first = isNode ? m_diagram.nodes[m_nodeIndex[node.id]].location
                                            : m_diagram.groups[m_groupIndex[node.id]].location;
        warning(idAt, tr("duplicate id `%1`; this declaration is ignored").arg(node.id),
                tr("first declared at line %1; give each node its own id").arg(first.line));
        return;
    }
    m_nodeIndex.insert(node.id, int(m_diagram.nodes.size()));
    m_diagram.nodes.append(node);
}

// group ID ["LABEL"] [ATTRIBUTES] {
void Parser::parseGroup()
{
    ++m_pos;
    Group group;
    SourceLocation idAt;
    if (!takeId(&group.id, &idAt, tr("after `group`")))
        return;
    group.location = idAt;
    group.label = group.id;
    group.parent = currentGroup();
    if (reportEdgeOperator(group.id) != OperatorMistake::None)
        return;
    if (!takeLabel(&group.label))
        return;
    if (atPunct(u'[')) {
        QVector<Attribute> attributes;
        if (!parseAttributes(&attributes))
            return;
        applyGroupAttributes(group, attributes, false);
    }
    if (!atPunct(u'{')) {
        error(m_pos < m_tokens.size() ? here() : idAt, tr("expected `{` after the group `%1`").arg(group.id),
              tr("a group's `{` goes on the same line: `group %1 \"LABEL\" {`").arg(group.id));
        skipStatement();
        return;
    }
    const SourceLocation brace = here();
    ++m_pos;
    if (m_groupDepth >= kMaxGroupDepth) {
        // Reported once per overflowing branch; deeper groups inside it are ignored silently.
        if (m_overflowFrames == 0)
            error(brace, tr("groups are nested more than %1 deep").arg(kMaxGroupDepth),
                  tr("flatten the grouping; groups deeper than that are ignored"));
        openFrame({}, false, brace);
        m_frames.last().overflow = true;
        ++m_overflowFrames;
        return;
    }
    if (m_groupIndex.contains(group.id) || m_nodeIndex.contains(group.id)) {
        const bool isGroup = m_groupIndex.contains(group.id);
        const SourceLocation first = isGroup ? m_diagram.groups[m_groupIndex[group.id]].location
                                             : m_diagram.nodes[m_nodeIndex[group.id]].location;
        warning(idAt, tr("duplicate id `%1`").arg(group.id),
                isGroup
                    ? tr("first declared at line %1; what is inside joins that group").arg(first.line)
                    : tr("a node declared at line %1 has this id; this group is ignored").arg(first.line));
        openFrame(isGroup ? group.id : QString(), isGroup, brace);
        return;
    }
    m_groupIndex.insert(group.id, int(m_diagram.groups.size()));
    m_diagram.groups.append(group);
    openFrame(group.id, true, brace);
}

// ID OP ID [OP ID …] [, ID …] [: LABEL] [ATTRIBUTES]
void Parser::parseEdge()
{
    QString from = current().toString();
    SourceLocation fromAt = here();
    ++m_pos;
    QVector<PendingEdge> edges;
    QString lastFrom = from;
    SourceLocation lastFromAt = fromAt;
    EdgeOp lastOp;
    while (atOperator()) {
        const QString op = current().toString();
        const SourceLocation opAt = here();
        lastOp = edgeOp(op);
        ++m_pos;
        if (!atWord()) {
            if (m_pos < m_tokens.size() && m_tokens[m_pos].type == TokenType::Error)
                reportTokenError(m_pos);
            else
                error(opAt, tr("edge `%1` has no target").arg(op), tr("write `%1 %2 ID`").arg(lastFrom, op));
            skipStatement();
            return;
        }
        PendingEdge e;
        e.edge.from = lastFrom;
        e.edge.to = current().toString();
        e.edge.style = lastOp.style;
        e.edge.bothWays = lastOp.bothWays;
        e.edge.directed = lastOp.directed;
        e.fromLocation = lastFromAt;
        e.toLocation = here();
        e.edge.location = here();
        edges.append(e);
        lastFrom = e.edge.to;
        lastFromAt = here();
        ++m_pos;
    }
    // `a -> b, c`: the last hop fans out from the same source with the same operator.
    while (atPunct(u',')) {
        ++m_pos;
        QString id;
        SourceLocation at;
        if (!takeId(&id, &at, tr("after `,` in an edge")))
            return;
        PendingEdge e = edges.last();
        e.edge.to = id;
        e.toLocation = at;
        e.edge.location = at;
        edges.append(e);
        if (atOperator()) {
            error(here(), tr("a list of targets must end the edge"),
                  tr("split it: one statement per chain, e.g. `%1 -> x` on its own line").arg(id));
            skipStatement();
            return;
        }
    }
    QString label;
    if (atPunct(u':')) {
        const SourceLocation colon = here();
        ++m_pos;
        if (m_pos >= m_tokens.size() || atPunct(u'[') || atPunct(u'}')) {
            error(colon, tr("missing edge label after `:`"),
                  tr("write `a -> b : \"LABEL\"` or remove the `:`"));
            skipStatement();
            return;
        }
        if (!takeLabel(&label))
            return;
    }
    QVector<Attribute> attributes;
    if (atPunct(u'[') && !parseAttributes(&attributes))
        return;
    expectStatementEnd(tr("the edge")); // trailing junk is reported; the edges are still drawn
    // The attributes are checked once (a mistake is reported once, not once per hop or target) and the result
    // given to every edge of the statement.
    Edge styled;
    const bool restyled = applyEdgeAttributes(styled, attributes);
    for (PendingEdge &e : edges) {
        e.edge.label = label;
        e.edge.colors = styled.colors;
        e.edge.tags = styled.tags;
        e.edge.properties = styled.properties; // annotations and silences (parser_checks.cpp)
        e.edge.propertyPlaces = styled.propertyPlaces;
        e.edge.silenced = styled.silenced;
        if (restyled)
            e.edge.style = styled.style;
        m_edges.append(e);
    }
}

// style ID [ATTRIBUTES]  |  style ID OP ID [ATTRIBUTES]
void Parser::parseStyle()
{
    StyleRequest request;
    request.location = here();
    ++m_pos;
    SourceLocation at;
    if (!takeId(&request.from, &at, tr("after `style`")))
        return;
    request.location = at;
    if (atOperator()) {
        request.op = current().toString();
        ++m_pos;
        if (!takeId(&request.to, &at, tr("after `%1` in `style`").arg(request.op)))
            return;
    }
    if (!atPunct(u'[')) {
        error(m_pos < m_tokens.size() ? here() : request.location, tr("`style` needs attributes"),
              tr("write `style %1 [fill: \"#fde8e8\"]`").arg(request.from));
        skipStatement();
        return;
    }
    if (!parseAttributes(&request.attributes))
        return;
    if (!expectStatementEnd(tr("the style")))
        return;
    m_styles.append(request);
}

} // namespace ae::diagram::detail
