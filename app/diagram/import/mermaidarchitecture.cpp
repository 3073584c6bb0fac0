// SPDX-License-Identifier: MIT
// Mermaid v11 `architecture-beta`: groups, services (icons -> kinds), junctions, edges with sides and arrows,
// and edges that leave or reach a service's group (`{group}`). Line by line, every statement located.
#include "diagram/import/mermaidparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ae::diagram {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::MermaidArchitecture", text);
}

// Mermaid's built-in architecture icons; others (iconify packs such as `logos:aws-s3`) draw as a service.
std::optional<NodeKind> iconKind(const QString &icon)
{
    if (icon == u"database")
        return NodeKind::Database;
    if (icon == u"disk")
        return NodeKind::ObjectStorage;
    if (icon == u"cloud" || icon == u"internet")
        return NodeKind::External;
    if (icon == u"server")
        return NodeKind::Service;
    return std::nullopt;
}

struct ArchitectureParser
{
    ParseResult result;
    QHash<QString, int> nodes;
    QSet<QString> groups;
    QSet<QString> warnedIcons;
    bool warnedSides = false;
    int lineNo = 0;

    void diagnostic(Diagnostic::Severity severity, int column, const QString &message,
                    const QString &hint = {})
    {
        if (result.diagnostics.size() < kMaxDiagnostics)
            result.diagnostics.append({severity, lineNo, column, message, hint});
    }

    QString label(const QString &title, const QString &id) const
    {
        const QString t = title.trimmed();
        return t.isEmpty() ? id : t;
    }

    bool placeIn(const QString &parent, int column, QString *into)
    {
        if (parent.isEmpty())
            return true;
        if (!groups.contains(parent)) {
            diagnostic(Diagnostic::Severity::Error, column, tr("unknown group `%1`").arg(parent),
                       tr("declare it first: `group %1(cloud)[Title]`").arg(parent));
            return false;
        }
        *into = parent;
        return true;
    }

    void group(const QRegularExpressionMatch &m, int indent)
    {
        const QString id = m.captured(1);
        if (groups.contains(id) || nodes.contains(id)) {
            diagnostic(Diagnostic::Severity::Error, indent + 1, tr("`%1` is declared twice").arg(id));
            return;
        }
        Group g;
        g.id = id;
        g.label = label(m.captured(3), id);
        g.location = {lineNo, int(m.capturedStart(1)) + indent + 1};
        if (!placeIn(m.captured(4), int(m.capturedStart(4)) + indent + 1, &g.parent))
            return;
        groups.insert(id);
        result.diagram.groups.append(g);
    }

    void service(const QRegularExpressionMatch &m, int indent, bool junction)
    {
        const QString id = m.captured(1);
        if (groups.contains(id) || nodes.contains(id)) {
            diagnostic(Diagnostic::Severity::Error, indent + 1, tr("`%1` is declared twice").arg(id));
            return;
        }
        Node n;
        n.id = id;
        n.location = {lineNo, int(m.capturedStart(1)) + indent + 1};
        if (junction) { // a small point where edges meet
            n.kind = NodeKind::Generic;
            n.shape = QStringLiteral("point");
        } else {
            const QString icon = m.captured(2).trimmed();
            n.label = label(m.captured(3), id);
            const std::optional<NodeKind> kind = iconKind(icon);
            n.kind = kind.value_or(NodeKind::Service);
            if (!kind && !icon.isEmpty() && !warnedIcons.contains(icon)) {
                warnedIcons.insert(icon);
                diagnostic(Diagnostic::Severity::Warning, int(m.capturedStart(2)) + indent + 1,
                           tr("icon `%1` is drawn as a service").arg(icon),
                           tr("built-in icons: cloud, database, disk, internet, server"));
            }
        }
        const int parent = junction ? 2 : 4;
        if (!placeIn(m.captured(parent), int(m.capturedStart(parent)) + indent + 1, &n.group))
            return;
        nodes.insert(id, result.diagram.nodes.size());
        result.diagram.nodes.append(n);
    }

    // One end of an edge: a service or junction, or (with `{group}`) the group that holds it.
    bool end(const QString &id, bool ofGroup, int column, QString *into, bool *isGroup)
    {
        const int index = nodes.value(id, -1);
        if (index < 0) {
            diagnostic(Diagnostic::Severity::Error, column, tr("unknown service or junction `%1`").arg(id),
                       tr("declare it before the edge: `service %1(server)[Title]`").arg(id));
            return false;
        }
        *into = id;
        *isGroup = false;
        if (ofGroup) {
            const QString g = result.diagram.nodes[index].group;
            if (g.isEmpty()) {
                diagnostic(Diagnostic::Severity::Warning, column,
                           tr("`%1{group}`: `%1` is in no group; the edge ends on it").arg(id));
                return true;
            }
            *into = g;
            *isGroup = true;
        }
        return true;
    }

