// SPDX-License-Identifier: MIT
// The parts of the .arch language the architecture checks read: annotations on nodes and edges (`latency`,
// `availability`, `capacity`), `silence` on nodes, edges and groups and as a file-level statement, and `path`
// statements (a named request path: a dynamic view whose steps the checks add up against a budget). Values
// are validated here, so a mistake in one is a located syntax error like any other.
#include "diagram/parser_p.h"

#include "diagram/checks/quantity.h"
#include "diagram/kinds.h"

#include <QCoreApplication>

namespace ae::diagram::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::Parser", text);
}

bool isAnnotationKey(const QString &key)
{
    return key == u"latency" || key == u"availability" || key == u"capacity";
}

// Rule ids are written like node ids: letters, digits and `-`.
bool isRuleId(const QString &id)
{
    if (id.isEmpty() || !id.at(0).isLetter())
        return false;
    for (QChar c : id)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            return false;
    return true;
}
} // namespace

QVector<Attribute> Parser::takeCheckAttributes(const QVector<Attribute> &attributes,
                                               QMap<QString, QString> *properties,
                                               QMap<QString, SourceLocation> *places, QStringList *silenced,
                                               bool annotations)
{
    QVector<Attribute> rest;
    for (const Attribute &a : attributes) {
        const bool annotation = annotations && isAnnotationKey(a.key);
        if (!annotation && a.key != u"silence") {
            rest.append(a);
            continue;
        }
        if (!a.valueOk)
            continue;
        if (a.key == u"silence") {
            for (const QString &part : a.value.split(u',', Qt::SkipEmptyParts)) {
                const QString id = part.trimmed();
                if (!isRuleId(id)) {
                    error(
                        a.valueLocation, tr("`%1` is not a rule id").arg(id),
                        tr("write `silence: RULE-ID, RULE-ID`; the ids are listed in the architecture-checks "
                           "guide"));
                    continue;
                }
                if (!silenced->contains(id))
                    silenced->append(id);
            }
            places->insert(a.key, a.valueLocation);
            continue;
        }
        QString problem;
        bool ok = false;
        if (a.key == u"latency") {
            checks::Latency latency;
            ok = checks::parseLatency(a.value, &latency, &problem);
        } else if (a.key == u"availability") {
            double fraction = 0;
            ok = checks::parseAvailability(a.value, &fraction, &problem);
        } else {
            double rate = 0;
            ok = checks::parseCapacity(a.value, &rate, &problem);
        }
        if (!ok) {
            error(a.valueLocation, tr("bad %1 `%2`").arg(a.key, a.value), problem);
            continue;
        }
        properties->insert(a.key, a.value);
        places->insert(a.key, a.valueLocation);
    }
    return rest;
}

// silence RULE-ID [, RULE-ID …]: the rules are off for the whole file.
void Parser::parseSilence()
{
    const SourceLocation at = here();
    ++m_pos;
    for (;;) {
        QString id;
        SourceLocation idAt;
        if (!takeId(&id, &idAt, tr("after `silence` (a rule id)")))
            return;
        if (!isRuleId(id)) {
            error(idAt, tr("`%1` is not a rule id").arg(id), tr("rule ids use letters, digits and `-`"));
        } else if (!m_diagram.silenced.contains(id)) {
            m_diagram.silenced.append(id);
            m_diagram.silencedPlaces.append(idAt);
        }
        if (!atPunct(u','))
            break;
        ++m_pos;
    }
    Q_UNUSED(at);
    expectStatementEnd(tr("the `silence` list"));
}

bool Parser::atPathStatementEnd() const
{
    return m_pos >= m_tokens.size() || atPunct(u'}') ||
           (m_tokens[m_pos].type == TokenType::Error && current() == u";");
}

void Parser::skipPathStep()
{
    while (!atPathStatementEnd())
        ++m_pos;
}

// [&] ID OP ID [OP ID …] [, ID …] [: LABEL]   with OP `->` (a call) or `~>` (a message). `&` and the targets
// after `,` run alongside the step before them.
void Parser::parsePathStep(View &view)
{
    bool parallel = false;
    if (atPunct(u'&')) { // as in a dynamic view
        parallel = true;
        ++m_pos;
    }
    if (!atWord()) {
        reportTokenError(m_pos);
        if (m_pos >= m_tokens.size() || m_tokens[m_pos].type != TokenType::Error)
            error(m_pos < m_tokens.size() ? here() : offsetLocation(int(m_line.size())),
                  tr("expected a step of the path"), tr("write `a -> b -> c`, one chain per line"));
        skipPathStep();
        return;
    }
    const int firstStep = int(view.steps.size());
    QString from = current().toString();
    ++m_pos;
    if (!atOperator()) {
        error(m_pos < m_tokens.size() ? here() : offsetLocation(int(m_line.size())),
              tr("expected `->` or `~>` after `%1` in the path").arg(from),
              tr("a step is `%1 -> NEXT` (a call) or `%1 ~> NEXT` (a message)").arg(from));
        skipPathStep();
        return;
    }
    while (atOperator()) {
        const QString op = current().toString();
        const SourceLocation opAt = here();
        ++m_pos;
        if (op != u"->" && op != u"~>") {
            error(opAt, tr("`%1` cannot be a step of a path").arg(op),
                  tr("a step is a call `->` or a message `~>`; replication is not a hop of a request"));
            view.steps.resize(firstStep);
            skipPathStep();
            return;
        }
        if (!atWord()) {
            error(opAt, tr("step `%1` has no target").arg(op), tr("write `%1 %2 ID`").arg(from, op));
            view.steps.resize(firstStep);
            skipPathStep();
            return;
        }
        ViewStep step;
        step.from = from;
        step.to = current().toString();
        step.async = op == u"~>";
        step.parallelWithPrevious = parallel && int(view.steps.size()) == firstStep;
        step.location = here();
        view.steps.append(step);
        from = step.to;
        ++m_pos;
    }
    // `a -> b, c`: a fan-out, every target alongside the first.
    while (atPunct(u',')) {
        ++m_pos;
        if (!atWord()) {
            error(m_pos < m_tokens.size() ? here() : offsetLocation(int(m_line.size())),
                  tr("expected an id after `,` in the path"), tr("write `a -> b, c` for a fan-out"));
            skipPathStep();
            return;
        }
        ViewStep step = view.steps.last();
        step.to = current().toString();
        step.location = here();
        step.parallelWithPrevious = true;
        view.steps.append(step);
        ++m_pos;
    }
    if (atPunct(u':')) {
        ++m_pos;
        QString label;
        takeLabel(&label);
        for (int i = firstStep; i < view.steps.size(); ++i)
            view.steps[i].label = label;
    }
    if (!atPathStatementEnd()) {
        reportTokenError(m_pos);
        if (m_tokens[m_pos].type != TokenType::Error)
            error(here(), tr("unexpected `%1` after a step of the path").arg(current().toString()),
                  tr("one chain per line, or separate chains with `;`"));
        skipPathStep();
    }
}

