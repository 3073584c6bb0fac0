// SPDX-License-Identifier: MIT
// The "Draw" workspace: .arch editor + problems list beside a live preview, with its own file toolbar (new,
// open, save, export, copy), undo/redo, a modified indicator, and autosave with recovery after a crash.
#pragma once

#include "common/diagnostic.h"
#include "diagram/checks/check.h"
#include "diagram/export.h"
#include "diagram/import/import.h"
#include "diagram/layout.h"
#include "diagram/theme.h"

#include <QWidget>

#include <memory>

template <typename T> class QFutureWatcher;
class QAction;
class QLabel;
class QPushButton;
class QTabBar;
class QTimer;
class QToolBar;

namespace ae::ui {

// Where Export suggests writing: `lastFolder` if it still exists, else the user's documents folder; named
// after the diagram's title, else its file, with characters no file name may hold replaced.
QString suggestedExportPath(const QString &title, const QString &filePath, const QString &lastFolder,
                            const QString &extension);

class AutosaveStore;
class DiagramEditor;
class DiagramPreview;
class ProblemsList;

class DiagramWorkspace : public QWidget
{
    Q_OBJECT
public:
    // autosaveDir empty = AutosaveStore::defaultDirectory(). Recoverable text found there is offered in a
    // banner.
    explicit DiagramWorkspace(QWidget *parent = nullptr, const QString &autosaveDir = QString());
    ~DiagramWorkspace() override;

    DiagramEditor *editor() const { return m_editor; }
    DiagramPreview *preview() const { return m_preview; }
    ProblemsList *problems() const { return m_problems; }
    // One tab per view of the text, after a first "Model" tab (everything); hidden when the text has no
    // views.
    QTabBar *viewTabs() const { return m_viewTabs; }
    // "Show check findings" (the View menu): markers on the preview; remembered in Settings.
    QAction *showFindingsAction() const { return m_showFindings; }
    // The architecture checks of the current text (empty while it has errors).
    const diagram::checks::CheckReport &checkReport() const { return m_report; }
    // The id of the view the preview shows; empty for the whole model.
    QString currentView() const;
    // Shows this view (empty: the whole model) in the preview; false when the text has no such view.
    bool showView(const QString &id);

