// SPDX-License-Identifier: MIT
// The workspace's file side: toolbar actions, .arch open/save (saveFileAtomically), export and clipboard,
// autosave and the recovery banner. Dialogs live here; the functions they call (openFile, saveFile,
// exportDiagram) never open any.
#include "ui/diagram/diagramworkspace.h"

#include "diagram/views.h"

#include "common/savefile.h"
#include "ui/diagram/autosave.h"
#include "ui/diagram/diagrameditor.h"
#include "ui/diagram/diagrampreview.h"
#include "ui/reader/icons.h"

#include "ui/settings.h"
#include "ui/shortcutscope.h"
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionToolButton>
#include <QStylePainter>
#include <QTimer>

#include <QRegularExpression>
#include <QToolBar>
#include <QToolButton>

namespace ae::ui {

namespace {

// A tool button whose menu arrow sits beside its text, centred on it, in room of its own. (The style draws
// an instant-popup button's arrow in its bottom-right corner, over the text's baseline.)
class MenuToolButton : public QToolButton
{
public:
    using QToolButton::QToolButton;

    QSize sizeHint() const override
    {
        const QSize s = QToolButton::sizeHint();
        return QSize(s.width() + arrowSide() + kGap, s.height());
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStylePainter p(this);
        QStyleOptionToolButton opt;
        initStyleOption(&opt);
        opt.features &= ~QStyleOptionToolButton::HasMenu; // no corner arrow
        // The panel (hover, pressed) over the whole button...
        QStyleOptionToolButton panel = opt;
        panel.text.clear();
        panel.icon = QIcon();
        p.drawComplexControl(QStyle::CC_ToolButton, panel);
        // ...the icon and text as the style places them, left of the arrow's room...
        const int side = arrowSide();
        const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &opt, this);
        QStyleOptionToolButton label = opt;
        label.rect = rect().adjusted(frame, frame, -frame - side - kGap, -frame);
        p.drawControl(QStyle::CE_ToolButtonLabel, label);
        // ...and the arrow just after the text, centred on its height (the style puts the text after the icon
        // and 4 px).
        const int textEnd =
            label.rect.left() + opt.iconSize.width() + 4 + opt.fontMetrics.horizontalAdvance(opt.text);
        const int x = qMin(textEnd + kGap, width() - frame - side);
        QStyleOption arrow = opt;
        arrow.rect = QRect(x, (height() - side) / 2, side, side);
        p.drawPrimitive(QStyle::PE_IndicatorArrowDown, arrow);
    }

private:
    static constexpr int kGap = 4;
    // The size the style gives a menu arrow.
    int arrowSide() const
    {
        return qMax(5, style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this) - 6);
    }
};

QAction *makeAction(QToolBar *bar, QWidget *owner, const QString &name, const QString &text, const char *icon,
                    const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, owner);
    setThemedIcon(action, QString::fromLatin1(icon), owner->palette());
    action->setObjectName(name);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        shortcuts::scope(action, owner); // live while Draw is the current workspace, wherever the focus is
        action->setToolTip(text + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) +
                           QLatin1Char(')'));
    }
    owner->addAction(action); // shortcuts work anywhere inside the workspace
    if (bar)
        bar->addAction(action);
    return action;
}

QString openFilter()
{
    return DiagramWorkspace::tr(
        "Diagrams (*.arch *.dot *.gv *.mmd *.mermaid *.d2 *.dsl);;Architecture diagrams (*.arch);;"
        "Graphviz DOT (*.dot *.gv);;Mermaid flowcharts (*.mmd *.mermaid);;D2 diagrams (*.d2);;"
        "Structurizr DSL workspaces (*.dsl);;All files (*)");
}

QString saveFilter(diagram::DiagramFormat format)
{
    switch (format) {
    case diagram::DiagramFormat::Dot:
        return DiagramWorkspace::tr("Graphviz DOT (*.dot *.gv)");
    case diagram::DiagramFormat::Mermaid:
        return DiagramWorkspace::tr("Mermaid flowcharts (*.mmd *.mermaid)");
    case diagram::DiagramFormat::D2:
        return DiagramWorkspace::tr("D2 diagrams (*.d2)");
    case diagram::DiagramFormat::Structurizr:
        return DiagramWorkspace::tr("Structurizr DSL workspaces (*.dsl)");
    case diagram::DiagramFormat::Arch:
        break;
    }
    return DiagramWorkspace::tr("Architecture diagrams (*.arch)");
}

