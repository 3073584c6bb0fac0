// SPDX-License-Identifier: MIT
// Workspace layout and the live pipeline: keystroke -> debounce -> parse (on a worker for long texts) ->
// problems + underlines -> async layout -> preview. File, export and autosave actions are in
// diagramworkspacefiles.cpp.
#include "ui/diagram/diagramworkspace.h"

#include "diagram/import/import.h"
#include "diagram/views.h"
#include "ui/diagram/autosave.h"
#include "ui/diagram/diagrameditor.h"
#include "ui/diagram/diagrampreview.h"
#include "ui/diagram/problemslist.h"

#include <QAction>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcWorkspace, "archexplorer.ui.draw")

namespace ae::ui {

namespace {
constexpr int kDebounceMs = 150;
constexpr int kAutosaveMs = 4000;
// Texts up to this many characters are parsed on the UI thread (about 10 ms: ~1,000 nodes), so typing sees
// its underlines without an event-loop turn; longer ones on a worker (10,000 nodes: 100-230 ms that froze the
// window).
constexpr qsizetype kParseOnUiThreadChars = 64 * 1024;

const char *const kStarter = "# A diagram: declare nodes with a kind, then connect them.\n"
                             "title \"My architecture\"\n"
                             "direction right\n"
                             "\n"
                             "user customer \"Customer\"\n"
                             "service orders \"Orders API\" [tech: \"Go\"]\n"
                             "database ordersdb \"Orders DB\" [tech: \"PostgreSQL 15\"]\n"
                             "\n"
                             "customer -> orders : places order\n"
                             "orders -> ordersdb : writes\n";
} // namespace

DiagramWorkspace::DiagramWorkspace(QWidget *parent, const QString &autosaveDir)
    : QWidget(parent), m_theme(diagram::Theme::light()),
      m_autosave(std::make_unique<AutosaveStore>(autosaveDir))
{
    setObjectName(QStringLiteral("diagramWorkspace"));
    setAccessibleName(tr("Draw"));
    qRegisterMetaType<diagram::LaidOutDiagram>();

    m_engine = new diagram::LayoutEngine(this);
    connect(m_engine, &diagram::LayoutEngine::finished, this, &DiagramWorkspace::onLayoutFinished);
    connect(m_engine, &diagram::LayoutEngine::failed, this, &DiagramWorkspace::onLayoutFailed);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (m_refreshPending) {
            m_refreshPending = false;
            refresh();
            m_debounce->start(); // keep coalescing while the user is still typing
        }
    });

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setInterval(kAutosaveMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &DiagramWorkspace::autosaveNow);

    buildUi();
    buildToolbar();

    m_editor->setPlainText(QString::fromUtf8(kStarter));
    m_editor->document()->setModified(false);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &DiagramWorkspace::onTextChanged);
    connect(m_editor, &DiagramEditor::textReplaced, this, &DiagramWorkspace::onTextReplaced);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this] { updateFileLabel(); });
    connect(m_problems, &ProblemsList::problemActivated, m_editor, &DiagramEditor::goTo);
    connect(m_preview, &DiagramPreview::findingActivated, this, &DiagramWorkspace::activateFinding);
    connect(m_preview, &DiagramPreview::cancelRequested, this, &DiagramWorkspace::onCancelRequested);

    updateFileLabel();
    m_autosaveTimer->start();
    showRecoveryOffer();
    refresh();
}

DiagramWorkspace::~DiagramWorkspace()
{
    dropParse();
    m_engine->cancelAll();
    m_editor->completeFill(); // text() is the whole text either way; the autosave below wants it
    // A clean exit with unsaved text keeps it for next time (nothing asked the user); otherwise nothing to
    // keep.
    if (isModified())
        autosaveNow();
    else
        m_autosave->discard();
}

