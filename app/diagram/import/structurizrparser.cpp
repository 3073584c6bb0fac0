// SPDX-License-Identifier: MIT
// Structurizr DSL statements -> the workspace's model: blocks, elements, identifiers (flat or hierarchical),
// relationships (explicit source or the enclosing element), deployment, directives. Views:
// structurizrviews.cpp.
#include "diagram/import/structurizr_p.h"
#include "diagram/import/structurizrimport.h"
#include "diagram/kinds.h"
#include "diagram/parser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace ae::diagram {

namespace structurizr {

QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::Structurizr", text);
}

QStringList splitTags(const QString &tags)
{
    QStringList out;
    for (const QString &t : tags.split(u',', Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            out.append(t.trimmed());
    return out;
}

namespace {

QString arg(const QVector<Token> &t, int i)
{
    return i < t.size() ? t[i].text : QString();
}

const QHash<QString, QString> &elementKeywords()
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("person"), QStringLiteral("person")},
        {QStringLiteral("softwaresystem"), QStringLiteral("softwareSystem")},
        {QStringLiteral("container"), QStringLiteral("container")},
        {QStringLiteral("component"), QStringLiteral("component")},
        {QStringLiteral("deploymentnode"), QStringLiteral("deploymentNode")},
        {QStringLiteral("infrastructurenode"), QStringLiteral("infrastructureNode")},
        {QStringLiteral("softwaresysteminstance"), QStringLiteral("softwareSystemInstance")},
        {QStringLiteral("containerinstance"), QStringLiteral("containerInstance")},
        {QStringLiteral("group"), QStringLiteral("group")},
        {QStringLiteral("enterprise"), QStringLiteral("group")},
        {QStringLiteral("deploymentenvironment"), QStringLiteral("environment")},
        {QStringLiteral("element"), QStringLiteral("element")}};
    return words;
}

QString defaultTag(const QString &type)
{
    static const QHash<QString, QString> tags = {
        {QStringLiteral("person"), QStringLiteral("Person")},
        {QStringLiteral("softwareSystem"), QStringLiteral("Software System")},
        {QStringLiteral("container"), QStringLiteral("Container")},
        {QStringLiteral("component"), QStringLiteral("Component")},
        {QStringLiteral("deploymentNode"), QStringLiteral("Deployment Node")},
        {QStringLiteral("infrastructureNode"), QStringLiteral("Infrastructure Node")},
        {QStringLiteral("softwareSystemInstance"), QStringLiteral("Software System Instance")},
        {QStringLiteral("containerInstance"), QStringLiteral("Container Instance")}};
    return tags.value(type);
}

} // namespace

void Parser::error(const Statement &st, const SourceLocation &at, const QString &message, const QString &hint)
{
    m_diag.add(Diagnostic::Severity::Error, st, at, message, hint);
}

void Parser::warnOnce(const QString &what, const Statement &st, const SourceLocation &at,
                      const QString &message, const QString &hint)
{
    if (m_warned.contains(what))
        return;
    m_warned.insert(what);
    m_diag.add(Diagnostic::Severity::Warning, st, at, message, hint);
}

void Parser::unexpected(const Statement &st, const Token &t, const QStringList &expected, bool opens)
{
    const QString near = suggestion(t.text, expected);
    error(st, t.pos, tr("`%1` is not read here").arg(t.text),
          near.isEmpty() ? tr("expected one of: %1").arg(expected.join(QStringLiteral(", ")))
                         : tr("did you mean `%1`?").arg(near));
    skipBlock(st, opens);
}

void Parser::push(Ctx ctx, const Statement &st, const QString &element)
{
    if (m_stack.size() > kMaxGroupDepth && ctx != Ctx::Skip) {
        error(st, st.pos, tr("blocks are nested more than %1 deep").arg(kMaxGroupDepth),
              tr("flatten the model"));
        ctx = Ctx::Skip;
    }
    Frame f;
    f.ctx = ctx;
    f.element = element;
    f.opened = st;
    if (!m_stack.isEmpty() && ctx != Ctx::View && ctx != Ctx::Dynamic) {
        f.view = m_stack.last().view;
        f.style = m_stack.last().style;
        f.relationshipStyle = m_stack.last().relationshipStyle;
    }
    m_stack.append(f);
}

void Parser::skipBlock(const Statement &st, bool opens)
{
    if (opens)
        push(Ctx::Skip, st);
}

