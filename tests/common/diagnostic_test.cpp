// SPDX-License-Identifier: MIT
#include "common/diagnostic.h"

#include <QTest>

class DiagnosticTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void format_withHint_isCompilerStyle()
    {
        ae::Diagnostic d{ae::Diagnostic::Severity::Error, 3, 14, QStringLiteral("unknown kind `databse`"),
                         QStringLiteral("did you mean `database`?")};
        QCOMPARE(
            ae::formatDiagnostic(QStringLiteral("shop.arch"), d),
            QStringLiteral("shop.arch:3:14: error: unknown kind `databse` (hint: did you mean `database`?)"));
    }
    void format_warningWithoutHint()
    {
        ae::Diagnostic d{ae::Diagnostic::Severity::Warning, 1, 1, QStringLiteral("empty group `eu`"), {}};
        QCOMPARE(ae::formatDiagnostic(QStringLiteral("-"), d),
                 QStringLiteral("-:1:1: warning: empty group `eu`"));
    }
    void hasErrors_ignoresWarnings()
    {
        ae::Diagnostics list{{ae::Diagnostic::Severity::Warning, 1, 1, QStringLiteral("w"), {}}};
        QVERIFY(!ae::hasErrors(list));
        list.append({ae::Diagnostic::Severity::Error, 2, 1, QStringLiteral("e"), {}});
        QVERIFY(ae::hasErrors(list));
    }
};

QTEST_GUILESS_MAIN(DiagnosticTest)
#include "diagnostic_test.moc"
