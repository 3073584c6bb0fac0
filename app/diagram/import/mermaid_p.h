// SPDX-License-Identifier: MIT
// Internals of the Mermaid flowchart parser, shared by its three source files (statements, links, styles).
#pragma once

#include "diagram/import/mermaidparser.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace ae::diagram::mermaid {

struct Link
{
    bool ok = false;
    EdgeStyle style = EdgeStyle::Sync;
    bool directed = true;
    bool bothWays = false;
    bool oddHead = false;                                    // x heads (a cross), drawn as arrows
    ArrowEnd head = ArrowEnd::Normal, tail = ArrowEnd::None; // `o` ends are circles
    bool invisible = false;                                  // ~~~
    QString label;
};

// A style list ("fill:#f96,stroke:#333,stroke-width:4px") as our colours + the properties we cannot honour.
struct StyleSpec
{
    StyleOverride colors;
    QStringList ignored;
};
StyleSpec parseStyleList(const QString &text);
void mergeStyle(StyleOverride *into, const StyleOverride &from);

// Label text: quotes and markdown strings removed, <br> as line breaks, other tags dropped, #quot; / #9829;
// and &amp; entities decoded, markdown emphasis markers dropped, each line trimmed.
QString labelText(const QString &raw);

class Parser
{
public:
    explicit Parser(const QString &text);
    ParseResult run();

    // Cursor (mermaidparser.cpp)
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(int ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar();
    }
    SourceLocation locationAt(qsizetype pos) const;
    void skipBlanks(); // spaces and tabs, not line ends
    bool atStatementEnd() const;
    void skipToStatementEnd();
    bool lookingAt(QStringView s) const { return QStringView(m_text).mid(m_pos).startsWith(s); }
    QString readWord();
    void warning(qsizetype pos, const QString &message, const QString &hint = {});
    void error(qsizetype pos, const QString &message, const QString &hint = {});

    // Links (mermaidlinks.cpp): at a link operator? reads it, its |label| or `-- text -->` form.
    bool atLink() const { return atLinkAt(m_pos); }
    bool atLinkAt(qsizetype pos) const;
    Link readLink();

    // Styles (mermaidstyles.cpp)
    void parseClassDef(qsizetype at);
    void parseClassStatement(qsizetype at);
    void parseStyleStatement(qsizetype at);
    void parseLinkStyle(qsizetype at);
    void applyStyles();

private:
    void parseHeader();
    void parseStatement();
    void parseChain(qsizetype at);
    QStringList parseNodeGroup();
    QString parseNodeRef();
    bool parseShape(qsizetype idPos, Node *node);
    void parseShapeObject(qsizetype at, Node *node);
    void parseSubgraph(qsizetype at);
    Node &touchNode(const QString &id, qsizetype at);
    void addEdge(const QString &from, const QString &to, const Link &link, qsizetype at);
    void resolve();
    void parseClick(qsizetype at);
    void tidyLabels();
    QString readUntil(QStringView closer, qsizetype openPos, bool *ok);

public:
    QString m_text;
    qsizetype m_pos = 0;
    QVector<qsizetype> m_lineStarts;
    ParseResult m_result;
    QHash<QString, int> m_nodeIndex;
    QStringList m_groupStack;
    QHash<QString, qsizetype> m_groupAt;
    QVector<QStringList> m_mentionStack; // ids mentioned inside each open subgraph
    QHash<QString, StyleSpec> m_classDefs;
    QHash<QString, QStringList> m_classesOf;               // node or subgraph id -> class names, in order
    QHash<QString, QPair<StyleSpec, qsizetype>> m_styleOf; // `style ID ...`
    QVector<QPair<QString, qsizetype>> m_linkStyles;       // raw "0,1 stroke:gold" statements, applied last
    QVector<qsizetype> m_edgeAt;
    int m_anonymousGroups = 0;
    bool m_warnedOddHead = false;
    bool m_tooBig = false;
};

} // namespace ae::diagram::mermaid
