// SPDX-License-Identifier: MIT
// Keys and the wheel never do what the user did not mean, in every workspace of the real main window:
// - no key is bound to two live actions (Qt would then do nothing: "ambiguous shortcut overload"), and every
// live
//   action's shortcut, pressed where the user's focus is in that workspace, triggers that action;
// - Ctrl+K focuses search from the diagram editor instead of deleting the rest of the line;
// - a wheel turned over an unfocused combo box (the Decide questions) changes nothing; a focused one still
// works.
#include "ui/diagram/diagrameditor.h"
#include "ui/mainwindow.h"
#include "ui/shortcutscope.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QWheelEvent>

using ae::ui::MainWindow;

namespace {

QTabWidget *tabsOf(MainWindow &w)
{
    return w.findChild<QTabWidget *>(QStringLiteral("workspaces"));
}

// Where a user's focus typically is in each workspace.
QWidget *focusTarget(QWidget *workspace)
{
    if (auto *editor = workspace->findChild<ae::ui::DiagramEditor *>())
        return editor;
    for (QWidget *w : workspace->findChildren<QWidget *>())
        if (w->isVisible() && w->focusPolicy() != Qt::NoFocus && !qobject_cast<QLineEdit *>(w))
            return w;
    return workspace;
}

bool isTextField(const QWidget *w)
{
    return w && (w->inherits("QLineEdit") || w->inherits("QPlainTextEdit") || w->inherits("QTextEdit"));
}

bool isEditingKey(const QKeySequence &k)
{
    for (QKeySequence::StandardKey s : {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste,
                                        QKeySequence::Undo, QKeySequence::Redo, QKeySequence::SelectAll})
        if (QKeySequence::keyBindings(s).contains(k))
            return true;
    return false;
}

QList<QAction *> liveActions(MainWindow &w)
{
    QList<QAction *> out;
    for (QAction *a : w.findChildren<QAction *>())
        if (!a->shortcuts().isEmpty() && a->isEnabled() && a->shortcutContext() != Qt::WidgetShortcut)
            out << a;
    return out;
}

// Claims every key it is offered, as QPlainTextEdit does for its own bindings, and deletes the rest of the
// line on Ctrl+K as it does on X11.
class GreedyEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::ShortcutOverride) {
            e->accept();
            return true;
        }
        return QPlainTextEdit::event(e);
    }
    void keyPressEvent(QKeyEvent *e) override
    {
        if (e->key() == Qt::Key_K && e->modifiers() == Qt::ControlModifier) {
            QTextCursor c = textCursor();
            c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            c.removeSelectedText();
            return;
        }
        QPlainTextEdit::keyPressEvent(e);
    }
};

} // namespace

class InputSafetyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void noKeyIsBoundTwice_inAnyWorkspace()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTabWidget *tabs = tabsOf(w);
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QMap<QString, QStringList> byKey;
            for (QAction *a : liveActions(w)) {
                // A widget-with-children action is live only with the focus inside its widget: count it where
                // its widget is visible.
                if (a->shortcutContext() == Qt::WidgetWithChildrenShortcut) {
                    const auto *owner = qobject_cast<QWidget *>(a->parent());
                    if (!owner || !owner->isVisible())
                        continue;
                }
                for (const QKeySequence &k : a->shortcuts())
                    byKey[k.toString()] << a->objectName();
            }
            for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
                QVERIFY2(it.value().size() == 1,
                         qPrintable(tabs->tabText(t) + QStringLiteral(": ") + it.key() +
                                    QStringLiteral(" is bound to ") + it.value().join(u',')));
        }
    }

    void everyLiveShortcut_triggersItsAction_whereTheFocusIs()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        // Pressing the keys must not open dialogs or quit: the actions' own slots are cut off (every
        // workspace built first, so that its actions exist), a spy counts.
        w.buildAllWorkspaces();
        for (QAction *a : w.findChildren<QAction *>())
            QObject::disconnect(a, &QAction::triggered, nullptr, nullptr);
        QTabWidget *tabs = tabsOf(w);
        int checked = 0;
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QWidget *focus = focusTarget(tabs->widget(t));
            for (QAction *a : liveActions(w)) {
                for (const QKeySequence &k : a->shortcuts()) {
                    if (isTextField(focus) && isEditingKey(k))
                        continue; // Ctrl+C in a text field copies the field's selection: the field's, by
                                  // design
                    focus->setFocus(Qt::OtherFocusReason);
                    QSignalSpy triggered(a, &QAction::triggered);
                    QTest::keySequence(focus, k);
                    QVERIFY2(triggered.count() == 1,
                             qPrintable(tabs->tabText(t) + QStringLiteral(": ") + k.toString() +
                                        QStringLiteral(" did not trigger ") + a->objectName() +
                                        QStringLiteral(" with the focus on ") +
                                        QString::fromLatin1(focus->metaObject()->className())));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 20);
    }

    void ctrlK_inATextField_focusesSearch_andLeavesTheTextAlone()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        QTabWidget *tabs = tabsOf(w);
        QWidget *draw = w.workspace(QStringLiteral("diagramWorkspace"));
        tabs->setCurrentWidget(draw);
        auto *field = w.findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(field);
        // On X11 desktops QPlainTextEdit claims Ctrl+K (delete to the end of the line) through
        // ShortcutOverride; the offscreen test platform has no such binding, so an editor that claims every
        // key stands in for it.
        GreedyEdit greedy(draw);
        greedy.setPlainText(QStringLiteral("service api\n"));
        greedy.show();
        auto *editor = w.findChild<ae::ui::DiagramEditor *>();
        QVERIFY(editor);
        for (QPlainTextEdit *edit :
             {static_cast<QPlainTextEdit *>(editor), static_cast<QPlainTextEdit *>(&greedy)}) {
            edit->setFocus();
            QTRY_VERIFY(edit->hasFocus());
            edit->moveCursor(QTextCursor::Start);
            const QString before = edit->toPlainText();
            QTest::keyClick(edit, Qt::Key_K, Qt::ControlModifier);
            QCOMPARE(edit->toPlainText(), before);
            QTRY_VERIFY(field->hasFocus());
        }
    }

    void wheelOverAnUnfocusedCombo_changesNothing()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        QTabWidget *tabs = tabsOf(w);
        tabs->setCurrentWidget(w.workspace(QStringLiteral("advisorView")));
        auto *scroll = w.findChild<QScrollArea *>(QStringLiteral("advisorQuestionsScroll"));
        QVERIFY(scroll);
        QComboBox *combo = scroll->widget()->findChild<QComboBox *>();
        QVERIFY(combo);
        QTRY_VERIFY(combo->isVisible());
        const int before = combo->currentIndex();
        auto wheel = [&](QWidget *target) {
            const QPointF at(target->width() / 2.0, target->height() / 2.0);
            QWheelEvent e(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &e);
        };
        tabs->setFocus();
        QVERIFY(!combo->hasFocus());
        wheel(combo);
        QCOMPARE(combo->currentIndex(), before);
        // Chosen with the keyboard or a click first, the wheel may change it.
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        wheel(combo);
        QVERIFY(combo->currentIndex() != before);
    }
};

QTEST_MAIN(InputSafetyTest)
#include "input_safety_test.moc"