void DiagramWorkspace::buildUi()
{
    m_editor = new DiagramEditor(this);
    m_problems = new ProblemsList(this);
    m_preview = new DiagramPreview(this);
    m_preview->setTheme(m_theme);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("diagramEditorSplitter"));
    left->addWidget(m_editor);
    left->addWidget(m_problems);
    left->setStretchFactor(0, 4);
    left->setStretchFactor(1, 1);

    // The view tabs sit over the preview: one editor, many pictures of its model.
    m_viewTabs = new QTabBar(this);
    m_viewTabs->setObjectName(QStringLiteral("diagramViewTabs"));
    m_viewTabs->setAccessibleName(tr("Views"));
    m_viewTabs->setDocumentMode(true);
    m_viewTabs->setExpanding(false);
    m_viewTabs->setUsesScrollButtons(true);
    m_viewTabs->hide();
    connect(m_viewTabs, &QTabBar::currentChanged, this, [this] {
        if (!m_updatingTabs)
            startLayout();
    });
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_viewTabs);
    rightLayout->addWidget(m_preview, 1);

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("diagramSplitter"));
    main->addWidget(left);
    main->addWidget(right);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    // Two fifths for the text from the start: the view tabs' titles must not squeeze the editor to a sliver.
    main->setSizes({2 * 256, 3 * 256});

    m_recoveryBanner = new QWidget(this);
    m_recoveryBanner->setObjectName(QStringLiteral("recoveryBanner"));
    m_recoveryBanner->setStyleSheet(
        QStringLiteral("#recoveryBanner{background:#fff3cd;} QLabel{color:#5c4400;}"));
    auto *bannerLayout = new QHBoxLayout(m_recoveryBanner);
    m_recoveryLabel = new QLabel(m_recoveryBanner);
    m_recoveryLabel->setWordWrap(true);
    auto *recover = new QPushButton(tr("Recover"), m_recoveryBanner);
    recover->setObjectName(QStringLiteral("recoverButton"));
    recover->setAccessibleName(tr("Recover unsaved diagram"));
    auto *discard = new QPushButton(tr("Discard"), m_recoveryBanner);
    discard->setObjectName(QStringLiteral("discardRecoveryButton"));
    discard->setAccessibleName(tr("Discard unsaved diagram"));
    bannerLayout->addWidget(m_recoveryLabel, 1);
    bannerLayout->addWidget(recover);
    bannerLayout->addWidget(discard);
    m_recoveryBanner->hide();
    connect(recover, &QPushButton::clicked, this, &DiagramWorkspace::recoverAutosave);
    connect(discard, &QPushButton::clicked, this, &DiagramWorkspace::discardAutosave);

    m_toolbar = new QToolBar(tr("Diagram"), this);
    m_toolbar->setObjectName(QStringLiteral("diagramToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_recoveryBanner);
    layout->addWidget(main, 1);
}

QString DiagramWorkspace::text() const
{
    return m_editor->fullText();
}

bool DiagramWorkspace::isModified() const
{
    return m_editor->document()->isModified();
}

void DiagramWorkspace::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    m_theme = dark ? diagram::Theme::dark() : diagram::Theme::light();
    m_preview->setTheme(m_theme);
    m_editor->setDark(dark);
    refresh(); // colours can change measured sizes (bold/regular fonts per theme): lay out again
}

void DiagramWorkspace::onTextChanged()
{
    if (m_editor->isFilling())
        return; // slices of a replacement: textReplaced() follows
    m_holdLayout = false;
    if (!m_preview->highlightedNodes().isEmpty() && text() != m_highlightedText)
        m_preview->setHighlightedNodes({}, false); // the outline was for the text as opened
    // Leading-edge debounce: a keystroke after a pause redraws at once (no added latency); keystrokes within
    // kDebounceMs of the last redraw are coalesced into one redraw when the burst pauses.
    if (m_debounce->isActive()) {
        m_refreshPending = true;
        return;
    }
    refresh();
    m_debounce->start();
}

// The whole text is in the editor: finish what the replacement asked for, then draw it.
void DiagramWorkspace::onTextReplaced()
{
    if (m_replacedUnmodified)
        m_editor->document()->setModified(false);
    if (m_replacedGoToStart)
        m_editor->goTo(1, 1);
    m_replacedUnmodified = m_replacedGoToStart = false;
    updateFileLabel();
    refresh();
    m_debounce->start();
}

