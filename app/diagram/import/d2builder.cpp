// SPDX-License-Identifier: MIT
// D2 meaning: the syntax tree folded into objects and connections. Keys resolve relative to the map they
// are written in (`_` is the parent), keywords (shape, label, style.*, class...) set attributes, `vars` are
// substituted into values, `classes` apply beneath an element's own attributes.
#include "diagram/import/d2_p.h"
#include "diagram/import/d2import.h"
#include "diagram/import/d2parser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ae::diagram {

namespace d2 {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::D2", text);
}

bool isKeyword(const Str &s)
{
    static const QSet<QString> words = {QStringLiteral("label"),
                                        QStringLiteral("shape"),
                                        QStringLiteral("icon"),
                                        QStringLiteral("tooltip"),
                                        QStringLiteral("link"),
                                        QStringLiteral("near"),
                                        QStringLiteral("width"),
                                        QStringLiteral("height"),
                                        QStringLiteral("top"),
                                        QStringLiteral("left"),
                                        QStringLiteral("direction"),
                                        QStringLiteral("style"),
                                        QStringLiteral("class"),
                                        QStringLiteral("classes"),
                                        QStringLiteral("vars"),
                                        QStringLiteral("layers"),
                                        QStringLiteral("scenarios"),
                                        QStringLiteral("steps"),
                                        QStringLiteral("constraint"),
                                        QStringLiteral("grid-rows"),
                                        QStringLiteral("grid-columns"),
                                        QStringLiteral("grid-gap"),
                                        QStringLiteral("vertical-gap"),
                                        QStringLiteral("horizontal-gap"),
                                        QStringLiteral("source-arrowhead"),
                                        QStringLiteral("target-arrowhead"),
                                        QStringLiteral("filled")};
    return s.quote == Str::Quote::None && words.contains(s.text.toLower());
}

QString joinLower(const QVector<Str> &parts, int from)
{
    QStringList out;
    for (int i = from; i < parts.size(); ++i)
        out.append(parts[i].text.toLower());
    return out.join(u'.');
}

class Builder
{
public:
    explicit Builder(Diagnostics *diagnostics) : m_warn(diagnostics) {}

    Diagram build(const Map &root)
    {
        processMap(root, &m_root, 0);
        return emitDiagram(m_root, m_edges, m_warn);
    }

private:
    Obj m_root;
    std::vector<std::unique_ptr<EdgeRec>> m_edges;
    QHash<std::pair<Obj *, Obj *>, QVector<EdgeRec *>> m_between; // for `(a -> b)[i]`, in written order
    QHash<QString, QString> m_vars;
    QHash<QString, QVector<Entry>> m_classes;       // class name -> its attribute entries
    QHash<QString, std::shared_ptr<Map>> m_mapVars; // vars whose value is a map: `x: ${var}` spreads it
    Warner m_warn;
    int m_count = 0;
    bool m_full = false;

    void processMap(const Map &map, Obj *scope, int classDepth)
    {
        // vars and classes first, so that a use above the definition still finds it.
        auto definition = [](const Entry &e) {
            return e.ends.size() == 1 && !e.edgeRef && !e.spread && isKeyword(e.ends[0].parts[0]) &&
                   (e.ends[0].parts[0].text.toLower() == u"vars" ||
                    e.ends[0].parts[0].text.toLower() == u"classes");
        };
        for (const Entry &e : map.entries) {
            if (!definition(e))
                continue;
            const bool vars = e.ends[0].parts[0].text.toLower() == u"vars";
            if (e.ends[0].parts.size() == 1) {
                if (vars)
                    readVars(e, QString());
                else
                    readClasses(e);
                continue;
            }
            // `classes.red.style.stroke: red`, `vars.x: 1`: the same as one entry of the map
            Entry inner = e;
            inner.ends[0].parts.removeFirst();
            Entry wrapper;
            wrapper.map = std::make_shared<Map>();
            wrapper.map->entries.append(inner);
            if (vars)
                readVars(wrapper, QString());
            else
                readClasses(wrapper);
        }
        for (const Entry &e : map.entries)
            if (!definition(e))
                processEntry(e, scope, classDepth);
    }

