// SPDX-License-Identifier: MIT
// The node-kind vocabulary and "did you mean" suggestions.
#include "diagram/kinds.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ae::diagram;

class KindsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindNames_roundTripThroughKindFromName()
    {
        const QStringList names = kindNames();
        QCOMPARE(names.size(), int(NodeKind::Generic) + 1);
        for (const QString &name : names) {
            const std::optional<NodeKind> kind = kindFromName(name);
            QVERIFY2(kind.has_value(), qPrintable(name));
            QCOMPARE(kindName(*kind), name);
            QVERIFY(!kindDescription(*kind).isEmpty());
        }
    }

    void kindFromName_aliases_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<NodeKind>("kind");
        QTest::newRow("db") << QStringLiteral("db") << NodeKind::Database;
        QTest::newRow("sql") << QStringLiteral("sql") << NodeKind::Database;
        QTest::newRow("person") << QStringLiteral("person") << NodeKind::User;
        QTest::newRow("lb") << QStringLiteral("lb") << NodeKind::LoadBalancer;
        QTest::newRow("topic") << QStringLiteral("topic") << NodeKind::Stream;
        QTest::newRow("bucket") << QStringLiteral("bucket") << NodeKind::ObjectStorage;
        QTest::newRow("lake") << QStringLiteral("lake") << NodeKind::Warehouse;
        QTest::newRow("tsdb") << QStringLiteral("tsdb") << NodeKind::TimeSeries;
        QTest::newRow("saas") << QStringLiteral("saas") << NodeKind::External;
        QTest::newRow("documentstore") << QStringLiteral("documentstore") << NodeKind::DocumentStore;
    }

    void kindFromName_aliases()
    {
        QFETCH(QString, alias);
        QFETCH(NodeKind, kind);
        QCOMPARE(kindFromName(alias), std::optional<NodeKind>(kind));
        QVERIFY(kindAliases(kind).contains(alias));
    }

    void kindFromName_unknownOrWrongCase_isEmpty()
    {
        QVERIFY(!kindFromName(QStringLiteral("databse")));
        QVERIFY(!kindFromName(QStringLiteral("Database")));
        QVERIFY(!kindFromName(QString()));
    }

    void allKindWords_areUnique()
    {
        const QStringList words = allKindWords();
        QCOMPARE(QSet<QString>(words.cbegin(), words.cend()).size(), words.size());
    }

    void suggestion_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::newRow("transposition") << QStringLiteral("databse") << QStringLiteral("database");
        QTest::newRow("swap") << QStringLiteral("sevrice") << QStringLiteral("service");
        QTest::newRow("case") << QStringLiteral("Cache") << QStringLiteral("cache");
        QTest::newRow("missing letter") << QStringLiteral("queu") << QStringLiteral("queue");
        QTest::newRow("plural") << QStringLiteral("workers") << QStringLiteral("worker");
        QTest::newRow("far") << QStringLiteral("mainframe") << QString();
        QTest::newRow("short stays strict") << QStringLiteral("zz") << QString();
        QTest::newRow("huge word") << QString(1000, u'a') << QString();
    }

    void suggestion()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        QCOMPARE(ae::diagram::suggestion(word, allKindWords()), expected);
    }

    // The user guide's kinds table lists exactly the vocabulary the parser accepts, aliases included.
    void guideKindsTable_matchesVocabulary()
    {
        QFile guide(QStringLiteral(AE_SOURCE_DIR "/content/guide/diagram-language.md"));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        const QRegularExpression row(QStringLiteral("^\\| `([a-z]+)` \\|([^|]*)\\|[^|]*\\|[^|]*\\|$"));
        QStringList documented;
        for (const QString &line : QString::fromUtf8(guide.readAll()).split(u'\n')) {
            const QRegularExpressionMatch m = row.match(line.trimmed());
            if (!m.hasMatch())
                continue;
            const QString name = m.captured(1);
            documented.append(name);
            const std::optional<NodeKind> kind = kindFromName(name);
            QVERIFY2(kind && kindName(*kind) == name, qPrintable(name));
            QStringList aliases = m.captured(2).remove(u'`').trimmed().split(u',', Qt::SkipEmptyParts);
            for (QString &alias : aliases)
                alias = alias.trimmed();
            QCOMPARE(aliases, kindAliases(*kind));
        }
        QCOMPARE(documented, kindNames());
    }

    void editDistance_countsEditsAndSwaps()
    {
        QCOMPARE(editDistance(u"kitten", u"sitting"), 3);
        QCOMPARE(editDistance(u"ab", u"ba"), 1);
        QCOMPARE(editDistance(u"", u"abc"), 3);
        QCOMPARE(editDistance(u"same", u"same"), 0);
    }
};

QTEST_GUILESS_MAIN(KindsTest)
#include "kinds_test.moc"
