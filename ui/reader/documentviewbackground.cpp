// SPDX-License-Identifier: MIT
// Long pages built off the UI thread: QTextDocument::setHtml of a 5 MB case study takes ~4 s, all of it in
// Qt's HTML import, so the page is built into its own QTextDocument on a worker (the reader's font, style
// sheet and drawn diagrams handed over first), moved to the UI thread and swapped in; a placeholder says what
// is being opened. Qt's text layout is lazy, so the swapped-in page lays out what is on screen first and the
// rest in the background.
#include "ui/reader/documentview.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QTextDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace ae::ui {

void DocumentView::displayInBackground(const Location &loc, int scrollValue)
{
    cancelBackgroundBuild();
    const content::Document *doc = m_library ? m_library->find(loc.path) : nullptr;
    const QString title = doc ? doc->title : loc.path;
    const qint64 bytes = doc ? doc->source.toUtf8().size() : 0;
    setPage(
        QStringLiteral("<h1>%1</h1><p class=\"notice\">%2</p>")
            .arg(title.toHtmlEscaped(),
                 tr("Opening %1 (%2)…").arg(loc.path.toHtmlEscaped(), QLocale().formattedDataSize(bytes))));
    // The page gets its measure on the worker too, so the view lays it out once when it is swapped in.
    const qreal side = proseSide();
    const qreal pageWidth = pageWidthForMeasure();

    const QString html = m_html;
    const QFont font = document()->defaultFont();
    const QString css = document()->defaultStyleSheet();
    const QHash<int, QImage> diagrams = m_diagrams; // implicitly shared images, read-only on the worker
    const QHash<int, QImage> images = m_images;
    QThread *uiThread = thread();
    m_build = new QFutureWatcher<QTextDocument *>(this);
    connect(m_build, &QFutureWatcherBase::finished, this,
            [this, loc, scrollValue, side] { adoptBackgroundBuild(loc, scrollValue, side); });
    m_build->setFuture(QtConcurrent::run([html, font, css, diagrams, images, uiThread, side, pageWidth] {
        auto *page = new QTextDocument;
        page->setUndoRedoEnabled(false);
        page->setDefaultFont(font);
        page->setDefaultStyleSheet(css);
        for (auto it = diagrams.cbegin(); it != diagrams.cend(); ++it)
            page->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("diagram:%1").arg(it.key())),
                              it.value());
        for (auto it = images.cbegin(); it != images.cend(); ++it)
            page->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("aeimage:%1").arg(it.key())),
                              it.value());
        page->setHtml(html);
        applyMeasure(page, side, pageWidth); // no layout yet: nothing is laid out twice
        page->moveToThread(uiThread);        // only the owning thread may push an object away
        return page;
    }));
}

void DocumentView::adoptBackgroundBuild(const Location &loc, int scrollValue, qreal side)
{
    QFutureWatcher<QTextDocument *> *build = std::exchange(m_build, nullptr);
    if (!build)
        return;
    build->deleteLater();
    QTextDocument *page = build->result();
    // Find's highlights are cursors into the old page: dropped while it still exists (the text control
    // measures them in the next setExtraSelections, after the page is deleted: a crash when find was active).
    m_matches.clear();
    m_currentMatch = -1;
    setExtraSelections({});
    // The view's first document belongs to its text control, which deletes it in setDocument(); the ones
    // built here belong to the view, which deletes the one it replaces.
    QTextDocument *old = document();
    const bool oldIsOurs = old->parent() == this;
    page->setParent(this);
    m_measuredSide = side;
    // Pictures drawn while the page was built replace the blank ones it was given.
    for (auto it = m_diagrams.cbegin(); it != m_diagrams.cend(); ++it) {
        const QUrl name(QStringLiteral("diagram:%1").arg(it.key()));
        page->addResource(QTextDocument::ImageResource, name, pictureResource(it.value()));
        m_givenResources.insert(name);
    }
    setDocument(page);
    if (oldIsOurs)
        old->deleteLater();
    applyStyle(); // no-op unless setDocument changed the font
    finishDisplay(loc, scrollValue);
}

void DocumentView::cancelBackgroundBuild()
{
    QFutureWatcher<QTextDocument *> *build = std::exchange(m_build, nullptr);
    if (!build)
        return;
    // The worker cannot be stopped inside setHtml; its page is deleted when it arrives.
    build->disconnect(this);
    connect(build, &QFutureWatcherBase::finished, build, [build] {
        delete build->result();
        build->deleteLater();
    });
    build->setParent(nullptr); // outlives the view if need be
}

} // namespace ae::ui