    void readVars(const Entry &e, const QString &prefix)
    {
        if (!e.map)
            return;
        for (const Entry &v : e.map->entries) {
            if (v.ends.size() != 1 || v.edgeRef || v.spread)
                continue;
            QStringList parts;
            for (const Str &p : v.ends[0].parts)
                parts.append(p.text);
            const QString name = prefix + parts.join(u'.');
            if (prefix.isEmpty() && name == u"d2-config") {
                m_warn.once(QStringLiteral("d2-config"), v.pos,
                            tr("`d2-config` (theme, layout engine, sketch...) is not applied"));
                continue;
            }
            if (v.value.kind == Value::Kind::Scalar || v.value.kind == Value::Kind::Array)
                m_vars.insert(name, valueText(v.value));
            if (v.map) {
                m_mapVars.insert(name, v.map);
                Entry nested;
                nested.map = v.map;
                readVars(nested, name + u'.');
            }
        }
    }

    void readClasses(const Entry &e)
    {
        if (!e.map)
            return;
        for (const Entry &c : e.map->entries) {
            if (c.ends.size() != 1 || c.edgeRef || c.ends[0].parts.isEmpty())
                continue;
            QVector<Entry> &entries = m_classes[c.ends[0].parts[0].text];
            if (c.ends[0].parts.size() > 1) { // `name.shape: image`
                Entry rest = c;
                rest.ends[0].parts.removeFirst();
                entries.append(rest);
            } else if (c.map) {
                entries += c.map->entries;
            }
        }
    }

    // `${name}` replaced by the variable's value in unquoted and double-quoted strings.
    QString substitute(const Str &s)
    {
        if (s.quote == Str::Quote::Single || !s.text.contains(QLatin1String("${")))
            return s.text;
        static const QRegularExpression ref(QStringLiteral("\\$\\{([^}]*)\\}"));
        QString out;
        qsizetype last = 0;
        auto it = ref.globalMatch(s.text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += QStringView(s.text).mid(last, m.capturedStart() - last);
            const QString name = m.captured(1).trimmed();
            const auto v = m_vars.constFind(name);
            if (v != m_vars.constEnd()) {
                out += *v;
            } else {
                m_warn.error(s.pos, tr("unknown variable `%1`").arg(name),
                             tr("declare it in a `vars: { %1: ... }` map").arg(name));
                out += m.captured(0);
            }
            last = m.capturedEnd();
        }
        return out + QStringView(s.text).mid(last);
    }

    QString valueText(const Value &v)
    {
        if (v.kind == Value::Kind::Array) {
            QStringList items;
            for (Str s : v.items) {
                if (s.text.startsWith(QLatin1String("..."))) // `...${list}` spreads a list variable
                    s.text.remove(0, 3);
                items.append(substitute(s));
            }
            return items.join(u',');
        }
        return substitute(v.scalar);
    }

    bool unsupportedKey(const Entry &e)
    {
        if (e.spread || e.value.kind == Value::Kind::Import) {
            m_warn.once(QStringLiteral("import"), e.pos, tr("imports (`@file`) are not read"),
                        tr("paste the imported file's content here"));
            return e.spread;
        }
        for (const Path &p : e.ends)
            for (const Str &s : p.parts) {
                if (s.quote != Str::Quote::None)
                    continue;
                if (s.text.contains(u'*')) {
                    m_warn.once(QStringLiteral("glob"), s.pos, tr("globs (`*`) are not applied"),
                                tr("write the styles on each shape or use `classes`"));
                    return true;
                }
                if (s.text.startsWith(u'&') || s.text.startsWith(QLatin1String("!&"))) {
                    m_warn.once(QStringLiteral("filter"), s.pos, tr("glob filters (`&`) are not applied"));
                    return true;
                }
            }
        return false;
    }