    QString text() const;
    // Replaces the text as an untitled diagram; undo restores. A long text goes into the editor over a few
    // event-loop turns (DiagramEditor::replaceText) and is parsed on a worker; text() is the whole new text
    // at once. sourceDocument: the library document the text came from (its sections are where a clicked node
    // is looked up; the text counts as unmodified until edited, since the document keeps it); empty for none
    // (the text is then modified).
    void openText(const QString &text, diagram::DiagramFormat format = diagram::DiagramFormat::Arch,
                  const QString &sourceDocument = QString());
    // The library document the text was opened from; empty after New, Open or for typed text.
    QString sourceDocument() const { return m_sourceDocument; }
    // Outlines the node with this id in the preview (brought into view once drawn) and puts the editor's
    // cursor on its declaration. False when the text has no such node. Editing the text removes the outline.
    // *label receives the node's label (one line).
    bool highlightNode(const QString &id, QString *label = nullptr);
    // The notation of the text: .arch (highlighted), DOT or Mermaid (from the file extension or the block's
    // info).
    diagram::DiagramFormat format() const { return m_format; }
    // Loads a .arch, .dot/.gv or .mmd/.mermaid file; stores the text as it is (UTF-8, QSaveFile).
    // False with a sentence in *error on failure.
    bool openFile(const QString &path, QString *error = nullptr);
    bool saveFile(const QString &path, QString *error = nullptr);
    QString filePath() const { return m_filePath; }
    bool isModified() const;
    // Asks to save unsaved changes; false when the user cancels. Call before closing the window.
    bool maybeSave();

    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool isRecoveryOffered() const;
    // Recovers the newest recoverable text into the editor / drops it (what the banner's buttons do).
    void recoverAutosave();
    void discardAutosave();
    // Writes the autosave now if the text changed since the last one (the timer calls this every few
    // seconds).
    void autosaveNow();

public Q_SLOTS:
    void setDark(bool dark);
    // Re-parses (on a worker for texts over 64 K characters) and starts a layout. Typing calls it through a
    // leading-edge debounce: the first keystroke after a pause at once, then at most once per ~150 ms while
    // typing goes on. During a fill of the editor it does nothing: the end of the fill calls it.
    void refresh();

Q_SIGNALS:
    // The preview shows a new drawing of the current text.
    void previewUpdated();
    // Diagnostics for the current text are known (before its layout finishes).
    void diagnosticsChanged(const ae::Diagnostics &diagnostics);
    void fileChanged(const QString &path, bool modified);
    // An export was written to `path` (the window says where, with a way to open its folder).
    void exported(const QString &path);

private:
    void buildUi();
    void buildToolbar();
    void onTextChanged();
    void onTextReplaced();
    // A parse and, when it has no errors, the architecture checks of its model (run beside it on the worker).
    struct CheckedParse
    {
        diagram::ParseResult parsed;
        diagram::checks::CheckReport report;
    };
    static CheckedParse parseAndCheck(const QString &text, diagram::DiagramFormat format,
                                      const QString &path);
    void applyParse(CheckedParse checked);
    void takeParse();
    void dropParse();
    void onCancelRequested();
    void markCancelled();
    void startLayout();
    void updateViewTabs();
    void updateCheckOverlay();
    void activateFinding(int index);
    void onLayoutFinished(quint64 id, const diagram::LaidOutDiagram &laidOut);
    void onLayoutFailed(quint64 id, const QString &error);
    void cancelLayout();
    void updateFileLabel();
    void newDiagram();
    void openWithDialog();
    bool save();
    bool saveAs();
    void exportWithDialog(diagram::ExportFormat format);
    void copyImage();
    void showRecoveryOffer();

    DiagramEditor *m_editor = nullptr;
    ProblemsList *m_problems = nullptr;
    DiagramPreview *m_preview = nullptr;
    QTabBar *m_viewTabs = nullptr;
    QStringList m_viewIds; // per tab: empty for the model, else the view's id
    bool m_updatingTabs = false;
    QToolBar *m_toolbar = nullptr;
    QLabel *m_fileLabel = nullptr;
    QWidget *m_recoveryBanner = nullptr;
    QLabel *m_recoveryLabel = nullptr;
    QList<QAction *> m_exportActions;
    QAction *m_copyAction = nullptr;
    QAction *m_showFindings = nullptr;

    diagram::LayoutEngine *m_engine = nullptr;
    diagram::Theme m_theme;
    bool m_dark = false;
    quint64 m_job = 0;
    QTimer *m_debounce = nullptr;
    bool m_refreshPending = false;
    // After a whole-text replacement (DiagramEditor::textReplaced): mark unmodified / put the cursor at the
    // start.
    bool m_replacedUnmodified = false;
    bool m_replacedGoToStart = false;
    // The user cancelled: no layout until the text changes again.
    bool m_holdLayout = false;
    bool m_openOnFirstView =
        false; // the next parse shows the first view (a Structurizr workspace just opened)
    QFutureWatcher<CheckedParse> *m_parseWatcher = nullptr; // a long text parsed (and checked) on a worker
    QTimer *m_autosaveTimer = nullptr;
    std::unique_ptr<AutosaveStore> m_autosave;
    QString m_lastAutosaved;
    QString m_filePath;
    QString m_sourceDocument;
    QString m_highlightedText; // the text a node was outlined in (an edit of it removes the outline)
    diagram::DiagramFormat m_format = diagram::DiagramFormat::Arch;
    void setFormat(diagram::DiagramFormat format);
    Diagnostics m_diagnostics;
    diagram::Diagram m_parsed;             // the model of the text as last parsed by refresh()
    diagram::checks::CheckReport m_report; // its architecture checks
    QString m_staleReason;                 // first error of the current text
};

} // namespace ae::ui