QString Parser::enclosingElement() const
{
    for (auto it = m_stack.crbegin(); it != m_stack.crend(); ++it)
        if (it->ctx == Ctx::Element || it->ctx == Ctx::Group || it->ctx == Ctx::Environment)
            return it->element;
    return {};
}

QString Parser::structuralParent() const
{
    for (auto it = m_stack.crbegin(); it != m_stack.crend(); ++it)
        if (it->ctx == Ctx::Element || it->ctx == Ctx::Environment)
            return it->element;
    return {};
}

QString Parser::newId(const QString &assigned, const QString &name, const QString &parent)
{
    QString id = assigned;
    if (!id.isEmpty() && m_hierarchical && !parent.isEmpty())
        id = parent + u'.' + assigned;
    if (id.isEmpty()) {
        static const QRegularExpression notId(QStringLiteral("[^A-Za-z0-9_]+"));
        QString base = name;
        base.replace(notId, QStringLiteral("_"));
        if (base.isEmpty() || base[0].isDigit())
            base.prepend(u'e');
        id = base;
        for (int n = 2; m_usedIds.contains(id); ++n)
            id = base + u'_' + QString::number(n);
    }
    return id;
}

int Parser::addElement(Element e)
{
    m_usedIds.insert(e.id);
    m_lowerIds.insert(e.id.toLower(), e.id);
    m_ws.index.insert(e.id, int(m_ws.elements.size()));
    m_ws.elements.append(e);
    return int(m_ws.elements.size()) - 1;
}

Workspace Parser::run(const QVector<Statement> &statements)
{
    Statement root;
    push(Ctx::Root, root);
    for (const Statement &st : statements)
        statement(st);
    while (m_stack.size() > 1) {
        const Statement &open = m_stack.last().opened;
        error(open, open.pos, tr("this block is never closed"), tr("add the matching `}`"));
        m_stack.removeLast();
    }
    resolvePending();
    return m_ws;
}

void Parser::statement(Statement st)
{
    QVector<Token> t = st.tokens;
    // Constants: ${NAME} in every token.
    if (!m_constants.isEmpty())
        for (Token &k : t)
            for (auto c = m_constants.cbegin(); c != m_constants.cend(); ++c)
                k.text.replace(QStringLiteral("${") + c.key() + u'}', c.value());
    if (t.size() == 1 && t[0].text == u"}" && !t[0].quoted) {
        if (m_stack.size() <= 1)
            error(st, t[0].pos, tr("this `}` closes nothing"), tr("remove it"));
        else
            m_stack.removeLast();
        return;
    }
    const bool opens = t.size() > 0 && t.last().text == u"{" && !t.last().quoted;
    if (opens)
        t.removeLast();
    if (m_ws.elements.size() + m_ws.relationships.size() + m_pending.size() > kMaxStructurizrElements) {
        warnOnce(
            QStringLiteral("too many"), st, st.pos,
            tr("more than %1 elements and relationships: the rest is not read").arg(kMaxStructurizrElements));
        skipBlock(st, opens);
        return;
    }
    const Ctx ctx = m_stack.last().ctx;
    if (ctx == Ctx::Skip) {
        skipBlock(st, opens);
        return;
    }
    if (t.isEmpty()) { // a lone `{`: a parallel block in a dynamic view, else nothing to open
        if (ctx == Ctx::Dynamic || ctx == Ctx::Parallel) {
            if (ctx == Ctx::Parallel)
                m_markParallel = ++m_stack.last().sequences > 1;
            push(Ctx::Parallel, st);
        } else {
            error(st, st.pos, tr("a `{` on its own opens nothing here"),
                  tr("put it at the end of the line above"));
            skipBlock(st, true);
        }
        return;
    }
    const QString word = t[0].text.toLower();
    switch (ctx) {
    case Ctx::Root:
        if (word == u"workspace") {
            if (arg(t, 1).toLower() == u"extends")
                error(st, t[1].pos,
                      tr("`workspace extends` is not supported: the base workspace is not read"),
                      tr("copy the base workspace's model into this file"));
            else
                m_ws.name = arg(t, 1);
            push(Ctx::Workspace, st);
            if (!opens)
                error(st, t[0].pos, tr("`workspace` needs a `{`"), tr("as in `workspace \"Name\" {`"));
            return;
        }
        if (directive(st, t, opens))
            return;
        unexpected(st, t[0], {QStringLiteral("workspace")}, opens);
        return;
    case Ctx::Workspace:
        if (word == u"model") {
            push(Ctx::Model, st);
        } else if (word == u"views") {
            push(Ctx::Views, st);
        } else if (word == u"name") {
            m_ws.name = arg(t, 1);
        } else if (word == u"description") {
        } else if (word == u"properties" || word == u"configuration") {
            skipBlock(st, opens);
        } else if (!directive(st, t, opens)) {
            unexpected(st, t[0],
                       {QStringLiteral("model"), QStringLiteral("views"), QStringLiteral("name"),
                        QStringLiteral("description"), QStringLiteral("properties"),
                        QStringLiteral("configuration")},
                       opens);
        }
        return;
    case Ctx::Model:
    case Ctx::Element:
    case Ctx::Group:
    case Ctx::Environment:
        modelStatement(st, t, opens);
        return;
    case Ctx::Views:
    case Ctx::Styles:
    case Ctx::StyleRule:
        if (ctx == Ctx::Views)
            viewsStatement(st, t, opens);
        else
            stylesStatement(st, t, opens);
        return;
    case Ctx::View:
        viewBodyStatement(st, t, opens);
        return;
    case Ctx::Dynamic:
    case Ctx::Parallel:
        dynamicStatement(st, t, opens);
        return;
    case Ctx::Archetypes:
    case Ctx::Archetype:
        archetypeStatement(st, t, opens);
        return;
    case Ctx::Skip:
        return;
    }
}