// path ID ["TITLE"] [budget: "…", user-facing: true, measure: "QUALIFIER"] { a -> b -> c … }
void Parser::parsePath()
{
    ++m_pos;
    View view;
    view.type = View::Type::Dynamic;
    SourceLocation idAt;
    if (!takeId(&view.id, &idAt, tr("after `path`")))
        return;
    view.location = idAt;
    takeLabel(&view.title);
    if (atPunct(u'[')) {
        QVector<Attribute> attributes;
        parseAttributes(&attributes);
        // `measure`: the qualifier of the metrics-table measures this path is measured as ("risk decision"
        // for `latency-p99 (risk decision)`); without it, the study's main request path (Compare).
        static const QStringList keys{QStringLiteral("budget"), QStringLiteral("user-facing"),
                                      QStringLiteral("measure")};
        checkKeys(attributes, keys, tr("paths"));
        for (const Attribute &a : std::as_const(attributes)) {
            if (!a.valueOk || !keys.contains(a.key))
                continue;
            if (a.key == u"budget") {
                QVector<checks::BudgetTerm> terms;
                QString problem;
                if (!checks::parseBudget(a.value, &terms, &problem)) {
                    error(a.valueLocation, tr("bad budget `%1`").arg(a.value), problem);
                    continue;
                }
            } else if (a.key == u"measure") {
                if (a.value.trimmed().isEmpty()) {
                    error(a.valueLocation, tr("`measure` names a measure's qualifier"),
                          tr("write `measure: \"risk decision\"` for rows measured as `latency-p99 (risk "
                             "decision)`, or leave it out for the main request path"));
                    continue;
                }
            } else if (a.value != u"true" && a.value != u"false") {
                error(a.valueLocation, tr("`user-facing` is true or false"), tr("write `user-facing: true`"));
                continue;
            }
            view.properties.insert(a.key, a.value);
            view.propertyPlaces.insert(a.key, a.valueLocation);
        }
    }
    if (!atPunct(u'{')) {
        error(m_pos < m_tokens.size() ? here() : idAt, tr("path `%1` needs its steps in `{ }`").arg(view.id),
              tr("write `path %1 { a -> b -> c }`, the `{` on this line").arg(view.id));
        skipStatement();
        return;
    }
    const SourceLocation brace = here();
    ++m_pos;
    bool closed = false;
    while (!closed) {
        if (m_pos >= m_tokens.size()) {
            if (m_lineIndex + 1 >= m_lines.size())
                break;
            QVector<Token> tokens = tokenizeLine(m_lines[m_lineIndex + 1]);
            if (!tokens.isEmpty() && tokens.last().type == TokenType::Comment)
                tokens.removeLast();
            // A line that starts a statement (a keyword, a declaration) means the `}` was forgotten: leave it
            // to the statement parser.
            const bool statement = !tokens.isEmpty() && (tokens[0].type == TokenType::Keyword ||
                                                         tokens[0].type == TokenType::Kind);
            if (statement)
                break;
            loadLine(m_lineIndex + 1, std::move(tokens));
            continue;
        }
        if (atPunct(u'}')) {
            ++m_pos;
            closed = true;
        } else if (m_tokens[m_pos].type == TokenType::Error && current() == u";") {
            ++m_pos;
        } else {
            parsePathStep(view);
        }
    }
    if (!closed)
        error(brace, tr("path `%1` is never closed").arg(view.id), tr("add a `}` after its last step"));
    for (const View &other : std::as_const(m_diagram.views)) {
        if (other.id == view.id) {
            error(idAt,
                  tr("a view or path named `%1` is already declared at line %2")
                      .arg(view.id)
                      .arg(other.location.line),
                  tr("give each path its own name"));
            return;
        }
    }
    if (view.steps.isEmpty())
        warning(idAt, tr("path `%1` has no steps").arg(view.id), tr("list its hops: `a -> b -> c`"));
    m_diagram.views.append(view);
}

} // namespace ae::diagram::detail