void DiagramWorkspace::refresh()
{
    m_refreshPending = false;
    if (m_editor->isFilling())
        return;  // the end of the fill refreshes
    dropParse(); // a worker's parse of older text is not wanted any more
    const QString current = text();
    if (current.size() <= kParseOnUiThreadChars) {
        applyParse(parseAndCheck(current, m_format, m_filePath)); // the path: Structurizr !include
        return;
    }
    m_preview->setBusy(true);
    m_parseWatcher = new QFutureWatcher<CheckedParse>(this);
    connect(m_parseWatcher, &QFutureWatcherBase::finished, this, &DiagramWorkspace::takeParse);
    const diagram::DiagramFormat format = m_format;
    const QString path = m_filePath;
    m_parseWatcher->setFuture(
        QtConcurrent::run([current, format, path] { return parseAndCheck(current, format, path); }));
}

// Applies the worker's parse of the current text, waiting for it if it is still running (highlightNode needs
// it).
void DiagramWorkspace::takeParse()
{
    QFutureWatcher<CheckedParse> *watcher = std::exchange(m_parseWatcher, nullptr);
    if (!watcher)
        return;
    watcher->disconnect(this);
    watcher->waitForFinished();
    CheckedParse parsed = watcher->result();
    watcher->deleteLater();
    applyParse(std::move(parsed));
}

void DiagramWorkspace::dropParse()
{
    QFutureWatcher<CheckedParse> *watcher = std::exchange(m_parseWatcher, nullptr);
    if (!watcher)
        return;
    watcher->disconnect(this);
    watcher->cancel(); // effective only if the worker has not begun; otherwise its result is ignored
    watcher->deleteLater();
}

DiagramWorkspace::CheckedParse
DiagramWorkspace::parseAndCheck(const QString &text, diagram::DiagramFormat format, const QString &path)
{
    CheckedParse out{diagram::parseAnyDiagram(text, format, path), {}};
    // A diagram with errors is only partly read: its checks would mislead.
    if (!hasErrors(out.parsed.diagnostics))
        out.report = diagram::checks::checkDiagram(out.parsed.diagram);
    return out;
}

void DiagramWorkspace::applyParse(CheckedParse checked)
{
    diagram::ParseResult &parsed = checked.parsed;
    m_parsed = parsed.diagram; // shared, not copied: for highlightNode
    m_diagnostics = parsed.diagnostics;
    m_report = std::move(checked.report);
    updateViewTabs();
    updateCheckOverlay();
    m_editor->setDiagnostics(m_diagnostics);
    m_problems->setDiagnostics(m_diagnostics, m_report.findings);
    Q_EMIT diagnosticsChanged(m_diagnostics);

    if (hasErrors(m_diagnostics)) {
        for (const Diagnostic &d : std::as_const(m_diagnostics)) {
            if (d.isError()) {
                m_staleReason = tr("Out of date: the text has errors, so this drawing may not match it. "
                                   "First error at %1:%2: %3")
                                    .arg(d.line)
                                    .arg(d.column)
                                    .arg(d.message);
                break;
            }
        }
        if (m_preview->hasDiagram()) {
            // Keep the last good drawing, marked stale; a running layout of older text would only be staler.
            cancelLayout();
            m_preview->setStale(true, m_staleReason);
            return;
        }
        // Nothing good drawn yet (a file opened with errors): draw the valid part, marked stale all the same.
    }
    if (m_job)
        m_engine->cancel(m_job);
    m_job = 0;
    if (m_holdLayout) {
        m_preview->setBusy(false);
        markCancelled();
        return;
    }
    startLayout();
}