void Parser::archetypeStatement(const Statement &st, const QVector<Token> &t, bool opens)
{
    if (m_stack.last().ctx == Ctx::Archetypes) {
        if (t.size() >= 3 && t[1].text == u"=") {
            Archetype a;
            const QString base = t[2].text.toLower();
            a = m_archetypes.value(base);
            a.type = m_archetypes.contains(base) ? a.type : base;
            m_archetype = t[0].text.toLower();
            m_archetypes.insert(m_archetype, a);
            if (opens)
                push(Ctx::Archetype, st);
            return;
        }
        unexpected(st, t[0], {QStringLiteral("name = container")}, opens);
        return;
    }
    Archetype &a = m_archetypes[m_archetype];
    const QString word = t[0].text.toLower();
    if (word == u"technology")
        a.technology = arg(t, 1);
    else if (word == u"description")
        a.description = arg(t, 1);
    else if (word == u"tag" || word == u"tags")
        for (int k = 1; k < t.size(); ++k)
            a.tags += splitTags(t[k].text);
    else
        skipBlock(st, opens);
}

bool Parser::directive(const Statement &st, const QVector<Token> &t, bool opens)
{
    const QString word = t[0].text.toLower();
    if (!word.startsWith(u'!'))
        return false;
    if (word == u"!identifiers") {
        m_hierarchical = arg(t, 1).toLower() == u"hierarchical";
    } else if (word == u"!impliedrelationships") {
        const QString v = arg(t, 1).toLower();
        m_ws.impliedRelationships = !(v == u"false" || v == u"none");
    } else if (word == u"!constant" || word == u"!const" || word == u"!var") {
        if (t.size() < 3)
            error(st, t[0].pos, tr("`%1` needs a name and a value").arg(t[0].text),
                  tr("as in `!const NAME \"value\"`"));
        else
            m_constants.insert(t[1].text, t[2].text);
    } else if (word == u"!docs" || word == u"!adrs") {
        warnOnce(word, st, t[0].pos, tr("`%1` is not read: documentation is not drawn").arg(t[0].text));
    } else if (word == u"!script" || word == u"!plugin") {
        warnOnce(word, st, t[0].pos, tr("`%1` is ignored: scripts and plugins are never run").arg(t[0].text),
                 tr("write the elements it would create in the DSL"));
        skipBlock(st, opens);
    } else if (word == u"!include") {
        // Expanded by the lexer; reaching here means it could not be.
    } else {
        error(st, t[0].pos, tr("`%1` is not supported").arg(t[0].text),
              tr("directives read here: !identifiers, !include, !impliedRelationships, !const, !element, "
                 "!extend; !docs, !adrs, !script and !plugin are ignored"));
        skipBlock(st, opens);
    }
    return true;
}