    Obj *resolve(Obj *scope, const QVector<Str> &parts, int begin, int end)
    {
        Obj *o = scope;
        for (int i = begin; i < end; ++i) {
            const Str &p = parts[i];
            if (p.quote == Str::Quote::None && p.text == u"_") {
                if (!o->parent) {
                    m_warn.error(p.pos, tr("`_` refers to the container above, and there is none here"));
                    return nullptr;
                }
                o = o->parent;
                continue;
            }
            const QString key = p.text.toLower();
            Obj *kid = o->byKey.value(key);
            if (!kid) {
                if (o->depth + 1 > kMaxGroupDepth) {
                    m_warn.error(p.pos, tr("containers are nested more than %1 deep").arg(kMaxGroupDepth),
                                 tr("flatten the containers"));
                    return nullptr;
                }
                if (!countOne(p.pos))
                    return nullptr;
                auto made = std::make_unique<Obj>();
                made->name = p.text;
                made->parent = o;
                made->pos = p.pos;
                made->depth = o->depth + 1;
                kid = made.get();
                o->byKey.insert(key, kid);
                o->kids.push_back(std::move(made));
            }
            o = kid;
        }
        return o;
    }

    bool countOne(const SourceLocation &at)
    {
        if (m_full)
            return false;
        if (++m_count > kMaxD2Elements) {
            m_full = true;
            m_warn.error(at, tr("more than %1 shapes and connections").arg(kMaxD2Elements),
                         tr("split the diagram"));
            return false;
        }
        return true;
    }

    void processEntry(const Entry &e, Obj *scope, int classDepth)
    {
        if (unsupportedKey(e))
            return;
        if (e.edgeRef) {
            processEdgeRef(e, scope, classDepth);
            return;
        }
        if (e.ends.size() >= 2) {
            processChain(e, scope, classDepth);
            return;
        }
        const QVector<Str> &parts = e.ends[0].parts;
        int k = 0;
        while (k < parts.size() && !isKeyword(parts[k]))
            ++k;
        Obj *o = resolve(scope, parts, 0, k);
        if (!o)
            return;
        if (k < parts.size()) {
            applyToObject(o, parts, k, e, false, classDepth);
            return;
        }
        o->declared = true;
        if (e.value.kind == Value::Kind::Null) {
            o->deleted = true;
            return;
        }
        if (e.value.kind == Value::Kind::Scalar && !spreadMapVar(e.value.scalar, o, classDepth))
            setLabel(o, e.value.scalar, false);
        if (e.map)
            processMap(*e.map, o, classDepth);
    }

    // `x: ${var}` where the variable holds a map: its entries are written into x.
    bool spreadMapVar(const Str &s, Obj *o, int classDepth)
    {
        if (s.quote == Str::Quote::Single || !s.text.startsWith(QLatin1String("${")) ||
            !s.text.endsWith(u'}'))
            return false;
        const auto m = m_mapVars.constFind(s.text.mid(2, s.text.size() - 3).trimmed());
        if (m == m_mapVars.constEnd() || classDepth >= 4)
            return false;
        processMap(**m, o, classDepth + 1);
        return true;
    }

    void setLabel(Target *t, const Str &s, bool fromClass)
    {
        if (fromClass && t->labelSet && !t->labelFromClass)
            return;
        if (s.quote == Str::Quote::Block) {
            if (s.tag == u"md" || s.tag == u"markdown")
                m_warn.once(QStringLiteral("markdown"), s.pos, tr("Markdown labels are shown as plain text"));
            else if (s.tag == u"latex" || s.tag == u"tex")
                m_warn.once(QStringLiteral("latex"), s.pos, tr("LaTeX labels are shown as their source"));
            else if (!s.tag.isEmpty())
                m_warn.once(QStringLiteral("code"), s.pos, tr("code blocks are shown as plain text"));
        }
        t->label = s.quote == Str::Quote::Block && (s.tag == u"md" || s.tag == u"markdown")
                       ? markdownText(s.text)
                       : substitute(s);
        t->labelSet = true;
        t->labelFromClass = fromClass;
    }

