// SPDX-License-Identifier: MIT
// Workspace layout and the live pipeline: keystroke -> debounce -> parse -> problems + underlines -> async layout
// -> preview. File, export and autosave actions are in diagramworkspacefiles.cpp.
#include "ui/diagram/diagramworkspace.h"

#include "diagram/import/import.h"
#include "ui/diagram/autosave.h"
#include "ui/diagram/diagrameditor.h"
#include "ui/diagram/diagrampreview.h"
#include "ui/diagram/problemslist.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcWorkspace, "archexplorer.ui.draw")

namespace ae::ui {

namespace {
constexpr int kDebounceMs = 150;
constexpr int kAutosaveMs = 4000;

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
    : QWidget(parent), m_theme(diagram::Theme::light()), m_autosave(std::make_unique<AutosaveStore>(autosaveDir))
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
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this] { updateFileLabel(); });
    connect(m_problems, &ProblemsList::problemActivated, m_editor, &DiagramEditor::goTo);
    connect(m_preview, &DiagramPreview::cancelRequested, this, &DiagramWorkspace::cancelLayout);

    updateFileLabel();
    m_autosaveTimer->start();
    showRecoveryOffer();
    refresh();
}

DiagramWorkspace::~DiagramWorkspace()
{
    m_engine->cancelAll();
    // A clean exit with unsaved text keeps it for next time (nothing asked the user); otherwise nothing to keep.
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

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("diagramSplitter"));
    main->addWidget(left);
    main->addWidget(m_preview);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);

    m_recoveryBanner = new QWidget(this);
    m_recoveryBanner->setObjectName(QStringLiteral("recoveryBanner"));
    m_recoveryBanner->setStyleSheet(QStringLiteral("#recoveryBanner{background:#fff3cd;} QLabel{color:#5c4400;}"));
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
    return m_editor->toPlainText();
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

void DiagramWorkspace::refresh()
{
    m_refreshPending = false;
    diagram::ParseResult parsed = diagram::parseAnyDiagram(text(), m_format);
    m_parsed = parsed.diagram; // shared, not copied: for highlightNode
    m_diagnostics = parsed.diagnostics;
    m_editor->setDiagnostics(m_diagnostics);
    m_problems->setDiagnostics(m_diagnostics);
    Q_EMIT diagnosticsChanged(m_diagnostics);

    if (hasErrors(m_diagnostics)) {
        for (const Diagnostic &d : std::as_const(m_diagnostics)) {
            if (d.isError()) {
                m_staleReason = tr("First error at %1:%2: %3").arg(d.line).arg(d.column).arg(d.message);
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
    m_job = m_engine->start(parsed.diagram, m_theme);
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

void DiagramWorkspace::cancelLayout()
{
    if (m_job)
        m_engine->cancel(m_job);
    m_job = 0;
    m_preview->setBusy(false);
}

} // namespace ae::ui