void Parser::modelStatement(const Statement &st, const QVector<Token> &t, bool opens)
{
    const QString word = t[0].text.toLower();
    if (relationshipStatement(st, t, opens) || elementStatement(st, t, opens) || bodyStatement(st, t, opens))
        return;
    if (word == u"!element" || word == u"!extend" || word == u"!ref") {
        const QString id = resolve(arg(t, 1), enclosingElement(), st, t.size() > 1 ? t[1].pos : t[0].pos);
        if (!id.isEmpty() && opens)
            push(Ctx::Element, st, id);
        else
            skipBlock(st, opens);
        return;
    }
    if (word == u"archetypes") {
        if (opens)
            push(Ctx::Archetypes, st);
        return;
    }
    if (word == u"deploymentgroup" ||
        (t.size() > 2 && t[1].text == u"=" && t[2].text.toLower() == u"deploymentgroup")) {
        warnOnce(word, st, t[0].pos,
                 tr("`%1` is not read")
                     .arg(word == u"archetypes" ? t[0].text : QStringLiteral("deploymentGroup")));
        skipBlock(st, opens);
        return;
    }
    if (directive(st, t, opens))
        return;
    const bool assignment = t.size() >= 3 && t[1].text == u"=" && !t[1].quoted; // `x = widget "Thing"`
    unexpected(st, t[assignment ? 2 : 0],
               {QStringLiteral("person"), QStringLiteral("softwareSystem"), QStringLiteral("container"),
                QStringLiteral("component"), QStringLiteral("group"), QStringLiteral("deploymentEnvironment"),
                QStringLiteral("deploymentNode"), QStringLiteral("infrastructureNode"),
                QStringLiteral("containerInstance"), QStringLiteral("softwareSystemInstance"),
                QStringLiteral("description"), QStringLiteral("technology"), QStringLiteral("tags"),
                QStringLiteral("url"), QStringLiteral("properties")},
               opens);
}

bool Parser::elementStatement(const Statement &st, const QVector<Token> &tokens, bool opens)
{
    QVector<Token> t = tokens;
    QString assigned;
    if (t.size() >= 3 && t[1].text == u"=" && !t[1].quoted) {
        assigned = t[0].text;
        t = t.mid(2);
    }
    const Archetype archetype = m_archetypes.value(t[0].text.toLower());
    const auto kw =
        elementKeywords().constFind(archetype.type.isEmpty() ? t[0].text.toLower() : archetype.type);
    if (kw == elementKeywords().constEnd() || t[0].quoted)
        return false;
    Element e;
    e.type = *kw;
    e.technology = archetype.technology;
    e.description = archetype.description;
    e.pos = t[0].pos;
    const QString parent = enclosingElement();
    e.parent = parent;
    const bool instance = e.type.endsWith(QLatin1String("Instance"));
    if (t.size() < 2) {
        error(st, t[0].pos, tr("`%1` needs a name").arg(t[0].text), tr("as in `%1 \"Name\"`").arg(t[0].text));
        skipBlock(st, opens);
        return true;
    }
    e.name = t[1].text;
    if (e.type == u"group" && t[0].text.toLower() == u"enterprise")
        e.tags.append(QStringLiteral("Enterprise"));
    auto set = [&](QString *field, int i) {
        if (!arg(t, i).isEmpty())
            *field = arg(t, i);
    };
    if (e.type == u"person" || e.type == u"softwareSystem") {
        set(&e.description, 2);
        e.tags += splitTags(arg(t, 3));
    } else if (e.type == u"container" || e.type == u"component" || e.type == u"deploymentNode" ||
               e.type == u"infrastructureNode" || e.type == u"element") {
        set(e.type == u"element" ? &e.technology : &e.description, 2);
        set(e.type == u"element" ? &e.description : &e.technology, 3);
        e.tags += splitTags(arg(t, 4));
    } else if (instance) {
        e.tags += splitTags(arg(t, 3));
    }
    e.tags += archetype.tags;
    if (!defaultTag(e.type).isEmpty())
        e.tags.prepend(defaultTag(e.type));
    if (e.type != u"group" && e.type != u"environment" && e.type != u"softwareSystemInstance" &&
        e.type != u"containerInstance")
        e.tags.prepend(QStringLiteral("Element"));
    for (auto it = m_stack.crbegin(); it != m_stack.crend(); ++it)
        if (it->ctx == Ctx::Environment) {
            e.environment = it->element;
            break;
        }
    e.id = newId(assigned, instance ? QString() : e.name, structuralParent());
    if (instance && assigned.isEmpty())
        e.id = newId(QString(), e.environment + u'_' + e.name, QString());
    if (!assigned.isEmpty() && m_ws.index.contains(e.id)) {
        error(st, tokens[0].pos, tr("identifier `%1` is already used").arg(e.id),
              tr("give each element its own identifier"));
        skipBlock(st, opens);
        return true;
    }
    const int index = addElement(e);
    if (instance) {
        Pending p;
        p.st = st;
        p.to = t[1].text;
        p.context = parent;
        p.instance = true;
        p.element = index;
        m_pending.append(p);
    }
    if (opens)
        push(e.type == u"group"         ? Ctx::Group
             : e.type == u"environment" ? Ctx::Environment
                                        : Ctx::Element,
             st, e.id);
    return true;
}