QString extensionOf(diagram::DiagramFormat format)
{
    switch (format) {
    case diagram::DiagramFormat::Dot:
        return QStringLiteral("dot");
    case diagram::DiagramFormat::Mermaid:
        return QStringLiteral("mmd");
    case diagram::DiagramFormat::D2:
        return QStringLiteral("d2");
    case diagram::DiagramFormat::Structurizr:
        return QStringLiteral("dsl");
    case diagram::DiagramFormat::Arch:
        break;
    }
    return QStringLiteral("arch");
}
} // namespace

void DiagramWorkspace::buildToolbar()
{
    QToolBar *bar = m_toolbar;
    connect(makeAction(bar, this, QStringLiteral("diagramNew"), tr("New"), "document-new", QKeySequence::New),
            &QAction::triggered, this, &DiagramWorkspace::newDiagram);
    connect(makeAction(bar, this, QStringLiteral("diagramOpen"), tr("Open…"), "document-open",
                       QKeySequence::Open),
            &QAction::triggered, this, &DiagramWorkspace::openWithDialog);
    connect(
        makeAction(bar, this, QStringLiteral("diagramSave"), tr("Save"), "document-save", QKeySequence::Save),
        &QAction::triggered, this, &DiagramWorkspace::save);
    connect(makeAction(nullptr, this, QStringLiteral("diagramSaveAs"), tr("Save As…"), "document-save-as",
                       QKeySequence::SaveAs),
            &QAction::triggered, this, &DiagramWorkspace::saveAs);

    auto *exportMenu = new QMenu(tr("Export"), this);
    const struct
    {
        diagram::ExportFormat format;
        const char *name;
        QString text;
    } formats[] = {
        {diagram::ExportFormat::Svg, "diagramExportSvg", tr("Export SVG…")},
        {diagram::ExportFormat::Png, "diagramExportPng", tr("Export PNG…")},
        {diagram::ExportFormat::Pdf, "diagramExportPdf", tr("Export PDF…")},
    };
    for (const auto &f : formats) {
        QAction *a = exportMenu->addAction(f.text);
        a->setObjectName(QLatin1String(f.name));
        a->setEnabled(false);
        const diagram::ExportFormat format = f.format;
        connect(a, &QAction::triggered, this, [this, format] { exportWithDialog(format); });
        m_exportActions.append(a);
    }
    auto *exportButton = new MenuToolButton(bar);
    exportButton->setObjectName(QStringLiteral("diagramExport"));
    exportButton->setAccessibleName(tr("Export"));
    exportButton->setText(tr("Export"));
    setThemedIcon(exportButton, QStringLiteral("document-save-as"), palette());
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);
    m_copyAction = makeAction(bar, this, QStringLiteral("diagramCopyImage"), tr("Copy Image"), "edit-copy",
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAction->setEnabled(false);
    connect(m_copyAction, &QAction::triggered, this, &DiagramWorkspace::copyImage);

    bar->addSeparator();
    QAction *undo = makeAction(bar, this, QStringLiteral("diagramUndo"), tr("Undo"), "edit-undo");
    QAction *redo = makeAction(bar, this, QStringLiteral("diagramRedo"), tr("Redo"), "edit-redo");
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(undo, &QAction::triggered, m_editor, &QPlainTextEdit::undo);
    connect(redo, &QAction::triggered, m_editor, &QPlainTextEdit::redo);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);

    bar->addSeparator();
    connect(makeAction(bar, this, QStringLiteral("diagramZoomIn"), tr("Zoom In"), "zoom-in",
                       QKeySequence::ZoomIn),
            &QAction::triggered, m_preview, &DiagramPreview::zoomIn);
    connect(makeAction(bar, this, QStringLiteral("diagramZoomOut"), tr("Zoom Out"), "zoom-out",
                       QKeySequence::ZoomOut),
            &QAction::triggered, m_preview, &DiagramPreview::zoomOut);
    connect(makeAction(bar, this, QStringLiteral("diagramFit"), tr("Fit"), "zoom-fit-best",
                       QKeySequence(Qt::CTRL | Qt::Key_0)),
            &QAction::triggered, m_preview, &DiagramPreview::fitToView);
    auto *zoomLabel = new QLabel(bar);
    zoomLabel->setObjectName(QStringLiteral("diagramZoomLabel"));
    zoomLabel->setMinimumWidth(48);
    connect(m_preview, &DiagramPreview::zoomChanged, zoomLabel, [zoomLabel](qreal z) {
        zoomLabel->setText(QString::number(qRound(z * 100)) + QLatin1Char('%'));
    });
    bar->addWidget(zoomLabel);

    // Draw's View menu: what the preview shows over the drawing (never part of an export).
    auto *viewMenu = new QMenu(tr("View"), this);
    viewMenu->setObjectName(QStringLiteral("diagramViewMenu"));
    m_showFindings = viewMenu->addAction(tr("Show check findings"));
    m_showFindings->setObjectName(QStringLiteral("diagramShowFindings"));
    m_showFindings->setCheckable(true);
    m_showFindings->setToolTip(tr("Marks each architecture-check finding on its node or edge"));
    m_showFindings->setChecked(Settings().showCheckFindings());
    m_preview->setShowFindings(m_showFindings->isChecked());
    connect(m_showFindings, &QAction::toggled, this, [this](bool on) {
        m_preview->setShowFindings(on);
        Settings().setShowCheckFindings(on);
    });
    auto *viewButton = new MenuToolButton(bar);
    viewButton->setObjectName(QStringLiteral("diagramView"));
    viewButton->setAccessibleName(tr("View"));
    viewButton->setText(tr("View"));
    // Its one item today is about check findings: the warning sign says so (an icon from the app's set).
    setThemedIcon(viewButton, QStringLiteral("dialog-warning"), palette());
    viewButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    viewButton->setPopupMode(QToolButton::InstantPopup);
    viewButton->setMenu(viewMenu);
    bar->addWidget(viewButton);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_fileLabel = new QLabel(bar);
    m_fileLabel->setObjectName(QStringLiteral("diagramFileLabel"));
    m_fileLabel->setContentsMargins(0, 0, 8, 0);
    bar->addWidget(m_fileLabel);
}