    static QString markdownText(const QString &md)
    {
        static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}\\s+"));
        static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|`)"));
        QStringList lines = md.split(u'\n');
        for (QString &l : lines)
            l = l.remove(heading).remove(emphasis);
        return lines.join(u'\n');
    }

    void setAttr(Target *t, const QString &key, const Value &v, const SourceLocation &pos, bool fromClass)
    {
        auto it = t->attrs.find(key);
        if (fromClass && it != t->attrs.end() && !it->fromClass)
            return;
        t->attrs.insert(key, {valueText(v), v.pos.line > 0 ? v.pos : pos, fromClass});
    }

    // `parts[k]` is a keyword: the rest of the path, the value and the map set attributes of `t`.
    void applyKeyword(Target *t, Obj *asObj, const QVector<Str> &parts, int k, const Entry &e, bool fromClass,
                      int classDepth)
    {
        const QString kw = parts[k].text.toLower();
        const QString rest = joinLower(parts, k + 1);
        const SourceLocation pos = parts[k].pos;
        if (kw == u"layers" || kw == u"scenarios" || kw == u"steps") {
            m_warn.once(QStringLiteral("boards"), pos,
                        tr("`%1` boards are not drawn: only the root board is").arg(kw),
                        tr("render each board as a file of its own"));
            return;
        }
        if (kw == u"vars" || kw == u"classes") {
            if (kw == u"vars")
                readVars(e, QString());
            else
                readClasses(e);
            return;
        }
        if (kw == u"label" && rest.isEmpty()) {
            if (e.value.kind == Value::Kind::Scalar)
                setLabel(t, e.value.scalar, fromClass);
            if (e.map)
                for (const Entry &sub : e.map->entries)
                    if (sub.ends.size() == 1)
                        setAttr(t, QStringLiteral("label.") + joinLower(sub.ends[0].parts, 0), sub.value,
                                sub.pos, fromClass);
            return;
        }
        if (kw == u"class") {
            QStringList names;
            if (e.value.kind == Value::Kind::Array)
                for (const Str &s : e.value.items)
                    names.append(substitute(s));
            else if (e.value.kind == Value::Kind::Scalar)
                names.append(substitute(e.value.scalar));
            for (const QString &name : names)
                applyClass(t, asObj, name, e.value.pos, classDepth);
            return;
        }
        const QString key = rest.isEmpty() ? kw : kw + u'.' + rest;
        if (e.value.kind != Value::Kind::Absent)
            setAttr(t, key, e.value, pos, fromClass);
        if (e.map)
            for (const Entry &sub : e.map->entries) {
                if (sub.ends.size() != 1 || sub.edgeRef)
                    continue;
                const QString subKey = key + u'.' + joinLower(sub.ends[0].parts, 0);
                if (subKey.endsWith(QLatin1String(".label")) && sub.value.kind == Value::Kind::Scalar)
                    setAttr(t, subKey, sub.value, sub.pos, fromClass);
                else if (sub.value.kind != Value::Kind::Absent)
                    setAttr(t, subKey, sub.value, sub.pos, fromClass);
                else if (sub.map) // style: { font: { ... } } is deeper than any style we read
                    setAttr(t, subKey, sub.value, sub.pos, fromClass);
            }
    }

    void applyToObject(Obj *o, const QVector<Str> &parts, int k, const Entry &e, bool fromClass,
                       int classDepth)
    {
        if (!fromClass)
            o->declared = o->declared || o != &m_root;
        applyKeyword(o, o, parts, k, e, fromClass, classDepth);
    }

    void applyClass(Target *t, Obj *asObj, const QString &name, const SourceLocation &at, int classDepth)
    {
        if (!t->classes.contains(name))
            t->classes.append(name);
        const auto c = m_classes.constFind(name);
        if (c == m_classes.constEnd()) {
            m_warn.error(at, tr("unknown class `%1`").arg(name),
                         tr("define it in a `classes: { %1: { ... } }` map").arg(name));
            return;
        }
        if (classDepth >= 4)
            return; // a class naming classes naming classes: enough
        for (const Entry &ce : *c) {
            if (ce.ends.size() != 1 || ce.edgeRef || ce.ends[0].parts.isEmpty() ||
                !isKeyword(ce.ends[0].parts[0]))
                continue;
            applyKeyword(t, asObj, ce.ends[0].parts, 0, ce, true, classDepth + 1);
        }
    }

    void processChain(const Entry &e, Obj *scope, int classDepth)
    {
        QVector<Obj *> ends;
        for (const Path &p : e.ends) {
            int k = 0;
            while (k < p.parts.size() && !isKeyword(p.parts[k]))
                ++k;
            if (k < p.parts.size()) {
                m_warn.error(p.parts[k].pos,
                             tr("`%1` is a keyword, not a shape a connection can reach").arg(p.parts[k].text),
                             tr("quote it to use it as a name: \"%1\"").arg(p.parts[k].text));
                return;
            }
            Obj *o = resolve(scope, p.parts, 0, p.parts.size());
            if (!o || o == scope)
                return;
            ends.append(o);
        }
        for (int i = 0; i + 1 < ends.size(); ++i) {
            if (!countOne(e.ends[i + 1].pos))
                return;
            auto r = std::make_unique<EdgeRec>();
            r->from = ends[i];
            r->to = ends[i + 1];
            r->arrow = e.arrows[i];
            r->pos = e.ends[i + 1].pos;
            applyEdgeValue(r.get(), e, classDepth);
            m_between[{r->from, r->to}].append(r.get());
            m_edges.push_back(std::move(r));
        }
    }

    void applyEdgeValue(EdgeRec *r, const Entry &e, int classDepth)
    {
        if (e.value.kind == Value::Kind::Null)
            r->deleted = true;
        else if (e.value.kind == Value::Kind::Scalar)
            setLabel(r, e.value.scalar, false);
        if (!e.map)
            return;
        for (const Entry &sub : e.map->entries) {
            if (sub.ends.size() == 1 && !sub.edgeRef && !sub.ends[0].parts.isEmpty() &&
                isKeyword(sub.ends[0].parts[0]))
                applyKeyword(r, nullptr, sub.ends[0].parts, 0, sub, false, classDepth);
            else
                m_warn.once(
                    QStringLiteral("edge-map"), sub.pos,
                    tr("only attributes (label, style, arrowheads, class) are read in a connection's map"));
        }
    }

    void processEdgeRef(const Entry &e, Obj *scope, int classDepth)
    {
        QVector<Obj *> ends;
        for (const Path &p : e.ends) {
            Obj *o = scope;
            for (const Str &s : p.parts) {
                o = s.quote == Str::Quote::None && s.text == u"_" ? o->parent
                                                                  : o->byKey.value(s.text.toLower());
                if (!o)
                    break;
            }
            ends.append(o);
        }
        int seen = 0;
        bool any = false;
        const QVector<EdgeRec *> between =
            ends.size() < 2 ? QVector<EdgeRec *>() : m_between.value({ends[0], ends[1]});
        for (EdgeRec *r : between) {
            if (e.edgeIndex >= 0 && seen++ != e.edgeIndex)
                continue;
            any = true;
            if (!e.afterEdge.parts.isEmpty()) {
                if (isKeyword(e.afterEdge.parts[0]))
                    applyKeyword(r, nullptr, e.afterEdge.parts, 0, e, false, classDepth);
            } else {
                applyEdgeValue(r, e, classDepth);
            }
        }
        if (!any)
            m_warn.error(
                e.pos, tr("there is no such connection to refer to"),
                tr("indexes count the connections between the two shapes from 0, in the order written"));
    }
};

} // namespace

void Warner::once(const QString &construct, const SourceLocation &at, const QString &message,
                  const QString &hint)
{
    if (m_warned.contains(construct) || m_diagnostics->size() >= kMaxDiagnostics)
        return;
    m_warned.insert(construct);
    m_diagnostics->append({Diagnostic::Severity::Warning, at.line, at.column, message, hint});
}

void Warner::error(const SourceLocation &at, const QString &message, const QString &hint)
{
    if (m_diagnostics->size() < kMaxDiagnostics)
        m_diagnostics->append({Diagnostic::Severity::Error, at.line, at.column, message, hint});
}

} // namespace d2

ParseResult parseD2(const QString &text)
{
    ParseResult result;
    const std::shared_ptr<d2::Map> root = d2::parseSyntax(text, &result.diagnostics);
    result.diagram = d2::Builder(&result.diagnostics).build(*root);
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    return result;
}

} // namespace ae::diagram
