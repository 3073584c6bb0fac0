// SPDX-License-Identifier: MIT
// The linter finds each kind of mistake a contributor makes, at the right place, and nothing in a good study.
#include "cli/linter.h"

#include "content/library.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using ae::Diagnostic;

class LinterTest : public QObject
{
    Q_OBJECT

    QVector<ae::cli::LintFinding> m_findings;

    QStringList findingsFor(const QString &path) const
    {
        QStringList out;
        for (const ae::cli::LintFinding &f : m_findings)
            if (f.path == path)
                out << ae::formatDiagnostic(f.path, f.diagnostic);
        return out;
    }

    bool contains(const QString &path, Diagnostic::Severity severity, int line, const QString &fragment) const
    {
        for (const ae::cli::LintFinding &f : m_findings)
            if (f.path == path && f.diagnostic.severity == severity && f.diagnostic.line == line &&
                f.diagnostic.message.contains(fragment))
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ae::content::Library library;
        QString error;
        QVERIFY2(library.load(QStringLiteral(AE_TEST_DATA "/lint/bad"), &error), qPrintable(error));
        m_findings = ae::cli::lintLibrary(library);
    }

    void goodStudy_hasNoFindings()
    {
        QVERIFY2(findingsFor(QStringLiteral("case-studies/good.md")).isEmpty(),
                 qPrintable(findingsFor(QStringLiteral("case-studies/good.md")).join(u'\n')));
    }

    void missingFrontMatterKey_isError()
    {
        QVERIFY(contains(QStringLiteral("case-studies/broken.md"), Diagnostic::Severity::Error, 1,
                         QStringLiteral("`scale`")));
    }

    void missingSections_areErrors()
    {
        QVERIFY(contains(QStringLiteral("case-studies/broken.md"), Diagnostic::Severity::Error, 1,
                         QStringLiteral("## Database Technology Choices")));
        QVERIFY(contains(QStringLiteral("case-studies/broken.md"), Diagnostic::Severity::Error, 1,
                         QStringLiteral("## Implementation Details")));
    }

    void sectionOutOfOrder_isErrorAtItsHeading()
    {
        QVERIFY(contains(QStringLiteral("case-studies/broken.md"), Diagnostic::Severity::Error, 21,
                         QStringLiteral("`Business Context` is out of order")));
    }

    void diagramError_isReportedAtItsLineInTheMarkdownFile()
    {
        // `databse` is on line 17 of the file (line 2 of the block).
        bool found = false;
        for (const ae::cli::LintFinding &f : m_findings)
            if (f.path == QLatin1String("case-studies/broken.md") && f.diagnostic.isError() &&
                f.diagnostic.line == 17 && f.diagnostic.column == 1 &&
                f.diagnostic.message.contains(QStringLiteral("databse")))
                found = true;
        QVERIFY2(found, qPrintable(findingsFor(QStringLiteral("case-studies/broken.md")).join(u'\n')));
    }

    // ```arch view=NAME shows a view of the model above it: an unknown view is an error at its fence, naming
    // the views there are; a known one is fine.
    void viewOnlyBlock_unknownViewIsErrorAtItsFence()
    {
        const QString path = QStringLiteral("notes/views.md");
        QVERIFY2(contains(path, Diagnostic::Severity::Error, 13, QStringLiteral("no view named `dta`")),
                 qPrintable(findingsFor(path).join(u'\n')));
        QCOMPARE(findingsFor(path).size(), 1);
        QVERIFY(findingsFor(path).constFirst().contains(QStringLiteral("its views: data")));
    }

    void badMetricCell_isWarningAtTheCell()
    {
        QVERIFY(
            contains(QStringLiteral("case-studies/broken.md"), Diagnostic::Severity::Warning, 30, QString()));
    }

    void brokenAnchors_areErrors()
    {
        QVERIFY(contains(QStringLiteral("case-studies/broken.md"), Diagnostic::Severity::Error, 10,
                         QStringLiteral("#trade-offs")));
        QVERIFY(contains(QStringLiteral("case-studies/broken.md"), Diagnostic::Severity::Error, 10,
                         QStringLiteral("#no-such-heading")));
    }

    void documentOutsideLibrary_isOnlyANote()
    {
        QVERIFY(contains(QStringLiteral("case-studies/broken.md"), Diagnostic::Severity::Note, 11,
                         QStringLiteral("not part of this library")));
    }