void DiagramWorkspace::updateFileLabel()
{
    const QString name = m_filePath.isEmpty() ? tr("Untitled.arch") : QFileInfo(m_filePath).fileName();
    const bool modified = isModified();
    // "●" after the name, as editors show unsaved changes; the tooltip says it in words.
    m_fileLabel->setText(modified ? name + QStringLiteral(" ●") : name);
    m_fileLabel->setToolTip(m_filePath.isEmpty() ? tr("Not saved yet") : m_filePath);
    m_fileLabel->setAccessibleName(modified ? tr("%1, modified").arg(name) : name);
    Q_EMIT fileChanged(m_filePath, modified);
}

void DiagramWorkspace::setFormat(diagram::DiagramFormat format)
{
    m_format = format;
    m_editor->setArchSyntax(format == diagram::DiagramFormat::Arch); // the highlighter knows .arch only
}

void DiagramWorkspace::openText(const QString &text, diagram::DiagramFormat format,
                                const QString &sourceDocument)
{
    setFormat(format);
    m_debounce->stop(); // the replacement redraws once, when all of it is in
    m_filePath.clear();
    m_sourceDocument = sourceDocument;
    m_holdLayout = false;
    m_openOnFirstView = format == diagram::DiagramFormat::Structurizr;
    // The document still has a text opened from it: nothing to lose until it is edited.
    m_replacedUnmodified = !sourceDocument.isEmpty();
    m_replacedGoToStart = true;
    // A diagram loaded from a document starts a new history: Undo never brings back the text the user just
    // chose to save or discard (maybeSave ran before). A text handed over without a source is an edit: one
    // undo step.
    m_editor->replaceText(text, /*resetUndo=*/!sourceDocument.isEmpty());
    m_preview->fitToView(); // a new diagram is seen whole first
    if (m_editor->isFilling())
        m_preview->setBusy(true);
    updateFileLabel();
}