bool Parser::relationshipStatement(const Statement &st, const QVector<Token> &tokens, bool opens)
{
    QVector<Token> t = tokens;
    QString relationshipId;
    if (t.size() >= 3 && t[1].text == u"=" && !t[1].quoted) {
        relationshipId = t[0].text.toLower();
        t = t.mid(2);
    }
    Pending p;
    int rest = 0;
    if (!t.isEmpty() && t[0].text == u"->" && !t[0].quoted) {
        p.from = QStringLiteral("this");
        rest = 1;
    } else if (t.size() >= 2 && t[1].text == u"->" && !t[1].quoted) {
        p.from = t[0].text;
        rest = 2;
    } else if (t.size() >= 2 && (t[1].text == u"--" || t[1].text.startsWith(QLatin1String("-/")))) {
        error(st, t[1].pos, tr("`%1` relationships are not read").arg(t[1].text), tr("write `a -> b`"));
        skipBlock(st, opens);
        return true;
    } else {
        return false;
    }
    if (rest >= t.size()) {
        error(st, t[rest - 1].pos, tr("this relationship has no destination"), tr("as in `a -> b \"Uses\"`"));
        skipBlock(st, opens);
        return true;
    }
    p.st = st;
    p.to = t[rest].text;
    for (int i = rest + 1; i < t.size(); ++i)
        p.args.append(t[i].text);
    p.context = structuralParent();
    if (!relationshipId.isEmpty())
        m_relationshipIds.insert(relationshipId, {p.from == u"this" ? p.context : p.from, p.to});
    if (p.from == u"this" && p.context.isEmpty()) {
        error(st, t[0].pos, tr("a relationship without a source must be inside an element's block"),
              tr("write the source first: `a -> b`"));
        skipBlock(st, opens);
        return true;
    }
    m_pending.append(p);
    skipBlock(st, opens); // its block (tags, properties) is not needed
    return true;
}

bool Parser::bodyStatement(const Statement &st, const QVector<Token> &t, bool opens)
{
    const QString word = t[0].text.toLower();
    const QString id = m_stack.last().element;
    const int i = m_ws.index.value(id, -1);
    if (word == u"properties" || word == u"perspectives" || word == u"healthcheck") {
        skipBlock(st, opens);
        return true;
    }
    if (i < 0)
        return false;
    Element &e = m_ws.elements[i];
    if (word == u"description")
        e.description = arg(t, 1);
    else if (word == u"technology")
        e.technology = arg(t, 1);
    else if (word == u"tags" || word == u"tag")
        for (int k = 1; k < t.size(); ++k)
            e.tags += splitTags(t[k].text);
    else if (word == u"url")
        e.url = arg(t, 1);
    else if (word == u"instances")
        e.description += QString();
    else
        return false;
    return true;
}

} // namespace structurizr

ParseResult parseStructurizr(const QString &text, const QString &sourcePath)
{
    ParseResult result;
    const QString root = sourcePath.isEmpty() ? QString() : QFileInfo(sourcePath).absolutePath();
    const QVector<structurizr::Statement> statements =
        structurizr::lex(text, sourcePath.isEmpty() ? QString() : QFileInfo(sourcePath).absoluteFilePath(),
                         root, &result.diagnostics);
    const structurizr::Workspace ws = structurizr::Parser(&result.diagnostics).run(statements);
    result.diagram = structurizr::emitWorkspace(ws, &result.diagnostics);
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    return result;
}

} // namespace ae::diagram