    void edge(const QRegularExpressionMatch &m, int indent)
    {
        Edge e;
        e.location = {lineNo, int(m.capturedStart(1)) + indent + 1};
        if (!end(m.captured(1), !m.captured(2).isEmpty(), int(m.capturedStart(1)) + indent + 1, &e.from,
                 &e.fromGroup) ||
            !end(m.captured(8), !m.captured(9).isEmpty(), int(m.capturedStart(8)) + indent + 1, &e.to,
                 &e.toGroup))
            return;
        const bool towardsFrom = !m.captured(4).isEmpty(), towardsTo = !m.captured(6).isEmpty();
        e.label = m.captured(5).trimmed();
        e.head = towardsTo ? ArrowEnd::Normal : ArrowEnd::None;
        e.tail = towardsFrom ? ArrowEnd::Normal : ArrowEnd::None;
        e.directed = towardsFrom || towardsTo;
        e.bothWays = towardsFrom && towardsTo;
        if (!e.directed)
            e.style = EdgeStyle::Plain;
        if (!warnedSides) {
            warnedSides = true;
            diagnostic(Diagnostic::Severity::Warning, int(m.capturedStart(3)) + indent + 1,
                       tr("edge sides (L, R, T, B) are chosen by the layout"));
        }
        result.diagram.edges.append(e);
    }

    void run(const QString &text)
    {
        static const QRegularExpression groupRe(
            QStringLiteral("^group\\s+([\\w-]+)\\s*(?:\\(([^)]*)\\))?\\s*(?:\\[([^\\]]*)\\])?\\s*(?:in\\s+(["
                           "\\w-]+))?\\s*$"));
        static const QRegularExpression serviceRe(
            QStringLiteral("^service\\s+([\\w-]+)\\s*(?:\\(([^)]*)\\))?\\s*(?:\\[([^\\]]*)\\])?\\s*(?:in\\s+("
                           "[\\w-]+))?\\s*$"));
        static const QRegularExpression junctionRe(
            QStringLiteral("^junction\\s+([\\w-]+)\\s*(?:in\\s+([\\w-]+))?\\s*$"));
        static const QRegularExpression edgeRe(
            QStringLiteral("^([\\w-]+?)(\\{group\\})?\\s*:\\s*([LRTB])\\s*(<)?-(?:-|\\[([^\\]]*)\\]-)(>)?\\s*"
                           "([LRTB])\\s*:\\s*([\\w-]+?)(\\{group\\})?\\s*$"));
        const QStringList lines = text.split(u'\n');
        bool header = false, frontMatter = false;
        for (const QString &raw : lines) {
            ++lineNo;
            QString line = raw;
            if (line.endsWith(u'\r'))
                line.chop(1);
            const QString trimmed = line.trimmed();
            int indent = 0;
            while (indent < line.size() && line[indent].isSpace())
                ++indent;
            if (trimmed == u"---" && !header) {
                frontMatter = !frontMatter;
                continue;
            }
            if (frontMatter) {
                if (trimmed.startsWith(QStringLiteral("title:")))
                    result.diagram.title = trimmed.mid(6).trimmed();
                continue;
            }
            if (trimmed.isEmpty() || trimmed.startsWith(QStringLiteral("%%")))
                continue;
            if (!header) {
                if (trimmed != u"architecture-beta") {
                    diagnostic(Diagnostic::Severity::Error, indent + 1, tr("expected `architecture-beta`"));
                    return;
                }
                header = true;
                continue;
            }
            if (trimmed.startsWith(QStringLiteral("title ")) ||
                trimmed.startsWith(QStringLiteral("accTitle")) ||
                trimmed.startsWith(QStringLiteral("accDescr"))) {
                if (trimmed.startsWith(QStringLiteral("title ")))
                    result.diagram.title = trimmed.mid(6).trimmed();
                continue;
            }
            QRegularExpressionMatch m;
            if ((m = groupRe.match(trimmed)).hasMatch())
                group(m, indent);
            else if ((m = serviceRe.match(trimmed)).hasMatch())
                service(m, indent, false);
            else if ((m = junctionRe.match(trimmed)).hasMatch())
                service(m, indent, true);
            else if ((m = edgeRe.match(trimmed)).hasMatch())
                edge(m, indent);
            else
                diagnostic(Diagnostic::Severity::Error, indent + 1,
                           tr("unknown architecture statement `%1`").arg(trimmed.left(60)),
                           tr("write `group ID(icon)[Title]`, `service ID(icon)[Title] in GROUP`, "
                              "`junction ID` or an edge `a:R --> L:b`"));
            if (result.diagram.nodes.size() + result.diagram.edges.size() >= kMaxMermaidElements) {
                diagnostic(Diagnostic::Severity::Error, 1,
                           tr("the diagram has more than %1 services and edges; the rest is ignored")
                               .arg(kMaxMermaidElements));
                return;
            }
        }
    }
};

} // namespace

bool isMermaidArchitecture(const QString &text)
{
    static const QRegularExpression first(
        QStringLiteral("^(?:\\s*%%[^\\n]*\\n|\\s*\\n)*\\s*architecture-beta\\b"));
    static const QRegularExpression afterFrontMatter(QStringLiteral(
        "^\\s*---\\n[\\s\\S]*?\\n---[ \\t]*\\n(?:\\s*%%[^\\n]*\\n|\\s*\\n)*\\s*architecture-beta\\b"));
    return first.match(text).hasMatch() || afterFrontMatter.match(text).hasMatch();
}

ParseResult parseMermaidArchitecture(const QString &text)
{
    ArchitectureParser p;
    p.run(text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text);
    return p.result;
}

} // namespace ae::diagram