bool DiagramWorkspace::highlightNode(const QString &id, QString *label)
{
    // The lookup below must be in the model of the current text: finish a fill, a pending refresh, a worker's
    // parse.
    if (m_editor->isFilling())
        m_editor->completeFill(); // -> onTextReplaced -> refresh
    else if (m_refreshPending)
        refresh();
    takeParse();
    const int i = m_parsed.indexOfNode(id);
    if (i < 0)
        return false;
    const diagram::Node &n = m_parsed.nodes.at(i);
    // A node the current view leaves out is shown in the whole model.
    const int view = diagram::indexOfView(m_parsed, currentView());
    if (view >= 0 && diagram::applyView(m_parsed, m_parsed.views[view]).indexOfNode(id) < 0)
        showView(QString());
    if (n.location.line > 0)
        m_editor->goTo(n.location.line, qMax(1, n.location.column));
    m_preview->setHighlightedNodes({id});
    m_highlightedText = text();
    if (label)
        *label = n.label.simplified();
    return true;
}

bool DiagramWorkspace::openFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const diagram::DiagramFormat format =
        diagram::diagramFormatFromPath(path).value_or(diagram::DiagramFormat::Arch);
    const QString text = diagram::decodeDiagramBytes(file.readAll(), format);
    setFormat(format);
    m_debounce->stop(); // the replacement redraws once, when all of it is in
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_sourceDocument.clear();
    m_autosave->discard();
    m_lastAutosaved.clear();
    m_holdLayout = false;
    m_openOnFirstView = format == diagram::DiagramFormat::Structurizr;
    m_replacedUnmodified = true;
    m_replacedGoToStart = false;
    m_editor->replaceText(text, /*resetUndo=*/true);
    m_preview->fitToView(); // a new diagram is seen whole first
    if (m_editor->isFilling())
        m_preview->setBusy(true);
    updateFileLabel();
    return true;
}

bool DiagramWorkspace::saveFile(const QString &path, QString *error)
{
    m_editor->completeFill(); // so that no later slice marks the saved text modified again
    QString why;
    if (!saveFileAtomically(path, text().toUtf8(), &why)) {
        if (error)
            *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_editor->document()->setModified(false);
    m_autosave->discard();
    m_lastAutosaved.clear();
    updateFileLabel();
    return true;
}

bool DiagramWorkspace::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved diagram"), tr("The diagram has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        m_editor->document()->setModified(false); // nothing to keep, not even in the autosave
        return true;
    }
    return save();
}

void DiagramWorkspace::newDiagram()
{
    if (!maybeSave())
        return;
    setFormat(diagram::DiagramFormat::Arch);
    m_debounce->stop();
    m_filePath.clear();
    m_sourceDocument.clear();
    m_autosave->discard();
    m_preview->clear();
    m_holdLayout = false;
    m_replacedUnmodified = true;
    m_replacedGoToStart = false;
    m_editor->replaceText(QString(), /*resetUndo=*/true); // -> onTextReplaced: label, refresh
}

void DiagramWorkspace::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString dir = m_filePath.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(m_filePath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Diagram"), dir, openFilter());
    QString error;
    if (!path.isEmpty() && !openFile(path, &error))
        QMessageBox::warning(this, tr("Open Diagram"), error);
}

bool DiagramWorkspace::save()
{
    if (m_filePath.isEmpty())
        return saveAs();
    QString error;
    if (saveFile(m_filePath, &error))
        return true;
    QMessageBox::warning(this, tr("Save Diagram"), error);
    return false;
}

bool DiagramWorkspace::saveAs()
{
    const QString suggested = m_filePath.isEmpty()
                                  ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                        QStringLiteral("/diagram.") + extensionOf(m_format)
                                  : m_filePath;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Diagram As"), suggested, saveFilter(m_format));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extensionOf(m_format);
    QString error;
    if (saveFile(path, &error))
        return true;
    QMessageBox::warning(this, tr("Save Diagram"), error);
    return false;
}