// The tabs follow the views of the text; the tab shown stays on the same view id while it exists. A
// Structurizr workspace just opened shows its first view, as Structurizr does: its whole model would draw
// each relationship Structurizr implies between two systems beside the container relationship it comes from.
void DiagramWorkspace::updateViewTabs()
{
    QStringList ids{QString()};
    QStringList titles{tr("Model")};
    for (const diagram::View &view : std::as_const(m_parsed.views)) {
        ids.append(view.id);
        titles.append(view.title.isEmpty() ? view.id : view.title);
    }
    if (m_parsed.views.isEmpty())
        ids = {QString()};
    const QString current =
        std::exchange(m_openOnFirstView, false) && ids.size() > 1 ? ids[1] : currentView();
    m_updatingTabs = true;
    if (ids != m_viewIds) {
        while (m_viewTabs->count() > 0)
            m_viewTabs->removeTab(0);
        if (ids.size() > 1) {
            for (int i = 0; i < ids.size(); ++i) {
                m_viewTabs->addTab(titles[i]);
                m_viewTabs->setTabToolTip(i, i == 0 ? tr("Everything the text declares")
                                                    : tr("View `%1`").arg(ids[i]));
            }
        }
        m_viewIds = ids;
    } else {
        for (int i = 1; i < ids.size(); ++i)
            m_viewTabs->setTabText(i, titles[i]);
    }
    m_viewTabs->setCurrentIndex(qMax(0, int(m_viewIds.indexOf(current))));
    m_viewTabs->setVisible(m_viewIds.size() > 1);
    m_updatingTabs = false;
}

QString DiagramWorkspace::currentView() const
{
    const int index = m_viewTabs ? m_viewTabs->currentIndex() : -1;
    return index > 0 && index < m_viewIds.size() ? m_viewIds[index] : QString();
}

bool DiagramWorkspace::showView(const QString &id)
{
    const int index = m_viewIds.indexOf(id);
    if (index < 0 || (index > 0 && !m_viewTabs->isVisible()))
        return false;
    m_viewTabs->setCurrentIndex(index); // -> startLayout() when it changes
    return true;
}

// Lays out what the current tab shows: the whole model, or one view of it.
void DiagramWorkspace::startLayout()
{
    if (m_job)
        m_engine->cancel(m_job);
    m_job = 0;
    const QString view = currentView();
    updateCheckOverlay(); // the summary follows the path the tab shows
    const int index = view.isEmpty() ? -1 : diagram::indexOfView(m_parsed, view);
    m_job =
        m_engine->start(index < 0 ? m_parsed : diagram::applyView(m_parsed, m_parsed.views[index]), m_theme);
    m_preview->setBusy(true);
}

void DiagramWorkspace::onLayoutFinished(quint64 id, const diagram::LaidOutDiagram &laidOut)
{
    if (id != m_job)
        return; // an older text's layout
    m_job = 0;
    m_preview->setBusy(false);
    m_preview->setError(QString());
    m_preview->setDiagram(laidOut);
    m_preview->setStale(hasErrors(m_diagnostics), m_staleReason);
    m_copyAction->setEnabled(true);
    for (QAction *a : std::as_const(m_exportActions))
        a->setEnabled(true);
    Q_EMIT previewUpdated();
}

void DiagramWorkspace::onLayoutFailed(quint64 id, const QString &error)
{
    if (id != m_job)
        return;
    m_job = 0;
    qCWarning(lcWorkspace) << "layout failed:" << error;
    m_preview->setBusy(false);
    m_preview->setError(tr("Could not lay out the diagram: %1").arg(error));
}

void DiagramWorkspace::updateCheckOverlay()
{
    m_preview->setCheckOverlay(diagram::checkOverlay(m_parsed, m_report, currentView()));
}

// A marker clicked: its row in the problems list, and the editor on its line.
void DiagramWorkspace::activateFinding(int index)
{
    if (index < 0 || index >= m_report.findings.size())
        return;
    m_problems->selectFinding(index);
    const Diagnostic &d = m_report.findings[index].diagnostic;
    if (d.line > 0)
        m_editor->goTo(d.line, qMax(1, d.column));
}

// The busy bar's Cancel: stop the layout, and any parse or fill in progress will not start one either.
// (A parse on a worker still finishes: its problems are shown, its layout is not started.)
void DiagramWorkspace::onCancelRequested()
{
    m_holdLayout = true;
    if (m_job)
        markCancelled();
    cancelLayout();
}

void DiagramWorkspace::markCancelled()
{
    if (m_preview->hasDiagram())
        m_preview->setStale(true,
                            tr("Layout cancelled: the drawing is of an earlier text. Edit the text to lay it "
                               "out again."));
}

void DiagramWorkspace::cancelLayout()
{
    if (m_job)
        m_engine->cancel(m_job);
    m_job = 0;
    m_preview->setBusy(false);
}

} // namespace ae::ui