    // The real READMEs leave two of the primer's figures out on purpose (tests/data/markdown/real/README.md).
    void missingLocalImages_areErrorsAtTheirTag()
    {
        ae::content::Library library;
        QString error;
        QVERIFY2(library.load(QStringLiteral(AE_TEST_DATA "/markdown/real"), &error), qPrintable(error));
        QStringList images;
        for (const ae::cli::LintFinding &f : ae::cli::lintLibrary(library))
            if (f.diagnostic.message.startsWith(QLatin1String("image")))
                images << ae::formatDiagnostic(f.path, f.diagnostic);
        QCOMPARE(images.size(), 2);
        QVERIFY2(images.at(0).startsWith(QLatin1String("system-design-primer/README.md:49:3: error: image "
                                                       "`images/zdCAkB3.png` not found")),
                 qPrintable(images.join(u'\n')));
        QVERIFY(images.at(1).startsWith(QLatin1String("system-design-primer/README.md:66:3: error:")));
    }

    // Images the reader can never show are warnings; remote ones and ones that exist are fine.
    void imagesOutsideTheLibrary_areWarnings()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs")));
        QFile logo(dir.filePath(QStringLiteral("logo.png")));
        QVERIFY(logo.open(QIODevice::WriteOnly) && logo.write("png") == 3);
        logo.close();
        QFile md(dir.filePath(QStringLiteral("docs/a.md")));
        QVERIFY(md.open(QIODevice::WriteOnly));
        md.write(
            "# A\n\n![ok](/logo.png) ![ok](../logo.png) ![remote](https://example.com/x.png)\n\n"
            "![up](../../secret.png)\n\n<img src=\"file:///etc/passwd\" alt=\"pw\">\n\n![gone](/nope.png)\n");
        md.close();
        ae::content::Library library;
        QString error;
        QVERIFY2(library.load(dir.path(), &error), qPrintable(error));
        QStringList images;
        for (const ae::cli::LintFinding &f : ae::cli::lintLibrary(library))
            if (f.diagnostic.message.startsWith(QLatin1String("image")))
                images << ae::formatDiagnostic(f.path, f.diagnostic);
        QCOMPARE(images.size(), 3);
        QVERIFY2(images.at(0).startsWith(
                     QLatin1String("docs/a.md:5:1: warning: image `../../secret.png` is outside")),
                 qPrintable(images.join(u'\n')));
        QVERIFY(images.at(1).startsWith(
            QLatin1String("docs/a.md:7:1: warning: image `file:///etc/passwd` is outside")));
        QVERIFY(images.at(2).startsWith(QLatin1String("docs/a.md:9:1: error: image `/nope.png` not found")));
    }

    // A diagram's architecture findings are notes at their line in the document; --checks gives them the
    // rule's severity.
    void diagramFindings_areNotes_orRuleSeverityWithChecks()
    {
        QTemporaryDir dir;
        QFile md(dir.filePath(QStringLiteral("a.md")));
        QVERIFY(md.open(QIODevice::WriteOnly));
        md.write("# A\n\n```arch\nservice a\nservice b\na -> b\nb -> a\n```\n");
        md.close();
        ae::content::Library library;
        QString error;
        QVERIFY2(library.load(dir.path(), &error), qPrintable(error));
        const auto cycle = [](const QVector<ae::cli::LintFinding> &findings) {
            QStringList lines;
            for (const ae::cli::LintFinding &f : findings)
                if (f.diagnostic.message.contains(QLatin1String("sync-cycle")))
                    lines << ae::formatDiagnostic(f.path, f.diagnostic);
            return lines;
        };
        const QStringList notes = cycle(ae::cli::lintLibrary(library));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().startsWith(
                     QLatin1String("a.md:7:6: note: diagram check sync-cycle: synchronous calls")),
                 qPrintable(notes.first()));
        const QStringList errors = cycle(ae::cli::lintLibrary(library, true));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().startsWith(QLatin1String("a.md:7:6: error: diagram check sync-cycle")));
    }

    void bundledContent_isClean()
    {
        ae::content::Library library;
        QString error;
        QVERIFY2(library.load(QStringLiteral(AE_SOURCE_DIR "/content"), &error), qPrintable(error));
        QStringList problems;
        for (const ae::cli::LintFinding &f : ae::cli::lintLibrary(library))
            if (f.diagnostic.severity != Diagnostic::Severity::Note)
                problems << ae::formatDiagnostic(f.path, f.diagnostic);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        int studies = 0;
        for (const ae::content::Document &doc : library.documents())
            studies += ae::cli::isCaseStudy(doc) ? 1 : 0;
        QCOMPARE(studies, 5);
    }
};

QTEST_GUILESS_MAIN(LinterTest)
#include "linter_test.moc"