QString suggestedExportPath(const QString &title, const QString &filePath, const QString &lastFolder,
                            const QString &extension)
{
    // Named after the diagram (its title, else its file), in the folder the last export went to (the user's
    // documents folder the first time), never the process's working directory.
    QString folder = lastFolder;
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString stem = title.simplified();
    if (stem.isEmpty() && !filePath.isEmpty())
        stem = QFileInfo(filePath).completeBaseName();
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]+"));
    stem.replace(unsafe, QStringLiteral("-"));
    if (stem.isEmpty() || stem.startsWith(u'.'))
        stem = DiagramWorkspace::tr("diagram");
    return folder + u'/' + stem + u'.' + extension;
}

void DiagramWorkspace::exportWithDialog(diagram::ExportFormat format)
{
    if (!m_preview->hasDiagram())
        return;
    const QString ext = format == diagram::ExportFormat::Svg   ? QStringLiteral("svg")
                        : format == diagram::ExportFormat::Png ? QStringLiteral("png")
                                                               : QStringLiteral("pdf");
    Settings settings;
    const QString suggested =
        suggestedExportPath(m_preview->diagram().diagram.title, m_filePath, settings.exportFolder(), ext);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram"), suggested,
                                                tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ext;
    QString error;
    if (!diagram::exportDiagram(m_preview->diagram(), m_theme, path, format, 2.0, &error)) {
        QMessageBox::warning(this, tr("Export Diagram"), error);
        return;
    }
    settings.setExportFolder(QFileInfo(path).absolutePath());
    Q_EMIT exported(path);
}

void DiagramWorkspace::copyImage()
{
    if (m_preview->hasDiagram())
        QApplication::clipboard()->setImage(diagram::renderImage(m_preview->diagram(), m_theme, 2.0));
}

void DiagramWorkspace::autosaveNow()
{
    if (m_editor->isFilling())
        return; // the text is being replaced; the next tick sees it whole
    if (!isModified()) {
        if (m_autosave->hasSaved())
            m_autosave->discard();
        return;
    }
    const QString current = text();
    if (current == m_lastAutosaved && m_autosave->hasSaved())
        return;
    if (m_autosave->save(current, m_filePath))
        m_lastAutosaved = current;
}

bool DiagramWorkspace::isRecoveryOffered() const
{
    return !m_recoveryBanner->isHidden();
}

void DiagramWorkspace::showRecoveryOffer()
{
    const QVector<RecoverableText> found = m_autosave->recoverable();
    if (found.isEmpty()) {
        m_recoveryBanner->hide();
        return;
    }
    const RecoverableText &r = found.first();
    const QString what = r.filePath.isEmpty() ? tr("an untitled diagram") : QFileInfo(r.filePath).fileName();
    QString message = tr("Unsaved changes to %1 from %2 were found (the app did not close normally).")
                          .arg(what, QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat));
    if (found.size() > 1)
        message += QLatin1Char(' ') + tr("%n more after this one.", nullptr, int(found.size() - 1));
    m_recoveryLabel->setText(message);
    m_recoveryBanner->show();
}

void DiagramWorkspace::recoverAutosave()
{
    const QVector<RecoverableText> found = m_autosave->recoverable();
    if (found.isEmpty()) {
        m_recoveryBanner->hide();
        return;
    }
    const RecoverableText r = found.first();
    openText(r.text, diagram::diagramFormatFromPath(r.filePath).value_or(diagram::DiagramFormat::Arch));
    m_editor->completeFill(); // the autosave below replaces the old session's: the text must be in whole
    m_filePath = r.filePath;
    updateFileLabel();
    // Ours now: our own autosave covers it from here, the old session's files can go.
    autosaveNow();
    m_autosave->remove(r.sessionId);
    showRecoveryOffer();
}

void DiagramWorkspace::discardAutosave()
{
    const QVector<RecoverableText> found = m_autosave->recoverable();
    if (!found.isEmpty())
        m_autosave->remove(found.first().sessionId);
    showRecoveryOffer();
}

} // namespace ae::ui
